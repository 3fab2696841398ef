package org.reportlint.core.document;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;

/**
 * The DOM jsoup builds from an HTML source, with source positions, and what its parser had to repair.
 *
 * @param dom the DOM, read-only for rules
 * @param issues the parser's repairs in source order
 */
record HtmlParse(org.jsoup.nodes.Document dom, List<ParseIssue> issues) {
    private static final int MAX_PARSE_ERRORS = 10_000;

    HtmlParse {
        issues = List.copyOf(issues);
    }

    /** Parses {@code html} as a browser would, tracking positions and errors. */
    static HtmlParse of(String html) {
        // A fresh parser per document: jsoup keeps the errors of the last parse in the parser.
        Parser parser = Parser.htmlParser().setTrackPosition(true).setTrackErrors(MAX_PARSE_ERRORS);
        org.jsoup.nodes.Document dom = parser.parseInput(html, "");
        List<ParseIssue> issues = new ArrayList<>();
        for (ParseError error : parser.getErrors()) {
            issues.add(new ParseIssue(Math.min(error.getPosition(), html.length()), error.getErrorMessage()));
        }
        return new HtmlParse(dom, issues);
    }
}
