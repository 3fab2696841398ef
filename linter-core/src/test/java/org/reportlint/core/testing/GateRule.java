package org.reportlint.core.testing;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.reportlint.core.rule.Problem;
import org.reportlint.core.rule.Rule;
import org.reportlint.core.rule.RuleContext;
import org.reportlint.core.rule.RuleMetadata;

/**
 * A test rule that holds one document until a latch opens, and reports when it waited in vain. A test opens the latch
 * when the sink receives an earlier file: if results were only handed over at the end of the run, the held document
 * would time out and say so, so the test fails without depending on how fast anything runs.
 */
public final class GateRule implements Rule {
    public static final String TIMED_OUT = "the gate never opened";
    private static final RuleMetadata METADATA = RuleMetadata.builder("gate").summary("Waits for a latch").build();

    private final String heldPath;
    private final long timeoutMillis;
    private final CountDownLatch open = new CountDownLatch(1);

    /** @param heldPath the path of the document to hold, for at most 20 seconds */
    public GateRule(String heldPath) {
        this(heldPath, 20_000);
    }

    /** A gate for a test that expects it to time out, so it need not wait long. */
    public GateRule(String heldPath, long timeoutMillis) {
        this.heldPath = heldPath;
        this.timeoutMillis = timeoutMillis;
    }

    /** Lets the held document go on. */
    public void open() {
        open.countDown();
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        if (!context.document().path().equals(heldPath)) {
            return;
        }
        try {
            if (!open.await(timeoutMillis, TimeUnit.MILLISECONDS)) {
                context.report(Problem.at(0, 0, TIMED_OUT));
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            context.report(Problem.at(0, 0, TIMED_OUT));
        }
    }
}
