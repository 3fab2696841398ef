package org.reportlint.core.format.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.reportlint.core.format.ReportStream;
import org.reportlint.core.format.StreamingFormatter;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.Finding;
import org.reportlint.core.result.Summary;
import org.reportlint.core.rule.Severity;
import org.reportlint.core.source.SourceSpan;

/**
 * GitHub Actions workflow commands that annotate the pull request: one
 * {@code ::error file=PATH,line=L,col=C,endLine=EL,endColumn=EC,title=RULE::MESSAGE} line per finding
 * ({@code ::warning}, and {@code ::notice} for info), {@code ::error file=PATH::REASON} for a file that could not be
 * read and {@code ::notice file=PATH::NOTICE} for a skipped one. Nothing at all when there is nothing to say.
 *
 * <p>GitHub shows only the first few annotations of each kind on a pull request, so the order is chosen for them:
 * errors before warnings before notices, and within each, the findings of every rule taken in turn, each rule's own
 * spread over its files, so that the first annotations shown cover every rule that fired and as many files as they
 * can, instead of the first file's markup.
 */
final class GithubFormatter implements StreamingFormatter {

    /** One annotation waiting for its place. */
    private record Annotation(Severity severity, String rule, String path, String line) {
    }

    /** Everything waits for the end, to be put in its order: unreadable files, then findings, then notices. */
    @Override
    public ReportStream open(Writer out) {
        List<String> errors = new ArrayList<>();
        List<Annotation> annotations = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        return new ReportStream() {
            @Override
            public void file(FileResult file) {
                String path = property(file.path());
                for (String error : file.errors()) {
                    errors.add("::error file=" + path + "::" + data(error) + "\n");
                }
                for (String notice : file.notices()) {
                    notices.add("::notice file=" + path + "::" + data(notice) + "\n");
                }
                for (Finding finding : file.findings()) {
                    annotations.add(new Annotation(finding.severity(), finding.rule(), file.path(),
                            line(path, finding)));
                }
            }

            @Override
            public void finish(Summary summary) throws IOException {
                for (String error : errors) {
                    out.append(error);
                }
                for (Annotation annotation : inShowingOrder(annotations)) {
                    out.append(annotation.line());
                }
                for (String notice : notices) {
                    out.append(notice);
                }
            }
        };
    }

    /**
     * By severity; within one, a round over the rules (in id order) takes the next finding of each, and each rule's
     * findings come as rounds over its files (in path order), so no rule or file waits behind another's many.
     */
    static List<Annotation> inShowingOrder(List<Annotation> annotations) {
        List<Annotation> ordered = new ArrayList<>(annotations.size());
        for (Severity severity : Severity.values()) {
            Map<String, Map<String, Deque<Annotation>>> byRuleAndFile = new TreeMap<>();
            for (Annotation annotation : annotations) {
                if (annotation.severity() == severity) {
                    byRuleAndFile.computeIfAbsent(annotation.rule(), rule -> new TreeMap<>())
                            .computeIfAbsent(annotation.path(), path -> new ArrayDeque<>()).add(annotation);
                }
            }
            List<Deque<Annotation>> rules = new ArrayList<>();
            byRuleAndFile.values().forEach(files -> rules.add(roundRobin(new ArrayList<>(files.values()))));
            ordered.addAll(roundRobin(rules));
        }
        return ordered;
    }

    /** The first of each queue, then the second of each, and so on. */
    private static Deque<Annotation> roundRobin(List<Deque<Annotation>> queues) {
        Deque<Annotation> out = new ArrayDeque<>();
        boolean any = true;
        while (any) {
            any = false;
            for (Deque<Annotation> queue : queues) {
                Annotation next = queue.pollFirst();
                if (next != null) {
                    out.add(next);
                    any = true;
                }
            }
        }
        return out;
    }

    private static String line(String path, Finding finding) {
        SourceSpan span = finding.span();
        return "::" + command(finding.severity()) + " file=" + path
                + ",line=" + span.start().line() + ",col=" + span.start().column()
                + ",endLine=" + span.end().line() + ",endColumn=" + span.end().column()
                + ",title=" + property(finding.rule()) + "::" + data(finding.message()) + "\n";
    }

    private static String command(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    /**
     * Escapes a command's message the way the Actions runner unescapes it; other control characters, which could
     * recolor the log, become visible stand-ins.
     */
    static String data(String text) {
        return DisplayText.safe(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"));
    }

    /** Escapes a property value, where {@code :} and {@code ,} also delimit. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
