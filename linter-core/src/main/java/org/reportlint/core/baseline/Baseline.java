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
        Map<BaselineEntry.Key, Integer> remaining = new HashMap<>();
        for (BaselineEntry entry : entries) {
            remaining.merge(entry.key(), entry.count(), Integer::sum);
        }
        int matched = 0;
        List<FileResult> files = new ArrayList<>();
        for (FileResult file : result.files()) {
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
            files.add(accepted == 0 ? file : new FileResult(file.path(), file.format(), kept, file.errors(),
                    file.notices(), file.suppressed() + accepted));
        }
        List<BaselineEntry> prunable = new ArrayList<>();
        for (BaselineEntry entry : entries) {
            int left = remaining.getOrDefault(entry.key(), 0);
            if (left > 0) {
                prunable.add(new BaselineEntry(entry.path(), entry.rule(), entry.fingerprint(),
                        Math.min(left, entry.count()), entry.message()));
                remaining.put(entry.key(), left - Math.min(left, entry.count()));
            }
        }
        return new Filtered(LintResult.of(files), matched, prunable);
    }
}
