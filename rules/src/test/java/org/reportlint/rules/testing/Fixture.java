package org.reportlint.rules.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.reportlint.core.config.ConfigException;
import org.reportlint.core.config.VocabularyListParser;
import org.reportlint.core.source.LineIndex;
import org.reportlint.core.vocabulary.Vocabulary;
import org.reportlint.core.vocabulary.VocabularyList;

/**
 * A rule fixture: a document whose defects are marked inline, Checkstyle style.
 *
 * <ul>
 *   <li>{@code <!-- expect: RULE "flagged text" -->} expects a finding of RULE on this line whose range covers
 *       exactly the quoted text; several markers may share a line;</li>
 *   <li>{@code <!-- expect: RULE "flagged text" "message" -->} also expects exactly that message;</li>
 *   <li>{@code <!-- expect-next-line: RULE "flagged text" -->} expects it on the next line;</li>
 *   <li>{@code <!-- options: {"name": value} -->} configures the rule for the whole fixture;</li>
 *   <li>{@code <!-- accept: ENTRY -->} and {@code <!-- reject: ENTRY -->} add one line to the fixture's accept or
 *       reject word list, read as a list file of {@code vocabularies} is.</li>
 * </ul>
 * Markers are blanked with spaces before linting, so every other character keeps its line and column.
 * Inside the quotes, {@code \"} stands for a quote and {@code \\} for a backslash.
 */
final class Fixture {
    private static final Pattern MARKER = Pattern.compile(
            "<!--\\s*(expect|expect-next-line|options|accept|reject):\\s*(.*?)\\s*-->", Pattern.DOTALL);
    private static final Pattern EXPECTATION = Pattern.compile(
            "([a-z][a-z0-9-]*)\\s+\"((?:[^\"\\\\]|\\\\.)*)\"(?:\\s+\"((?:[^\"\\\\]|\\\\.)*)\")?");

    private final String text;
    private final List<Expectation> expectations;
    private final Map<String, Object> options;
    private final Vocabulary vocabulary;

    private Fixture(String text, List<Expectation> expectations, Map<String, Object> options, Vocabulary vocabulary) {
        this.text = text;
        this.expectations = List.copyOf(expectations);
        this.options = Map.copyOf(options);
        this.vocabulary = vocabulary;
    }

    static Fixture parse(String raw) {
        LineIndex lines = LineIndex.of(raw);
        StringBuilder blanked = new StringBuilder(raw);
        List<Expectation> expectations = new ArrayList<>();
        Map<String, Object> options = Map.of();
        StringBuilder accept = new StringBuilder();
        StringBuilder reject = new StringBuilder();
        Matcher marker = MARKER.matcher(raw);
        while (marker.find()) {
            int line = lines.lineOf(marker.start());
            String kind = marker.group(1);
            String body = marker.group(2);
            if (kind.equals("options")) {
                options = readOptions(body);
            } else if (kind.equals("accept") || kind.equals("reject")) {
                (kind.equals("accept") ? accept : reject).append(body).append('\n');
            } else {
                Matcher expectation = EXPECTATION.matcher(body);
                if (!expectation.matches()) {
                    throw new IllegalArgumentException("line " + line + ": cannot read marker " + marker.group());
                }
                int target = kind.equals("expect") ? line : line + 1;
                String message = expectation.group(3) == null ? null : unescape(expectation.group(3));
                expectations.add(new Expectation(target, expectation.group(1), unescape(expectation.group(2)),
                        message));
            }
            for (int i = marker.start(); i < marker.end(); i++) {
                char c = raw.charAt(i);
                blanked.setCharAt(i, c == '\n' || c == '\r' ? c : ' ');
            }
        }
        return new Fixture(blanked.toString(), expectations, options, vocabulary(accept, reject));
    }

    private static Vocabulary vocabulary(CharSequence accept, CharSequence reject) {
        try {
            return Vocabulary.of(List.of(
                    VocabularyListParser.parse(VocabularyList.Kind.ACCEPT, "accept.txt", accept.toString()),
                    VocabularyListParser.parse(VocabularyList.Kind.REJECT, "reject.txt", reject.toString())));
        } catch (ConfigException invalid) {
            throw new IllegalArgumentException("fixture word list: " + invalid.getMessage(), invalid);
        }
    }

    private static Map<String, Object> readOptions(String json) {
        try {
            return new ObjectMapper().readValue(json, new TypeReference<Map<String, Object>>() { });
        } catch (java.io.IOException bad) {
            throw new IllegalArgumentException("cannot read fixture options " + json + ": " + bad.getMessage(), bad);
        }
    }

    private static String unescape(String quoted) {
        return quoted.replaceAll("\\\\(.)", "$1");
    }

    /** The document text with every marker replaced by spaces. */
    String text() {
        return text;
    }

    List<Expectation> expectations() {
        return expectations;
    }

    Map<String, Object> options() {
        return options;
    }

    /** The accept and reject lists the fixture's markers give; lists without entries when it has none. */
    Vocabulary vocabulary() {
        return vocabulary;
    }
}
