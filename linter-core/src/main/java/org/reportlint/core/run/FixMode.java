package org.reportlint.core.run;

/** Whether a run fixes what it can. */
public enum FixMode {
    /** Report only. */
    NONE,
    /** Apply safe fixes in place, then report what remains. */
    APPLY,
    /** Compute the safe fixes and show them as a diff; write nothing. */
    DRY_RUN
}
