package org.reportlint.core.baseline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reportlint.core.result.EngineRules;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.Finding;
import org.reportlint.core.result.LintResult;

/**
 * Findings a project has accepted, so that only new ones are reported. Matching is by path, rule and fingerprint
 * with counts: moving text keeps findings matched, a new instance beyond the count is reported, and entries with no
 * finding left are prunable.
 */
public final class Baseline {
    private final List<BaselineEntry> entries;

    public Baseline(List<BaselineEntry> entries) {
        this.entries = entries.stream().sorted(BaselineEntry.ORDER).toList();
    }

    /** The baseline that accepts exactly the findings of a result (internal errors are never accepted). */
    public static Baseline of(LintResult result) {
        Map<BaselineEntry.Key, BaselineEntry> merged = new LinkedHashMap<>();
        for (FileResult file : result.files()) {
            for (Finding finding : file.findings()) {
                if (finding.rule().equals(EngineRules.INTERNAL_ERROR)) {
                    continue;
                }
                BaselineEntry.Key key = new BaselineEntry.Key(file.path(), finding.rule(), finding.fingerprint());
                merged.merge(key, new BaselineEntry(file.path(), finding.rule(), finding.fingerprint(), 1,
                        finding.message()), (a, b) -> new BaselineEntry(a.path(), a.rule(), a.fingerprint(),
                        a.count() + 1, a.message()));
            }
        }
        return new Baseline(new ArrayList<>(merged.values()));
    }

    public List<BaselineEntry> entries() {
        return entries;
    }

    /**
     * What filtering a result through a baseline gives.
     *
     * @param result the result without the accepted findings; each file's {@code suppressed} count includes them
     * @param matched how many findings the baseline accepted
     * @param prunable entries (with the count left over) that matched fewer findings than they accept
     */
    public record Filtered(LintResult result, int matched, List<BaselineEntry> prunable) {
    }

    public Filtered filter(LintResult result) {
        Matching matching = matching();
        List<FileResult> files = result.files().stream().map(matching::apply).toList();
        return new Filtered(LintResult.of(files), matching.matched(), matching.prunable());
    }

    /** Starts filtering results one file at a time, for a run whose results are streamed. */
    public Matching matching() {
        return new Matching(entries);
    }

    /**
     * Filters file results through the baseline as they arrive; what was not matched is known once every file has
     * been seen. Not thread-safe.
     */
    public static final class Matching {
        private final List<BaselineEntry> entries;
        private final Map<BaselineEntry.Key, Integer> remaining = new HashMap<>();
        private int matched;

        private Matching(List<BaselineEntry> entries) {
            this.entries = entries;
            for (BaselineEntry entry : entries) {
                remaining.merge(entry.key(), entry.count(), Integer::sum);
            }
        }

        /** The file's result without the findings the baseline accepts; its {@code suppressed} count includes them. */
        public FileResult apply(FileResult file) {
            List<Finding> kept = new ArrayList<>();
            int accepted = 0;
            for (Finding finding : file.findings()) {
                BaselineEntry.Key key = new BaselineEntry.Key(file.path(), finding.rule(), finding.fingerprint());
                int left = remaining.getOrDefault(key, 0);
                if (left > 0 && !finding.rule().equals(EngineRules.INTERNAL_ERROR)) {
                    remaining.put(key, left - 1);
                    accepted++;
                } else {
                    kept.add(finding);
                }
            }
            matched += accepted;
            return accepted == 0 ? file : file.with(kept, file.errors(),
                    file.notices(), file.suppressed() + accepted);
        }

        /** How many findings the baseline accepted so far. */
        public int matched() {
            return matched;
        }

        /** Entries (with the count left over) that matched fewer findings than they accept, so far. */
        public List<BaselineEntry> prunable() {
            Map<BaselineEntry.Key, Integer> left = new HashMap<>(remaining);
            List<BaselineEntry> prunable = new ArrayList<>();
            for (BaselineEntry entry : entries) {
                int count = left.getOrDefault(entry.key(), 0);
                if (count > 0) {
                    prunable.add(new BaselineEntry(entry.path(), entry.rule(), entry.fingerprint(),
                            Math.min(count, entry.count()), entry.message()));
                    left.put(entry.key(), count - Math.min(count, entry.count()));
                }
            }
            return prunable;
        }
    }
}
