package org.reportlint.rules.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reportlint.core.config.Preset;
import org.reportlint.core.config.RuleSet;
import org.reportlint.core.config.RuleSetting;
import org.reportlint.core.document.Document;
import org.reportlint.core.document.DocumentParser;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.Finding;
import org.reportlint.core.engine.Linter;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.rule.Rule;

/**
 * Lints a fixture with one rule and compares the findings with the fixture's inline expectations: the test fails on
 * an expected finding that is missing and on a finding nobody expected, listing both.
 */
public final class RuleFixtures {

    private RuleFixtures() {
    }

    /** Checks the fixture at a class path resource, such as {@code /fixtures/placeholder/basic.html}. */
    public static List<Finding> assertFixture(Rule rule, String resource) {
        Fixture fixture = Fixture.parse(read(resource));
        List<Finding> findings = lint(rule, resource, fixture);
        Document document = DocumentParser.parse(resource, fixture.text());
        List<Expectation> missing = new ArrayList<>(fixture.expectations());
        List<String> unexpected = new ArrayList<>();
        for (Finding finding : findings) {
            Expectation actual = new Expectation(finding.span().start().line(), finding.rule(),
                    document.source().substring(finding.span().startOffset(), finding.span().endOffset()),
                    finding.message());
            if (!removeFirstMatch(missing, actual)) {
                unexpected.add(actual + " at column " + finding.span().start().column());
            }
        }
        if (!missing.isEmpty() || !unexpected.isEmpty()) {
            StringBuilder report = new StringBuilder(resource).append(" does not match its expectations");
            missing.forEach(m -> report.append("\n  missing:    ").append(m));
            unexpected.forEach(u -> report.append("\n  unexpected: ").append(u));
            fail(report.toString());
        }
        return findings;
    }

    /** Removes the first expectation {@code actual} meets: two identical markers expect two findings. */
    private static boolean removeFirstMatch(List<Expectation> expected, Expectation actual) {
        for (int i = 0; i < expected.size(); i++) {
            if (expected.get(i).matches(actual)) {
                expected.remove(i);
                return true;
            }
        }
        return false;
    }

    /**
     * The findings of one rule, at its default severity and the fixture's options and word lists, on a fixture's
     * text; with a reject list, the engine's {@code vocabulary} findings too.
     */
    public static List<Finding> lint(Rule rule, String name, String text) {
        return lint(rule, name, Fixture.parse(text));
    }

    private static List<Finding> lint(Rule rule, String name, Fixture fixture) {
        String id = rule.metadata().id();
        RuleSet rules = RuleSet.of(RuleRegistry.of(List.of(rule)), Preset.NONE,
                Map.of(id, new RuleSetting(java.util.Optional.of(rule.metadata().defaultSeverity()),
                        java.util.Optional.of(fixture.options())))).withVocabulary(fixture.vocabulary());
        FileResult result = new Linter().lint(DocumentParser.parse(name, fixture.text()), rules);
        return result.findings().stream().filter(f -> !f.rule().equals("encoding")).toList();
    }

    /** The text after applying, in one pass as the fixer does, the fixes of the rule's findings on {@code source}. */
    public static String applyFixes(Rule rule, String name, String source) {
        return org.reportlint.core.fix.FixApplier.apply(source, lint(rule, name, source)).text();
    }

    /** A class path resource as UTF-8 text. */
    public static String read(String resource) {
        try (InputStream in = RuleFixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + resource + " on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new IllegalStateException("cannot read fixture " + resource, failure);
        }
    }
}
