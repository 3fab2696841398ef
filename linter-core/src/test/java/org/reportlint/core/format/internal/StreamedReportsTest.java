package org.reportlint.core.format.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reportlint.core.format.FormatContext;
import org.reportlint.core.format.FormatterProvider;
import org.reportlint.core.format.FormatterRegistry;
import org.reportlint.core.format.ReportStream;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.LintResult;

/** Every format gives the same bytes whether it gets the whole result or one file at a time. */
class StreamedReportsTest {
    private static final FormatContext CONTEXT = new FormatContext("1.2.3", false, Results.metadata());
    private static final List<String> BUILT_IN = List.of("checkstyle", "compact", "github", "html", "json", "junit",
            "sarif", "text");
    /** The formats that write a file's part as soon as it arrives; the others open with totals. */
    private static final Set<String> INCREMENTAL = Set.of("checkstyle", "compact", "json", "text");
    /**
     * Writes an unreadable file's line as it arrives but holds the findings for the end, to put them in the order
     * pull requests show them (GithubFormatterTest), so it is neither of the two.
     */
    private static final Set<String> PARTLY_INCREMENTAL = Set.of("github");

    private static List<FormatterProvider> builtIn() {
        FormatterRegistry registry = FormatterRegistry.load(StreamedReportsTest.class.getClassLoader());
        return BUILT_IN.stream().map(id -> registry.find(id).orElseThrow()).toList();
    }

    private static String streamed(FormatterProvider format, LintResult result, List<String> partsSeen)
            throws IOException {
        StringWriter out = new StringWriter();
        ReportStream stream = format.create(CONTEXT).open(out);
        for (FileResult file : result.files()) {
            stream.file(file);
            partsSeen.add(out.toString());
        }
        stream.finish(result.summary());
        return out.toString();
    }

    @Test
    void streamingChangesNoByte() throws IOException {
        for (LintResult result : List.of(Results.mixed(), LintResult.of(List.of()), Results.nasty("<&\"\u0001>"))) {
            for (FormatterProvider format : builtIn()) {
                String whole = format.create(CONTEXT).format(result);
                assertEquals(whole, streamed(format, result, new java.util.ArrayList<>()), format.id());
            }
        }
    }

    @Test
    void incrementalFormatsWriteAFileBeforeTheNextArrives() throws IOException {
        LintResult result = Results.mixed();
        for (FormatterProvider format : builtIn()) {
            List<String> seen = new java.util.ArrayList<>();
            String whole = streamed(format, result, seen);
            // The first file in path order is reports/a.html, clean; the second, reports/b.html, has findings.
            String afterSecond = seen.get(1);
            if (INCREMENTAL.contains(format.id())) {
                assertTrue(!afterSecond.isEmpty() && whole.startsWith(afterSecond), format.id() + ": " + afterSecond);
                assertTrue(afterSecond.contains("reports/b.html"), format.id() + " wrote b.html's part: " + afterSecond);
            } else if (!PARTLY_INCREMENTAL.contains(format.id())) {
                assertEquals("", seen.get(seen.size() - 1), format.id() + " waits for the totals");
            }
        }
    }
}
