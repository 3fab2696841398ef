package org.reportlint.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlint.core.document.DocumentFormat;
import org.reportlint.core.rule.Severity;

class ConfigResolverTest {

    @TempDir
    Path dir;

    private Path write(String relative, String text) throws Exception {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private static ConfigResolver resolver() {
        return new ConfigResolver(ConfigParserTest.REGISTRY, Optional.empty(), Map.of());
    }

    @Test
    void innerConfigsOverrideOuterOnesUpToRoot() throws Exception {
        write("project/.reportlint.json", "{\"root\": true, \"rules\": {\"placeholder\": \"warning\", \"date-range\": \"off\"}}");
        write("project/reports/.reportlint.json", "{\"rules\": {\"date-range\": \"error\"}}");
        RuleSet rules = resolver().rulesFor(write("project/reports/a.html", ""));
        assertEquals(Optional.of(Severity.WARNING), rules.severity("placeholder"));
        assertEquals(Optional.of(Severity.ERROR), rules.severity("date-range"));
    }

    @Test
    void discoveryStopsAtRoot() throws Exception {
        write(".reportlint.json", "{\"rules\": {\"placeholder\": \"off\"}}");
        write("project/.reportlint.json", "{\"root\": true}");
        assertEquals(Optional.of(Severity.ERROR), resolver().rulesFor(write("project/a.html", "")).severity("placeholder"));
    }

    @Test
    void overridesMatchRelativeToTheirConfig() throws Exception {
        write(".reportlint.json", "{\"root\": true, \"overrides\": [{\"files\": [\"legacy/**\"], \"rules\": {\"placeholder\": \"info\"}}]}");
        ConfigResolver resolver = resolver();
        assertEquals(Optional.of(Severity.INFO), resolver.rulesFor(write("legacy/old/a.html", "")).severity("placeholder"));
        assertEquals(Optional.of(Severity.ERROR), resolver.rulesFor(write("new/a.html", "")).severity("placeholder"));
    }

    @Test
    void commandLineWinsAndExplicitConfigReplacesDiscovery() throws Exception {
        write(".reportlint.json", "{\"root\": true, \"rules\": {\"placeholder\": \"off\"}}");
        Path explicit = write("other/custom.json", "{\"extends\": \"none\", \"rules\": {\"date-range\": \"info\"}}");
        ConfigResolver resolver = new ConfigResolver(ConfigParserTest.REGISTRY, Optional.of(explicit),
                Map.of("date-range", RuleSetting.of(Severity.ERROR)));
        EffectiveConfig effective = resolver.effective(write("a.html", ""));
        assertEquals(List.of(explicit.toAbsolutePath().normalize()), effective.sources());
        assertEquals(Preset.NONE, effective.preset());
        assertEquals(Optional.of(Severity.ERROR), effective.rules().severity("date-range"));
        assertEquals(Optional.empty(), effective.rules().severity("placeholder"));
    }

    @Test
    void aLevelAloneKeepsOptionsSetEarlier() throws Exception {
        write(".reportlint.json", "{\"root\": true, \"rules\": {\"date-range\": [\"warning\", {\"asOf\": 2026}]},"
                + " \"overrides\": [{\"files\": \"*.md\", \"rules\": {\"date-range\": \"error\"}}]}");
        RuleSet rules = resolver().rulesFor(write("notes.md", ""));
        assertEquals(2026, rules.rules().stream().filter(r -> r.id().equals("date-range")).findFirst().orElseThrow()
                .options().values().get("asOf"));
    }

    @Test
    void aBrokenConfigIsAnError() throws Exception {
        write(".reportlint.json", "{\"root\": true, \"rules\": {\"nope\": \"off\"}}");
        ConfigException error = assertThrows(ConfigException.class, () -> resolver().rulesFor(write("a.html", "")));
        assertEquals(1, error.line());
        assertEquals("unknown rule \"nope\"", error.reason());
    }

    @Test
    void theNearestConfigsLastMatchingFormatWins() throws Exception {
        write(".reportlint.json", "{\"root\": true, \"formats\": {\"**/*.txt\": \"markdown\", "
                + "\"legacy/**\": \"html\"}}");
        write("notes/.reportlint.json", "{\"formats\": {\"*.txt\": \"text\"}}");
        ConfigResolver resolver = resolver();
        assertEquals(Optional.of(DocumentFormat.MARKDOWN), resolver.settingsFor(write("a/b.txt", "")).format());
        assertEquals(Optional.of(DocumentFormat.HTML), resolver.settingsFor(write("legacy/b.txt", "")).format(),
                "a later entry wins over an earlier one");
        assertEquals(Optional.of(DocumentFormat.HTML), resolver.settingsFor(write("legacy/c.md", "")).format());
        assertEquals(Optional.of(DocumentFormat.TEXT), resolver.settingsFor(write("notes/d.txt", "")).format(),
                "the nearest config wins, its globs relative to its own folder");
        assertEquals(Optional.of(DocumentFormat.TEXT), resolver.settingsFor(write("notes/deeper/e.txt", ""))
                .format(), "a glob without a slash matches in any folder below, as in overrides");
        assertEquals(Optional.empty(), resolver.settingsFor(write("f.html", "")).format(), "detected");
    }
}
