package org.reportlint.core.custom;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlint.core.config.ConfigException;
import org.reportlint.core.config.ConfigResolver;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.engine.Linter;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.Finding;
import org.reportlint.core.source.LineIndex;
import org.reportlint.core.source.SourceInput;

/**
 * Lints a fixture from {@code src/test/resources/custom/} with a config of custom rules and compares the findings
 * with the fixture's inline markers ({@code <!-- expect: house/id "flagged text" ["message"] -->}, blanked before
 * linting): a missing finding and an unexpected one both fail.
 */
final class CustomRuleFixture {
    private static final Pattern MARKER = Pattern.compile("<!--\\s*expect:\\s*(.*?)\\s*-->");
    private static final Pattern EXPECTATION = Pattern.compile(
            "([a-z][a-z0-9-]*/[a-z][a-z0-9-]*)\\s+\"((?:[^\"\\\\]|\\\\.)*)\"(?:\\s+\"((?:[^\"\\\\]|\\\\.)*)\")?");

    record Expected(int line, String rule, String text, String message) {
    }

    record Actual(int line, String rule, String text, String message) {
    }

    private CustomRuleFixture() {
    }

    static String resource(String name) throws IOException {
        try (InputStream in = CustomRuleFixture.class.getResourceAsStream("/custom/" + name)) {
            if (in == null) {
                throw new IOException("no test resource /custom/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Lints {@code fixture} under {@code config} in {@code folder}; returns a description of every mismatch. */
    static List<String> mismatches(Path folder, String config, String fixture) throws IOException, ConfigException {
        String raw = resource(fixture);
        LineIndex lines = LineIndex.of(raw);
        StringBuilder blanked = new StringBuilder(raw);
        List<Expected> expected = new ArrayList<>();
        Matcher marker = MARKER.matcher(raw);
        while (marker.find()) {
            Matcher e = EXPECTATION.matcher(marker.group(1));
            if (!e.matches()) {
                throw new IllegalArgumentException(fixture + ": cannot read marker " + marker.group());
            }
            expected.add(new Expected(lines.lineOf(marker.start()), e.group(1), unescape(e.group(2)),
                    e.group(3) == null ? null : unescape(e.group(3))));
            for (int i = marker.start(); i < marker.end(); i++) {
                blanked.setCharAt(i, ' ');
            }
        }
        FileResult result = lint(folder, config, fixture, blanked.toString());
        List<Actual> actual = new ArrayList<>();
        for (Finding finding : result.findings()) {
            String text = blanked.substring(finding.span().startOffset(), finding.span().endOffset());
            actual.add(new Actual(finding.span().start().line(), finding.rule(), text, finding.message()));
        }
        List<String> problems = new ArrayList<>();
        for (Expected want : expected) {
            Optional<Actual> got = actual.stream().filter(a -> a.line() == want.line() && a.rule().equals(want.rule())
                    && a.text().equals(want.text())
                    && (want.message() == null || want.message().equals(a.message()))).findFirst();
            if (got.isPresent()) {
                actual.remove(got.get());
            } else {
                problems.add("missing: " + want);
            }
        }
        actual.forEach(a -> problems.add("unexpected: " + a));
        return problems;
    }

    static FileResult lint(Path folder, String config, String name, String text) throws IOException, ConfigException {
        Files.writeString(folder.resolve(ConfigResolver.FILE_NAME), resource(config));
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        ConfigResolver resolver = new ConfigResolver(RuleRegistry.of(List.of()), Optional.empty(), Map.of(), folder);
        return new Linter().lint(SourceInput.ofFile(name, file), resolver.rulesFor(file));
    }

    private static String unescape(String quoted) {
        return quoted.replaceAll("\\\\(.)", "$1");
    }
}
