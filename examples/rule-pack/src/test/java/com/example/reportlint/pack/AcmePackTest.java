package com.example.reportlint.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlint.core.config.ConfigResolver;
import org.reportlint.core.config.ConfiguredRule;
import org.reportlint.core.config.RulePacks;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.config.RuleSet;
import org.reportlint.core.rule.Severity;

/** The pack loads from this module's class path as a project's {@code "extends": "pack:acme"} reads it. */
class AcmePackTest {

    @Test
    void aProjectExtendingThePackGetsItsRulesAtTheirLevels(@TempDir Path project) throws Exception {
        Files.writeString(project.resolve(".reportlint.json"), "{\"root\": true, \"extends\": \"pack:acme\"}");
        ConfigResolver resolver = new ConfigResolver(RuleRegistry.load(AcmePackTest.class.getClassLoader()), Map.of(), project, Optional.empty(),
                RulePacks.on(AcmePackTest.class.getClassLoader()));
        RuleSet rules = resolver.rulesFor(project.resolve("report.html"));
        assertEquals(List.of("acme/disclaimer error", "acme/headings info", "acme/hype warning",
                        "acme/no-guaranteed error", "acme/use warning"),
                rules.rules().stream().map(ConfiguredRule::id).filter(id -> id.startsWith("acme/")).sorted()
                        .map(id -> id + " " + rules.severity(id).map(Severity::id).orElse("off")).toList());
        assertEquals(Optional.of(Severity.ERROR), rules.severity("placeholder"));
        assertEquals(List.of("acme"), RulePacks.on(AcmePackTest.class.getClassLoader()).names());
    }
}
