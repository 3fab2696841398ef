package org.reportlint.core.format.internal;

import java.util.List;
import java.util.Optional;
import org.reportlint.core.result.Excerpt;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.Finding;
import org.reportlint.core.result.LintResult;
import org.reportlint.core.result.RelatedLocation;
import org.reportlint.core.result.EngineRules;
import org.reportlint.core.rule.Fix;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.Severity;
import org.reportlint.core.source.LineIndex;
import org.reportlint.core.source.SourceSpan;

/** Hand-made results for formatter tests: findings placed by searching for text in a source. */
final class Results {
    static final String SOURCE = "<h1>Market report</h1>\n<p>Market size: $xxx billion in 20XX</p>\r\n"
            + "<h2>FAQ</h1>\n";

    private Results() {
    }

    static Finding finding(String source, String rule, Severity severity, String flagged, String message) {
        return finding(source, rule, severity, flagged, message, List.of(), Optional.empty());
    }

    static Finding finding(String source, String rule, Severity severity, String flagged, String message,
                           List<RelatedLocation> related, Optional<Fix> fix) {
        LineIndex lines = LineIndex.of(source);
        int start = source.lastIndexOf(flagged);
        SourceSpan span = lines.span(start, start + flagged.length());
        String line = lines.lineText(span.start().line());
        int endColumn = span.end().line() == span.start().line() ? span.end().column() : line.length() + 1;
        return new Finding(rule, severity, message, span, related, fix,
                Excerpt.of(line, span.start().column(), endColumn), "0123456789abcdef");
    }

    static RelatedLocation related(String source, String text, String message) {
        int start = source.indexOf(text);
        return new RelatedLocation(message, LineIndex.of(source).span(start, start + text.length()));
    }

    /**
     * Metadata for formatters that describe rules: {@code placeholder} with texts and an example, the engine's
     * {@code encoding}; {@code malformed-html} is missing on purpose, like a rule whose jar is gone.
     */
    static List<RuleMetadata> metadata() {
        return List.of(RuleMetadata.builder("placeholder")
                        .summary("Placeholder left in text")
                        .description("Flags <b>placeholders</b> such as $xxx or 20XX that a template left behind.")
                        .severity(Severity.ERROR)
                        .fixable(true)
                        .example("<p>$xxx million</p>", "<p>$412 million</p>")
                        .build(),
                EngineRules.ENCODING_METADATA);
    }

    /**
     * A file whose path, message, excerpt, related message and read error hold what breaks careless XML, HTML and
     * workflow commands: markup, quotes, control characters, lone surrogates, U+FFFE and U+FFFF.
     */
    static LintResult nasty(String text) {
        String source = "<p>" + text + "</p>\n";
        Finding finding = finding(source, "placeholder", Severity.ERROR, text, "Bad " + text,
                List.of(related(source, "<p>", "opened " + text)),
                Optional.of(Fix.of(new org.reportlint.core.rule.TextEdit(3, 3 + text.length(), text))));
        return LintResult.of(List.of(
                new FileResult("dir/" + text + ".html", Optional.of("html"), List.of(finding), List.of(), List.of(), 0),
                FileResult.unreadable("gone/" + text + ".html", "cannot read: " + text)));
    }

    /** Two linted files (one with three findings, one clean), one unreadable file and one skipped binary file. */
    static LintResult mixed() {
        Finding placeholder = finding(SOURCE, "placeholder", Severity.ERROR, "$xxx",
                "Placeholder \"$xxx\" left in text", List.of(),
                Optional.of(Fix.of(new org.reportlint.core.rule.TextEdit(41, 45, "$12.5"))));
        Finding year = finding(SOURCE, "placeholder", Severity.WARNING, "20XX", "Placeholder \"20XX\" left in text");
        Finding mismatch = finding(SOURCE, "malformed-html", Severity.ERROR, "</h1>\n",
                "End tag </h1> does not match the open <h2>", List.of(related(SOURCE, "<h2>", "<h2> opened here")),
                Optional.empty());
        return LintResult.of(List.of(
                new FileResult("reports/b.html", Optional.of("html"), List.of(mismatch, year, placeholder),
                        List.of(), List.of(), 0),
                new FileResult("reports/a.html", Optional.of("html"), List.of(), List.of(), List.of(), 1),
                FileResult.unreadable("reports/locked.html", "cannot read: permission denied"),
                FileResult.skipped("reports/image.txt", "skipped binary file")));
    }
}
