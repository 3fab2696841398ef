package org.reportlint.core.format.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.reportlint.core.result.DocumentGroups;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.Finding;
import org.reportlint.core.result.LintResult;
import org.reportlint.core.result.RelatedLocation;
import org.reportlint.core.result.Summary;
import org.reportlint.core.rule.RuleMetadata;

/**
 * The data the HTML report's script renders, as one JSON object: the run's totals, the rules, the files, the message
 * patterns and the findings. Findings are arrays rather than objects because a report can hold 100,000 of them:
 * {@code [file, rule, severity, pattern, line, column, message, before, flagged, after, flags, related]}, where
 * file, rule and pattern index their lists, severity is the {@code Severity} ordinal, {@code before}, {@code flagged}
 * and {@code after} are the code frame (see {@link FrameWindow}) and flags hold 1 for a line cut on the left, 2 on
 * the right and 4 for a fixable finding. {@code groups} names the document groups in report order. Each related place is {@code [message, line, column, file]} with the index
 * of the file it is in, or {@code [message, line, column, -1, path]} for a file the run did not report. Each file
 * has its path, group, quality score (null when it was not parsed), word count, errors and notices.
 */
final class HtmlReportData {

    private HtmlReportData() {
    }

    static String json(LintResult result, List<RuleMetadata> metadata, String toolVersion, DocumentGroups groups) {
        List<FileResult> files = result.files();
        HtmlDocumentFacts facts = HtmlDocumentFacts.of(result, groups);
        Map<String, Integer> fileIndex = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            fileIndex.putIfAbsent(files.get(i).path(), i);
        }
        TreeSet<String> ruleIds = new TreeSet<>();
        Map<String, TreeSet<String>> patternsPerRule = new TreeMap<>();
        for (FileResult file : files) {
            for (Finding finding : file.findings()) {
                ruleIds.add(finding.rule());
                patternsPerRule.computeIfAbsent(finding.rule(), r -> new TreeSet<>())
                        .add(HtmlMessagePattern.of(finding.message()));
            }
        }
        Map<String, Integer> ruleIndex = indexOf(ruleIds.stream().toList());
        Map<String, Integer> patternIndex = new LinkedHashMap<>();
        patternsPerRule.forEach((rule, patterns) -> patterns.forEach(
                pattern -> patternIndex.put(rule + "\n" + pattern, patternIndex.size())));

        StringBuilder out = new StringBuilder(4096 + 256 * result.summary().findings());
        out.append("{\"version\":");
        HtmlJson.string(out, toolVersion);
        appendSummary(out, result.summary());
        out.append(",\n\"rules\":[");
        boolean first = true;
        for (String rule : ruleIds) {
            out.append(first ? "" : ",").append("{\"id\":");
            HtmlJson.string(out, rule).append(",\"summary\":");
            HtmlJson.string(out, metadata.stream().filter(m -> m.id().equals(rule)).findFirst()
                    .map(RuleMetadata::summary).orElse("")).append('}');
            first = false;
        }
        out.append("],\n\"patterns\":[");
        first = true;
        for (String key : patternIndex.keySet()) {
            int split = key.indexOf('\n');
            out.append(first ? "" : ",\n").append("{\"rule\":").append(ruleIndex.get(key.substring(0, split)))
                    .append(",\"id\":\"").append(shortHash(key)).append("\",\"text\":");
            HtmlJson.string(out, key.substring(split + 1)).append('}');
            first = false;
        }
        appendStrings(out.append("],\n\"groups\":"), facts.groupNames());
        out.append(",\n\"files\":[");
        for (int i = 0; i < files.size(); i++) {
            appendFile(out.append(i == 0 ? "" : ",\n"), files.get(i), facts);
        }
        out.append("],\n\"findings\":[");
        first = true;
        for (int i = 0; i < files.size(); i++) {
            for (Finding finding : files.get(i).findings()) {
                out.append(first ? "" : ",\n");
                appendFinding(out, i, finding, ruleIndex.get(finding.rule()),
                        patternIndex.get(finding.rule() + "\n" + HtmlMessagePattern.of(finding.message())),
                        files.get(i).path(), fileIndex);
                first = false;
            }
        }
        return out.append("]}").toString();
    }

    private static void appendSummary(StringBuilder out, Summary summary) {
        out.append(",\n\"summary\":{\"files\":").append(summary.files())
                .append(",\"fixable\":").append(summary.fixable())
                .append(",\"suppressed\":").append(summary.suppressed())
                .append(",\"unreadable\":").append(summary.unreadable())
                .append(",\"skipped\":").append(summary.skipped()).append('}');
    }

    private static void appendFile(StringBuilder out, FileResult file, HtmlDocumentFacts facts) {
        out.append("{\"path\":");
        HtmlJson.string(out, file.path()).append(",\"group\":");
        HtmlJson.string(out, facts.group(file)).append(",\"score\":")
                .append(HtmlDocumentFacts.score(file).map(String::valueOf).orElse("null"))
                .append(",\"words\":").append(file.words());
        appendStrings(out.append(",\"errors\":"), file.errors());
        appendStrings(out.append(",\"notices\":"), file.notices());
        out.append('}');
    }

    private static void appendFinding(StringBuilder out, int file, Finding finding, int rule, int pattern,
                                      String path, Map<String, Integer> fileIndex) {
        FrameWindow window = FrameWindow.of(finding);
        int flags = (window.truncatedLeft() ? 1 : 0) | (window.truncatedRight() ? 2 : 0)
                | (finding.isFixable() ? 4 : 0);
        out.append('[').append(file).append(',').append(rule).append(',').append(finding.severity().ordinal())
                .append(',').append(pattern).append(',').append(finding.span().start().line()).append(',')
                .append(finding.span().start().column()).append(',');
        HtmlJson.string(out, finding.message()).append(',');
        HtmlJson.string(out, window.before()).append(',');
        HtmlJson.string(out, window.flagged()).append(',');
        HtmlJson.string(out, window.after()).append(',').append(flags).append(",[");
        boolean first = true;
        for (RelatedLocation related : finding.related()) {
            out.append(first ? "[" : ",[");
            HtmlJson.string(out, related.message()).append(',').append(related.span().start().line()).append(',')
                    .append(related.span().start().column()).append(',');
            String relatedPath = related.pathOr(path);
            Integer index = fileIndex.get(relatedPath);
            if (index != null) {
                out.append(index);
            } else {
                HtmlJson.string(out.append("-1,"), relatedPath);
            }
            out.append(']');
            first = false;
        }
        out.append("]]");
    }

    private static void appendStrings(StringBuilder out, List<String> values) {
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            HtmlJson.string(out.append(i == 0 ? "" : ","), values.get(i));
        }
        out.append(']');
    }

    private static Map<String, Integer> indexOf(List<String> values) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            index.put(values.get(i), i);
        }
        return index;
    }

    /** A permalink id for a pattern group that stays the same from run to run while its rule and pattern do. */
    private static String shortHash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < 5; i++) {
                hex.append(String.format("%02x", digest[i]));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }
}
