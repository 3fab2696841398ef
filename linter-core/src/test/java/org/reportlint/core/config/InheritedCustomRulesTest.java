package org.reportlint.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.OutputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlint.core.rule.Severity;

/**
 * A config names the custom rules of the configs it extends and of outer folders' configs in {@code rules} and
 * {@code overrides}; an id that none of them declares is refused at the child's own line and column.
 */
class InheritedCustomRulesTest {
    private static final String HOUSE = "{\"customRules\": {"
            + "\"house/use\": {\"kind\": \"substitution\", \"message\": \"Use '%s'\", \"swap\": {\"utilise\": \"use\"}},"
            + "\"house/no-hype\": {\"kind\": \"existence\", \"level\": \"error\", \"message\": \"m\", "
            + "\"words\": [\"game-changer\"]}}}";

    @TempDir
    Path dir;

    private Path write(String relative, String text) throws Exception {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private ConfigResolver discovering() {
        return new ConfigResolver(ConfigParserTest.REGISTRY, Optional.empty(), Map.of(), dir);
    }

    @Test
    void aChildTurnsOffAndRelevelsTheRulesOfTheBaseItExtends() throws Exception {
        write("shared/house.json", HOUSE);
        write("project/.reportlint.json", "{\"root\": true, \"extends\": \"../shared/house.json\",\n"
                + "  \"rules\": {\"house/use\": \"off\"},\n"
                + "  \"overrides\": [{\"files\": [\"drafts/**\"], \"rules\": {\"house/no-hype\": \"info\"}}]}");
        ConfigResolver resolver = discovering();
        RuleSet rules = resolver.rulesFor(write("project/a.html", ""));
        assertEquals(Optional.empty(), rules.severity("house/use"));
        assertEquals(Optional.of(Severity.ERROR), rules.severity("house/no-hype"));
        assertEquals(Optional.of(Severity.INFO), resolver.rulesFor(write("project/drafts/b.html", ""))
                .severity("house/no-hype"));
    }

    @Test
    void aNestedConfigTurnsOffARuleOfAnOuterFolder() throws Exception {
        write(".reportlint.json", "{\"root\": true, " + HOUSE.substring(1));
        write("legacy/.reportlint.json", "{\"rules\": {\"house/no-hype\": \"off\"}}");
        ConfigResolver resolver = discovering();
        assertEquals(Optional.empty(), resolver.rulesFor(write("legacy/a.html", "")).severity("house/no-hype"));
        assertEquals(Optional.of(Severity.ERROR), resolver.rulesFor(write("a.html", "")).severity("house/no-hype"));
    }

    @Test
    void aTypoIsReportedAtTheChildWithTheNearestRuleInEffect() throws Exception {
        write("shared/house.json", HOUSE);
        write("project/.reportlint.json", "{\"root\": true, \"extends\": \"../shared/house.json\",\n"
                + "  \"overrides\": [{\"files\": [\"x/**\"],\n    \"rules\": {\"house/no-hipe\": \"off\"}}]}");
        ConfigException error = assertThrows(ConfigException.class,
                () -> discovering().rulesFor(write("project/a.html", "")));
        assertEquals("project/.reportlint.json:3:15: unknown rule \"house/no-hipe\" (did you mean \"house/no-hype\"?)",
                error.getMessage(), "reported although no file matches the override: a typo is a typo");
    }

    @Test
    void anIdNoConfigDeclaresSaysSo() throws Exception {
        write(".reportlint.json", "{\"root\": true,\n \"rules\": {\"acme/terms\": \"error\"}}");
        ConfigException error = assertThrows(ConfigException.class, () -> discovering().chainFor(dir));
        assertEquals(".reportlint.json:2:12: unknown rule \"acme/terms\": no config that applies here declares it in "
                + "\"customRules\"", error.getMessage());
    }

    @Test
    void anOuterConfigCannotNameARuleOnlyAnInnerOneDeclares() throws Exception {
        // The inner declaration would set the rule's level again after the outer setting, which would change nothing.
        write(".reportlint.json", "{\"root\": true, \"rules\": {\"house/use\": \"off\"}}");
        write("inner/.reportlint.json", HOUSE);
        ConfigException error = assertThrows(ConfigException.class,
                () -> discovering().rulesFor(write("inner/a.html", "")));
        assertEquals(".reportlint.json:1:26: unknown rule \"house/use\": no config that applies here declares it in "
                + "\"customRules\"", error.getMessage());
    }

    @Test
    void builtInTyposAreStillReportedByTheParser() {
        ConfigException error = assertThrows(ConfigException.class, () -> ConfigParser.parse(Path.of("c.json"),
                "{\"rules\": {\"placeholders\": \"off\"}}", ConfigParserTest.REGISTRY));
        assertEquals("c.json:1:12: unknown rule \"placeholders\" (did you mean \"placeholder\"?)", error.getMessage());
        ConfigException notAnId = assertThrows(ConfigException.class, () -> ConfigParser.parse(Path.of("c.json"),
                "{\"rules\": {\"House/Use\": \"off\"}}", ConfigParserTest.REGISTRY));
        assertEquals("c.json:1:12: unknown rule \"House/Use\"", notAnId.getMessage(),
                "an id that cannot be a declared rule's is refused at once");
    }

    @Test
    void theLevelOfAnInheritedRuleIsCheckedAtOnceAndItTakesNoOptions() {
        ConfigException level = assertThrows(ConfigException.class, () -> ConfigParser.parse(Path.of("c.json"),
                "{\"rules\": {\"house/use\": \"of\"}}", ConfigParserTest.REGISTRY));
        assertEquals("c.json:1:25: unknown level \"of\": use one of off, info, warning, error (did you mean \"off\"?)",
                level.getMessage());
        ConfigException options = assertThrows(ConfigException.class, () -> ConfigParser.parse(Path.of("c.json"),
                "{\"rules\": {\"house/use\": [\"error\", {\"allow\": []}]}}", ConfigParserTest.REGISTRY));
        assertEquals("c.json:1:36: unknown option \"allow\" for rule \"house/use\" (it has no options)",
                options.getMessage());
    }

    @Test
    void aBaseInAJarOrAtAUrlDeclaresRulesAndExtendsRelativeToItself() throws Exception {
        Path jar = dir.resolve("house.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            entry(out, "org/example/style/rules/house.json", HOUSE);
            entry(out, "org/example/style/strict.json", "{\"extends\": \"rules/house.json\", "
                    + "\"rules\": {\"house/use\": \"error\"}}");
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            ConfigResolver fromClassPath = new ConfigResolver(ConfigParserTest.REGISTRY, Map.of(), dir,
                    Optional.of(ConfigSource.classPath("org/example/style/strict.json", loader)));
            RuleSet rules = fromClassPath.rulesFor(dir.resolve("a.html"));
            assertEquals(Optional.of(Severity.ERROR), rules.severity("house/use"));
            assertEquals(Optional.of(Severity.ERROR), rules.severity("house/no-hype"));
        }
        URI url = URI.create("jar:" + jar.toUri() + "!/org/example/style/strict.json");
        ConfigResolver fromUrl = new ConfigResolver(ConfigParserTest.REGISTRY, Map.of(), dir,
                Optional.of(ConfigSource.url(url)));
        assertEquals(Optional.of(Severity.ERROR), fromUrl.rulesFor(dir.resolve("a.html")).severity("house/use"));
        assertEquals("Custom rule declared in " + url.toString().replace("strict.json", "rules/house.json") + ".",
                fromUrl.rulesFor(dir.resolve("a.html")).rules().stream().filter(r -> r.id().equals("house/use"))
                        .findFirst().orElseThrow().rule().metadata().description().lines().findFirst().orElseThrow());
    }

    private static void entry(JarOutputStream out, String name, String text) throws Exception {
        out.putNextEntry(new JarEntry(name));
        OutputStream body = out;
        body.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
