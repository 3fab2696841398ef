package org.reportlint.core.format.internal;

import java.util.ArrayList;
import java.util.List;
import org.reportlint.core.format.Formatter;
import org.reportlint.core.result.EngineRules;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.Finding;
import org.reportlint.core.result.LintResult;
import org.reportlint.core.result.RelatedLocation;
import org.reportlint.core.rule.Severity;
import org.reportlint.core.source.SourcePosition;

/**
 * The JUnit XML report that CI dashboards read: a {@code <testsuite name="reportlint: PATH">} per file and a
 * {@code <testcase name="RULE line:col" classname="PATH">} per finding.
 *
 * <p>Errors and warnings are {@code <failure>}s; info findings are passing test cases that carry their message in
 * {@code <system-out>}, so notes show without turning a dashboard red; a rule that crashed ({@code internal-error})
 * and a file that could not be read are {@code <error>}s; a skipped file is {@code <skipped>}; a clean file is one
 * passing test case, so dashboards count it.
 */
final class JunitFormatter implements Formatter {
    private static final Ansi NO_COLOR = new Ansi(false);

    @Override
    public String format(LintResult result) {
        List<Suite> suites = result.files().stream().map(JunitFormatter::suite).toList();
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<testsuites name=\"reportlint\"");
        appendCounts(out, suites.stream().map(Suite::cases).flatMap(List::stream).toList());
        out.append(">\n");
        for (int i = 0; i < suites.size(); i++) {
            Suite suite = suites.get(i);
            out.append("  <testsuite name=\"").append(XmlText.attribute("reportlint: " + suite.path())).append('"');
            appendCounts(out, suite.cases());
            out.append(">\n");
            // The document's quality score (docs/scoring.md), where the JUnit schema has room for a value.
            java.util.OptionalInt score = result.files().get(i).score();
            if (score.isPresent()) {
                out.append("    <properties><property name=\"reportlint.score\" value=\"").append(score.getAsInt())
                        .append("\"/><property name=\"reportlint.words\" value=\"")
                        .append(result.files().get(i).words()).append("\"/></properties>\n");
            }
            for (TestCase testCase : suite.cases()) {
                appendCase(out, suite.path(), testCase);
            }
            out.append("  </testsuite>\n");
        }
        return out.append("</testsuites>\n").toString();
    }

    private static Suite suite(FileResult file) {
        List<TestCase> cases = new ArrayList<>();
        for (String error : file.errors()) {
            cases.add(new TestCase("lint file", Outcome.ERROR, error, "unreadable", ""));
        }
        for (String notice : file.notices()) {
            cases.add(new TestCase("lint file", Outcome.SKIPPED, notice, "", ""));
        }
        for (Finding finding : file.findings()) {
            SourcePosition start = finding.span().start();
            cases.add(new TestCase(finding.rule() + " " + start.line() + ":" + start.column(), outcome(finding),
                    finding.message(), finding.rule(), details(file.path(), finding)));
        }
        if (cases.isEmpty()) {
            cases.add(new TestCase("no problems", Outcome.PASSED, "", "", ""));
        }
        return new Suite(file.path(), cases);
    }

    private static Outcome outcome(Finding finding) {
        if (finding.rule().equals(EngineRules.INTERNAL_ERROR)) {
            return Outcome.ERROR;
        }
        return finding.severity() == Severity.INFO ? Outcome.NOTE : Outcome.FAILURE;
    }

    /** The body of a failure: severity, message and place, the code frame and the related places. */
    private static String details(String path, Finding finding) {
        SourcePosition start = finding.span().start();
        StringBuilder text = new StringBuilder()
                .append(finding.severity().id()).append(": ").append(finding.message()).append('\n')
                .append("at ").append(path).append(':').append(start.line()).append(':').append(start.column())
                .append('\n')
                .append(CodeFrame.render(finding, "  ", carets -> carets, NO_COLOR));
        for (RelatedLocation related : finding.related()) {
            text.append("  = ").append(related.path().map(other -> other + ":").orElse(""))
                    .append(related.span().start().line()).append(':')
                    .append(related.span().start().column()).append("  ").append(related.message()).append('\n');
        }
        return text.toString();
    }

    private static void appendCounts(StringBuilder out, List<TestCase> cases) {
        out.append(" tests=\"").append(cases.size())
                .append("\" failures=\"").append(count(cases, Outcome.FAILURE))
                .append("\" errors=\"").append(count(cases, Outcome.ERROR))
                .append("\" skipped=\"").append(count(cases, Outcome.SKIPPED)).append('"');
    }

    private static long count(List<TestCase> cases, Outcome outcome) {
        return cases.stream().filter(c -> c.outcome() == outcome).count();
    }

    private static void appendCase(StringBuilder out, String path, TestCase testCase) {
        out.append("    <testcase name=\"").append(XmlText.attribute(testCase.name()))
                .append("\" classname=\"").append(XmlText.attribute(path)).append('"');
        switch (testCase.outcome()) {
            case PASSED -> {
                out.append("/>\n");
                return;
            }
            case FAILURE, ERROR -> {
                String element = testCase.outcome() == Outcome.FAILURE ? "failure" : "error";
                out.append(">\n      <").append(element)
                        .append(" message=\"").append(XmlText.attribute(testCase.message()))
                        .append("\" type=\"").append(XmlText.attribute(testCase.type())).append('"');
                if (testCase.details().isEmpty()) {
                    out.append("/>\n");
                } else {
                    out.append('>').append(XmlText.content(testCase.details())).append("</").append(element)
                            .append(">\n");
                }
            }
            case SKIPPED -> out.append(">\n      <skipped message=\"").append(XmlText.attribute(testCase.message()))
                    .append("\"/>\n");
            case NOTE -> out.append(">\n      <system-out>").append(XmlText.content(testCase.details()))
                    .append("</system-out>\n");
        }
        out.append("    </testcase>\n");
    }

    /** How a test case ended, as dashboards count it. */
    private enum Outcome {
        PASSED,
        NOTE,
        FAILURE,
        ERROR,
        SKIPPED
    }

    private record TestCase(String name, Outcome outcome, String message, String type, String details) {
    }

    private record Suite(String path, List<TestCase> cases) {
    }
}
