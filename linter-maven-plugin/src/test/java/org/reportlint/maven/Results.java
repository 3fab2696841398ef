package org.reportlint.maven;

import java.util.List;
import java.util.Optional;
import org.reportlint.core.result.Excerpt;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.Finding;
import org.reportlint.core.rule.Severity;
import org.reportlint.core.source.SourcePosition;
import org.reportlint.core.source.SourceSpan;

/** Small results built by hand for the tests of what the goal prints. */
final class Results {

    private Results() {
    }

    static Finding finding(String rule, Severity severity, int line, int column, String message) {
        SourceSpan span = new SourceSpan(new SourcePosition(0, line, column), new SourcePosition(1, line, column + 1));
        return new Finding(rule, severity, message, span, List.of(), Optional.empty(),
                new Excerpt("x", 1, false, false), "fingerprint");
    }

    static FileResult file(String path, Finding... findings) {
        return new FileResult(path, Optional.of("html"), List.of(findings), List.of(), List.of(), 0);
    }
}
