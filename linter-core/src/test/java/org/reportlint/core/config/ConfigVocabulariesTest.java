package org.reportlint.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlint.core.vocabulary.Vocabulary;
import org.reportlint.core.vocabulary.VocabularyList;

/** {@code "vocabularies"}: the shape, each mistake at its place, and lists shared by nested and extended configs. */
class ConfigVocabulariesTest {
    @TempDir
    Path dir;

    private Path write(String relative, String text) throws Exception {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private ConfigResolver resolver() {
        return new ConfigResolver(ConfigParserTest.REGISTRY, Optional.empty(), Map.of(), dir);
    }

    private Vocabulary vocabularyOf(ConfigResolver resolver, String file) throws Exception {
        return resolver.rulesFor(dir.resolve(file)).vocabulary();
    }

    private static List<String> lists(Vocabulary vocabulary) {
        return vocabulary.lists().stream().map(l -> l.kind().key() + " " + l.file() + " " + l.entries().size()).toList();
    }

    private ConfigException error(String config) throws Exception {
        write(".reportlint.json", config);
        return assertThrows(ConfigException.class, () -> resolver().rulesFor(dir.resolve("a.html")));
    }

    @Test
    void listsAreReadRelativeToTheConfig() throws Exception {
        write("styles/accept.txt", "Company A Ltd\nVendor X GmbH\n");
        write("styles/reject.txt", "leverage\n");
        write(".reportlint.json", "{\"root\": true, \"vocabularies\": [{\"accept\": \"styles/accept.txt\", "
                + "\"reject\": \"styles/reject.txt\"}]}");
        assertEquals(List.of("accept styles/accept.txt 2", "reject styles/reject.txt 1"),
                lists(vocabularyOf(resolver(), "reports/a.html")));
    }

    @Test
    void nestedConfigsSeeTheListsAboveThemAndAListNamedTwiceIsReadOnce() throws Exception {
        write("styles/accept.txt", "Company A Ltd\n");
        write("team/extra.txt", "Brand B Inc\n");
        write(".reportlint.json", "{\"root\": true, \"vocabularies\": [{\"accept\": \"styles/accept.txt\"}]}");
        write("team/.reportlint.json", "{\"vocabularies\": [{\"accept\": \"extra.txt\"}, "
                + "{\"accept\": \"../styles/accept.txt\"}]}");
        ConfigResolver resolver = resolver();
        Vocabulary top = vocabularyOf(resolver, "a.html");
        Vocabulary nested = vocabularyOf(resolver, "team/b.html");
        assertEquals(List.of("accept styles/accept.txt 1"), lists(top));
        assertEquals(List.of("accept styles/accept.txt 1", "accept team/extra.txt 1"), lists(nested),
                "the outer list first, the inner one added, the shared one once");
        assertSame(top.lists().get(0), nested.lists().get(0), "one read of the shared file serves both configs");
    }

    @Test
    void anExtendedConfigsListsApplyRelativeToTheBase() throws Exception {
        write("shared/base.json", "{\"vocabularies\": [{\"reject\": \"words/reject.txt\"}]}");
        write("shared/words/reject.txt", "leverage\nsynergy\n");
        write("project/.reportlint.json", "{\"root\": true, \"extends\": \"../shared/base.json\"}");
        assertEquals(List.of("reject shared/words/reject.txt 2"), lists(vocabularyOf(resolver(), "project/a.html")));
    }

    @Test
    void aMissingListIsAnErrorAtItsReference() throws Exception {
        ConfigException missing = error("{\"root\": true,\n  \"vocabularies\": [{\"accept\": \"styles/none.txt\"}]}");
        assertEquals(".reportlint.json:2:31: \"accept\": \"styles/none.txt\": no such file (styles/none.txt)",
                missing.getMessage());
    }

    @Test
    void aListThatIsNotTextOrAFolderIsAnErrorAtItsReference() throws Exception {
        Files.write(write("bad.txt", "").toAbsolutePath(), new byte[] {'A', (byte) 0xC3, '\n'});
        assertEquals(".reportlint.json:1:44: \"reject\": \"bad.txt\": not valid UTF-8 text (bad.txt); save the list "
                + "in UTF-8", error("{\"root\": true, \"vocabularies\": [{\"reject\": \"bad.txt\"}]}").getMessage());
        Files.createDirectories(dir.resolve("folder"));
        String folder = error("{\"root\": true, \"vocabularies\": [{\"reject\": \"folder\"}]}").getMessage();
        assertEquals(true, folder.startsWith(".reportlint.json:1:44: \"reject\": \"folder\": cannot read folder: "),
                folder);
    }

    @Test
    void aBadEntryIsAnErrorAtItsOwnLineInTheListFile() throws Exception {
        write("styles/reject.txt", "leverage\n\nre:synerg(y|ies\n");
        ConfigException bad = error("{\"root\": true, \"vocabularies\": [{\"reject\": \"styles/reject.txt\"}]}");
        assertEquals("styles/reject.txt:3:4: pattern \"synerg(y|ies\": not valid RE2: missing closing )", bad.getMessage());
    }

    @Test
    void theShapeIsCheckedWithPositionsAndSuggestions() throws Exception {
        assertEquals(".reportlint.json:1:32: \"vocabularies\" must be an array of {\"accept\": FILE, \"reject\": FILE} "
                + "objects, not string", error("{\"root\": true, \"vocabularies\": \"styles\"}").getMessage());
        assertEquals(".reportlint.json:1:33: a vocabulary must be an object such as {\"accept\": "
                + "\"styles/accept.txt\", \"reject\": \"styles/reject.txt\"}, not string",
                error("{\"root\": true, \"vocabularies\": [\"styles\"]}").getMessage());
        assertEquals(".reportlint.json:1:34: unknown key \"acept\" in a vocabulary: use accept or reject (did you "
                + "mean \"accept\"?)", error("{\"root\": true, \"vocabularies\": [{\"acept\": \"a.txt\"}]}").getMessage());
        assertEquals(".reportlint.json:1:44: \"accept\" must be the path of a word list file, relative to this "
                + "config, not array", error("{\"root\": true, \"vocabularies\": [{\"accept\": [\"a.txt\"]}]}")
                .getMessage());
        assertEquals(".reportlint.json:1:33: a vocabulary needs \"accept\" or \"reject\" (or both): the path of a "
                + "word list file", error("{\"root\": true, \"vocabularies\": [{}]}").getMessage());
    }

    @Test
    void aTermBothAcceptedAndRejectedIsAnErrorAtTheRejectedEntry() throws Exception {
        write("accept.txt", "Acme\nleverage\n");
        write("sub/reject.txt", "synergy\n  leverage\n");
        write(".reportlint.json", "{\"root\": true, \"vocabularies\": [{\"accept\": \"accept.txt\"}]}");
        write("sub/.reportlint.json", "{\"vocabularies\": [{\"reject\": \"reject.txt\"}]}");
        ConfigException conflict = assertThrows(ConfigException.class,
                () -> resolver().rulesFor(dir.resolve("sub/a.html")));
        assertEquals("sub/reject.txt:2:3: \"leverage\" is also accepted (accept.txt:2), and an accepted term is never "
                + "reported: remove it from one list", conflict.getMessage());
    }

    @Test
    void aConfigOnTheClassPathReadsItsListsFromTheSameClassPath() throws Exception {
        Path jar = dir.resolve("house-style.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            entry(out, "house/reportlint.json", "{\"vocabularies\": [{\"accept\": \"words/accept.txt\"}]}");
            entry(out, "house/words/accept.txt", "Company A Ltd\n");
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            ConfigResolver resolver = new ConfigResolver(ConfigParserTest.REGISTRY, Map.of(), dir,
                    Optional.of(ConfigSource.classPath("house/reportlint.json", loader)));
            assertEquals(List.of("accept classpath:house/words/accept.txt 1"),
                    lists(resolver.rulesFor(dir.resolve("a.html")).vocabulary()));
        }
    }

    private static void entry(JarOutputStream out, String name, String text) throws Exception {
        out.putNextEntry(new JarEntry(name));
        out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.closeEntry();
    }

    @Test
    void withoutVocabulariesNothingIsInEffect() throws Exception {
        write(".reportlint.json", "{\"root\": true}");
        assertEquals(Vocabulary.none(), vocabularyOf(resolver(), "a.html"));
        assertEquals(VocabularyList.Kind.ACCEPT.key(), "accept");
    }
}
