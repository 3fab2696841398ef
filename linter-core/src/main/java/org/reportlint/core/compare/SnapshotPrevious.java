package org.reportlint.core.compare;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reportlint.core.format.ScorecardOptions;
import org.reportlint.core.result.FileResult;

/** An earlier JSON report as what the Markdown scorecard counts new and resolved findings against. */
public final class SnapshotPrevious implements ScorecardOptions.Previous {
    private final String name;
    private final ReportSnapshot old;
    private final Set<String> seen = new HashSet<>();

    public SnapshotPrevious(String name, ReportSnapshot old) {
        this.name = name;
        this.old = old;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ScorecardOptions.Change compare(FileResult file) {
        seen.add(file.path());
        List<ReportSnapshot.Item> before = old.file(file.path()).map(ReportSnapshot.Document::findings)
                .orElse(List.of());
        List<ReportComparison.Change> changes = ReportComparison.match(file.path(), before,
                ReportSnapshot.document(file).findings());
        int added = (int) changes.stream().filter(c -> c.status() == ReportComparison.Status.NEW).count();
        int resolved = (int) changes.stream().filter(c -> c.status() == ReportComparison.Status.RESOLVED).count();
        return new ScorecardOptions.Change(added, resolved);
    }

    @Override
    public int resolvedElsewhere() {
        return old.files().stream().filter(file -> !seen.contains(file.path()))
                .mapToInt(file -> file.findings().size()).sum();
    }
}
