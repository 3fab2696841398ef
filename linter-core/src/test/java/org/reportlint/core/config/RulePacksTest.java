package org.reportlint.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlint.core.rule.Severity;

/** {@code "extends": "pack:NAME"}: a config and its files shipped in a jar or folder on the class path. */
class RulePacksTest {
    /** The acme pack: its config extends a file inside the pack, which declares the rules. */
    private static final String ACME = "{\"extends\": \"rules/terms.json\",\n"
            + " \"rules\": {\"acme/use\": \"error\", \"date-range\": \"off\"}}";
    private static final String ACME_TERMS = "{\"extends\": \"none\", \"customRules\": {"
            + "\"acme/use\": {\"kind\": \"substitution\", \"message\": \"Use '%s'\", \"swap\": {\"utilise\": \"use\"}},"
            + "\"acme/no-hype\": {\"kind\": \"existence\", \"message\": \"m\", \"words\": [\"game-changer\"]}},"
            + "\"rules\": {\"placeholder\": \"error\"}}";

    @TempDir
    Path dir;

    private Path write(String relative, String text) throws Exception {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private Path jar(String name, Map<String, String> entries) throws Exception {
        Path jar = dir.resolve(name);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                out.putNextEntry(new JarEntry(entry.getKey()));
                OutputStream body = out;
                body.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    private Path acmeJar() throws Exception {
        return jar("acme.jar", Map.of("reportlint-pack/acme/reportlint.json", ACME,
                "reportlint-pack/acme/rules/terms.json", ACME_TERMS));
    }

    private ConfigResolver resolver(RulePacks packs) {
        return new ConfigResolver(ConfigParserTest.REGISTRY, Map.of(), dir, Optional.empty(), packs);
    }

    private static RulePacks packs(Path... roots) {
        return RulePacks.on(RulePacksTest.class.getClassLoader(), List.of(roots));
    }

    @Test
    void aPackShipsItsWordListsAndTheyAreReadFromInsideIt() throws Exception {
        Path jar = jar("style.jar", Map.of(
                "reportlint-pack/style/reportlint.json", "{\"extends\": \"none\", \"vocabularies\": ["
                        + "{\"accept\": \"lists/accept.txt\", \"reject\": \"lists/reject.txt\"}]}",
                "reportlint-pack/style/lists/accept.txt", "# names the house uses\nCompany A Ltd\n",
                "reportlint-pack/style/lists/reject.txt", "leverage\n"));
        write(".reportlint.json", "{\"root\": true, \"extends\": \"pack:style\"}");
        EffectiveConfig config = resolver(packs(jar)).effective(write("a.html", ""));
        List<String> lists = config.rules().vocabulary().lists().stream()
                .map(list -> list.kind().key() + " " + list.file() + " " + list.entries().size()).toList();
        assertEquals(List.of("accept pack:style/lists/accept.txt 1", "reject pack:style/lists/reject.txt 1"), lists);
    }

    @Test
    void aPackInAJarAppliesWithItsOwnReferencesResolvedInsideIt() throws Exception {
        write(".reportlint.json", "{\"root\": true, \"extends\": \"pack:acme\", \"rules\": {\"acme/no-hype\": \"off\"}}");
        EffectiveConfig config = resolver(packs(acmeJar())).effective(write("a.html", ""));
        assertEquals(Preset.NONE, config.preset());
        assertEquals(Optional.of(Severity.ERROR), config.rules().severity("acme/use"));
        assertEquals(Optional.empty(), config.rules().severity("acme/no-hype"), "the project turns a pack rule off");
        assertEquals(Optional.of(Severity.ERROR), config.rules().severity("placeholder"));
        assertEquals(Optional.empty(), config.rules().severity("date-range"));
        ConfiguredRule use = config.rules().rules().stream().filter(r -> r.id().equals("acme/use")).findFirst()
                .orElseThrow();
        assertTrue(use.rule().metadata().description().startsWith("Custom rule declared in pack:acme/rules/terms.json."),
                use.rule().metadata().description());
    }

    @Test
    void aPackInAClassPathFolderWorksAsAJarDoesAndRecordsWhereItCameFrom() throws Exception {
        write("packs/reportlint-pack/acme/reportlint.json", ACME);
        write("packs/reportlint-pack/acme/rules/terms.json", ACME_TERMS);
        write("project/.reportlint.json", "{\"root\": true, \"extends\": \"pack:acme\"}");
        ConfigResolver resolver = resolver(packs(dir.resolve("packs")));
        assertEquals(Optional.of(Severity.ERROR), resolver.rulesFor(write("project/a.html", "")).severity("acme/use"));
        List<String> bases = resolver.chainFor(dir.resolve("project")).get(0).bases();
        Path packFolder = dir.resolve("packs/reportlint-pack/acme").toAbsolutePath();
        assertEquals(List.of("pack:acme/reportlint.json (" + packFolder.resolve("reportlint.json") + ")",
                "pack:acme/rules/terms.json (" + packFolder.resolve("rules/terms.json") + ")"), bases);
    }

    @Test
    void aPackExtendsAnotherPackAndRelativePathsCannotLeaveThePack() throws Exception {
        Path base = jar("base.jar", Map.of("reportlint-pack/base/reportlint.json", ACME_TERMS));
        Path strict = jar("strict.jar", Map.of("reportlint-pack/strict/reportlint.json",
                "{\"extends\": \"pack:base\", \"rules\": {\"acme/no-hype\": \"error\"}}",
                "reportlint-pack/strict/escape.json", "{\"extends\": \"../../base/reportlint.json\"}"));
        write(".reportlint.json", "{\"root\": true, \"extends\": \"pack:strict\"}");
        RulePacks packs = packs(base, strict);
        assertEquals(Optional.of(Severity.ERROR), resolver(packs).rulesFor(write("a.html", "")).severity("acme/no-hype"));

        ConfigResolver escaping = new ConfigResolver(ConfigParserTest.REGISTRY, Map.of(), dir,
                Optional.of(new PackConfigSource("strict", "escape.json", packs.loader())), packs);
        ConfigException error = assertThrows(ConfigException.class, () -> escaping.rulesFor(dir.resolve("a.html")));
        assertEquals("pack:strict/escape.json:1:13: \"extends\": \"../../base/reportlint.json\": no such config file "
                + "(pack:strict/base/reportlint.json)", error.getMessage(), "a .. stops at the top of the pack");
    }

    @Test
    void anUnknownPackIsAnErrorAtTheExtendsThatListsThePacksFound() throws Exception {
        Path acme = acmeJar();
        write("house/reportlint-pack/house-style/reportlint.json", "{}");
        write(".reportlint.json", "{\"root\": true,\n  \"extends\": \"pack:acne\"}");
        ConfigException error = assertThrows(ConfigException.class,
                () -> resolver(packs(acme, dir.resolve("house"))).chainFor(dir));
        assertEquals(".reportlint.json:2:14: \"extends\": \"pack:acne\": no rule pack \"acne\" on the class path (no "
                + "reportlint-pack/acne/reportlint.json) (did you mean \"acme\"?); packs found: acme, house-style",
                error.getMessage());

        ConfigException none = assertThrows(ConfigException.class, () -> resolver(packs()).chainFor(dir));
        assertEquals(".reportlint.json:2:14: \"extends\": \"pack:acne\": no rule pack \"acne\" on the class path (no "
                + "reportlint-pack/acne/reportlint.json); no packs found", none.getMessage());
    }

    @Test
    void aPackOnTheClassPathTwiceIsAnError() throws Exception {
        Path one = acmeJar();
        Path other = Files.copy(one, dir.resolve("acme-2.0.jar"));
        write(".reportlint.json", "{\"root\": true, \"extends\": \"pack:acme\"}");
        ConfigException error = assertThrows(ConfigException.class,
                () -> resolver(packs(one, other)).chainFor(dir));
        assertEquals(".reportlint.json:1:27: \"extends\": \"pack:acme\": rule pack \"acme\" is on the class path 2 "
                + "times: " + one.toAbsolutePath() + ", " + other.toAbsolutePath() + "; keep one", error.getMessage());
        assertEquals(Optional.of(Severity.ERROR), resolver(packs(one, one)).rulesFor(dir.resolve("a.html"))
                .severity("acme/use"), "the same jar named twice is one pack");
    }

    @Test
    void aPackNameIsOneSegment() {
        for (String name : List.of("pack:", "pack:../x", "pack:acme/strict", "pack:my pack")) {
            ConfigException error = assertThrows(ConfigException.class, () -> ConfigParser.parse(Path.of("c.json"),
                    "{\"extends\": \"" + name + "\"}", ConfigParserTest.REGISTRY));
            assertTrue(error.getMessage().startsWith("c.json:1:13: \"extends\": \"" + name + "\": "), error.getMessage());
        }
    }

    @Test
    void aPackIsFoundInAJarThatListsNoFoldersAndThroughTheDefaultClassLoader() throws Exception {
        // JarOutputStream as used here writes no directory entries, as some jar tools do not.
        Path acme = acmeJar();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {acme.toUri().toURL()}, null)) {
            assertEquals(List.of("acme"), RulePacks.on(loader).names());
        }
        assertEquals(List.of("acme"), packs(acme).names());
    }

    @Test
    void aMistakeInsideAPackNamesThePackFileAndLine() throws Exception {
        Path broken = jar("broken.jar", Map.of("reportlint-pack/broken/reportlint.json",
                "{\n  \"rules\": {\"placeholdr\": \"off\"}}"));
        write(".reportlint.json", "{\"root\": true, \"extends\": \"pack:broken\"}");
        ConfigException error = assertThrows(ConfigException.class, () -> resolver(packs(broken)).chainFor(dir));
        assertEquals("pack:broken/reportlint.json:2:13: unknown rule \"placeholdr\" (did you mean \"placeholder\"?)",
                error.getMessage());
    }
}
