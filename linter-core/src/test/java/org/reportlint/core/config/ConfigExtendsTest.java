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

/** {@code "extends": "PATH.json"}: a shared base config, found next to the config that names it. */
class ConfigExtendsTest {
    private static final String BASE = "{\"extends\": \"none\", \"rules\": {\"placeholder\": [\"warning\", "
            + "{\"allow\": [\"TBD\"]}], \"date-range\": \"error\"}, \"overrides\": [{\"files\": [\"legacy/**\"], "
            + "\"rules\": {\"date-range\": \"off\"}}]}";

    @TempDir
    Path dir;

    private Path write(String relative, String text) throws Exception {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private ConfigResolver resolver(ConfigSource explicit) {
        return new ConfigResolver(ConfigParserTest.REGISTRY, Map.of(), dir, Optional.of(explicit));
    }

    @Test
    void theBaseAppliesFirstAndItsOverridesAreRelativeToTheConfigThatExtendsIt() throws Exception {
        write("shared/base.json", BASE);
        write("project/.reportlint.json", "{\"root\": true, \"extends\": \"../shared/base.json\", "
                + "\"rules\": {\"placeholder\": \"error\"}}");
        ConfigResolver discovered = new ConfigResolver(ConfigParserTest.REGISTRY, Optional.empty(), Map.of(), dir);
        EffectiveConfig config = discovered.effective(write("project/a.html", ""));
        assertEquals(Preset.NONE, config.preset(), "the base's preset, as this config names none");
        assertEquals(Optional.of(Severity.ERROR), config.rules().severity("placeholder"));
        assertEquals(Optional.of(Map.of("allow", java.util.List.of("TBD"))), config.settings().get("placeholder")
                .options(), "a level alone keeps the base's options");
        assertEquals(Optional.of(Severity.ERROR), config.rules().severity("date-range"));
        assertEquals(Optional.empty(), discovered.rulesFor(write("project/legacy/old.html", ""))
                .severity("date-range"), "the base's override matches under project/, not under shared/");
    }

    @Test
    void aMissingBaseIsAnErrorAtTheExtendsThatNamesIt() throws Exception {
        Path config = write("project/.reportlint.json", "{\"root\": true,\n  \"extends\": \"./missing.json\"}");
        ConfigException error = assertThrows(ConfigException.class,
                () -> resolver(ConfigSource.file(config)).rulesFor(dir.resolve("project/a.html")));
        assertEquals("project/.reportlint.json:2:14: \"extends\": \"./missing.json\": no such config file "
                + "(project/missing.json)", error.getMessage());
    }

    @Test
    void aMistakeInTheBaseNamesTheBasesOwnLine() throws Exception {
        write("project/base.json", "{\n\"rules\": {\"nope\": \"off\"}}");
        Path config = write("project/.reportlint.json", "{\"extends\": \"base.json\"}");
        ConfigException error = assertThrows(ConfigException.class,
                () -> resolver(ConfigSource.file(config)).rulesFor(dir.resolve("project/a.html")));
        assertEquals("project/base.json:2:11: unknown rule \"nope\"", error.getMessage());
    }

    @Test
    void aCycleOfExtendsIsAnError() throws Exception {
        write("a.json", "{\"extends\": \"./b.json\"}");
        Path config = write("b.json", "{\"extends\": \"a.json\"}");
        ConfigException error = assertThrows(ConfigException.class,
                () -> resolver(ConfigSource.file(config)).rulesFor(dir.resolve("x.html")));
        assertEquals("a.json:1:13: \"extends\": \"./b.json\" extends this config again, a cycle", error.getMessage());
    }

    @Test
    void aClassPathConfigExtendsWithinTheClassPathAndItsGlobsAreRelativeToTheBaseFolder() throws Exception {
        Path jar = dir.resolve("shared-config.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            entry(out, "org/example/reportlint/base/common.json", BASE);
            entry(out, "org/example/reportlint/strict.json", "{\"extends\": \"base/common.json\", "
                    + "\"rules\": {\"placeholder\": \"error\"}}");
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            ConfigResolver resolver = resolver(ConfigSource.classPath("/org/example/reportlint/strict.json", loader));
            assertEquals(Optional.of(Severity.ERROR), resolver.rulesFor(dir.resolve("a.html")).severity("placeholder"));
            assertEquals(Optional.of(Severity.ERROR), resolver.rulesFor(dir.resolve("a.html")).severity("date-range"));
            assertEquals(Optional.empty(), resolver.rulesFor(dir.resolve("legacy/a.html")).severity("date-range"));

            ConfigSource missing = ConfigSource.classPath("org/example/reportlint/../reportlint/none.json", loader);
            ConfigException error = assertThrows(ConfigException.class,
                    () -> resolver(missing).rulesFor(dir.resolve("a.html")));
            assertEquals("classpath:org/example/reportlint/none.json: no such config file", error.getMessage());
        }
    }

    @Test
    void aConfigInAJarUrlExtendsWithinTheJar() throws Exception {
        Path jar = dir.resolve("shared-config.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            entry(out, "cfg/common.json", BASE);
            entry(out, "cfg/team/strict.json", "{\"extends\": \"../common.json\"}");
        }
        URI url = URI.create("jar:" + jar.toUri() + "!/cfg/team/strict.json");
        RuleSet rules = resolver(ConfigSource.url(url)).rulesFor(dir.resolve("a.html"));
        assertEquals(Optional.of(Severity.WARNING), rules.severity("placeholder"));
    }

    private static void entry(JarOutputStream out, String name, String text) throws Exception {
        out.putNextEntry(new JarEntry(name));
        OutputStream body = out;
        body.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
