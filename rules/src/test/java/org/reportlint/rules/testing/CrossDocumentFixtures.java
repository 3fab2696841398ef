package org.reportlint.rules.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.reportlint.core.config.FileSettings;
import org.reportlint.core.config.Preset;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.config.RuleSet;
import org.reportlint.core.config.RuleSetting;
import org.reportlint.core.engine.Linter;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.Finding;
import org.reportlint.core.rule.CrossDocumentRule;
import org.reportlint.core.source.SourceInput;

/**
 * Lints a folder of fixtures as one run with one cross-document rule and compares each file's findings with its
 * inline expectations (the markers of {@link Fixture}): the test fails on a missing finding, on an unexpected one
 * and on a wrong message, in any file. An {@code options} marker in any file configures the rule for the run;
 * two files that disagree on options are a broken fixture.
 */
public final class CrossDocumentFixtures {

    private CrossDocumentFixtures() {
    }

    /**
     * Checks the fixture folder at a class path resource, such as {@code /fixtures/duplicate-report/retitled}; every
     * regular file in it, in path order, is one document of the run.
     *
     * @return each file's result, in path order, for further assertions (related locations, for instance)
     */
    public static List<FileResult> assertFixtureFolder(CrossDocumentRule<?> rule, String folder) {
        Map<String, Fixture> fixtures = new LinkedHashMap<>();
        read(folder).forEach((name, text) -> fixtures.put(name, Fixture.parse(text)));
        List<FileResult> results = run(rule, fixtures);
        StringBuilder report = new StringBuilder();
        for (FileResult result : results) {
            Fixture fixture = fixtures.get(result.path());
            List<Expectation> missing = new ArrayList<>(fixture.expectations());
            List<String> unexpected = new ArrayList<>();
            for (Finding finding : result.findings()) {
                Expectation actual = new Expectation(finding.span().start().line(), finding.rule(),
                        fixture.text().substring(finding.span().startOffset(), finding.span().endOffset()),
                        finding.message());
                if (!removeFirstMatch(missing, actual)) {
                    unexpected.add(actual + " at column " + finding.span().start().column());
                }
            }
            missing.forEach(m -> report.append("\n  ").append(result.path()).append(" missing:    ").append(m));
            unexpected.forEach(u -> report.append("\n  ").append(result.path()).append(" unexpected: ").append(u));
        }
        if (report.length() > 0) {
            fail(folder + " does not match its expectations" + report);
        }
        return results;
    }

    /**
     * The results of one run of {@code rule} at its default severity over documents given as path and text; the
     * texts may hold fixture markers, which are blanked and whose options configure the rule.
     */
    public static List<FileResult> lint(CrossDocumentRule<?> rule, Map<String, String> documents) {
        Map<String, Fixture> fixtures = new LinkedHashMap<>();
        documents.forEach((name, text) -> fixtures.put(name, Fixture.parse(text)));
        return run(rule, fixtures);
    }

    private static List<FileResult> run(CrossDocumentRule<?> rule, Map<String, Fixture> fixtures) {
        String id = rule.metadata().id();
        RuleSet rules = RuleSet.of(RuleRegistry.of(List.of(), List.of(rule)), Preset.NONE,
                Map.of(id, new RuleSetting(Optional.of(rule.metadata().defaultSeverity()),
                        Optional.of(options(fixtures)))));
        List<SourceInput> inputs = new ArrayList<>();
        fixtures.forEach((name, fixture) ->
                inputs.add(SourceInput.ofContent(name, fixture.text().getBytes(StandardCharsets.UTF_8))));
        List<FileResult> results = new ArrayList<>();
        new Linter().lint(inputs, input -> FileSettings.of(rules), 2, results::add);
        return results.stream().map(CrossDocumentFixtures::withoutEngineFindings).toList();
    }

    private static Map<String, Object> options(Map<String, Fixture> fixtures) {
        Map<String, Object> options = null;
        for (Map.Entry<String, Fixture> fixture : fixtures.entrySet()) {
            Map<String, Object> own = fixture.getValue().options();
            if (own.isEmpty()) {
                continue;
            }
            if (options != null && !options.equals(own)) {
                throw new IllegalArgumentException(fixture.getKey() + ": options " + own
                        + " differ from another file's " + options + "; give them once");
            }
            options = own;
        }
        return options == null ? Map.of() : options;
    }

    private static FileResult withoutEngineFindings(FileResult result) {
        return new FileResult(result.path(), result.format(), result.findings().stream()
                .filter(f -> !f.rule().equals("encoding")).toList(), result.errors(), result.notices(),
                result.suppressed(), result.words());
    }

    private static boolean removeFirstMatch(List<Expectation> expected, Expectation actual) {
        for (int i = 0; i < expected.size(); i++) {
            if (expected.get(i).matches(actual)) {
                expected.remove(i);
                return true;
            }
        }
        return false;
    }

    /** Every regular file of a class path folder, by name in path order, as UTF-8 text. */
    private static Map<String, String> read(String folder) {
        URL url = CrossDocumentFixtures.class.getResource(folder);
        if (url == null) {
            throw new IllegalArgumentException("no fixture folder " + folder + " on the test class path");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                texts.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException | URISyntaxException failure) {
            throw new IllegalStateException("cannot read fixture folder " + folder, failure);
        }
        return texts;
    }
}
