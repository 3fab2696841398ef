package org.reportlint.core.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlint.core.config.ConfigResolver;
import org.reportlint.core.config.RuleRegistry;

/** A cached result must not survive an edit to a word list, although no config file changed. */
class VocabularyDigestTest {
    @TempDir
    Path dir;

    private String digest(String accept, String reject) throws Exception {
        Files.writeString(dir.resolve("accept.txt"), accept);
        Files.writeString(dir.resolve("reject.txt"), reject);
        Files.writeString(dir.resolve(ConfigResolver.FILE_NAME), "{\"root\": true, \"vocabularies\": "
                + "[{\"accept\": \"accept.txt\", \"reject\": \"reject.txt\"}]}");
        // A new resolver, as a new run has: one resolver reads each list once.
        ConfigResolver resolver = new ConfigResolver(RuleRegistry.of(List.of()), Optional.empty(), Map.of(), dir);
        return new SettingsDigest().of(resolver.settingsFor(dir.resolve("a.html")));
    }

    @Test
    void editingAListFileChangesTheDigestAndACommentOnlyEditDoesNot() throws Exception {
        String base = digest("Company A Ltd\n", "leverage\n");
        assertEquals(base, digest("Company A Ltd\n", "leverage\n"));
        assertEquals(base, digest("# real names\nCompany A Ltd\n\n", "leverage\n"), "comments and blank lines");
        assertNotEquals(base, digest("Company A Ltd\nVendor X GmbH\n", "leverage\n"));
        assertNotEquals(base, digest("Company A Ltd\n", "leverage\nsynergy\n"));
        assertNotEquals(base, digest("company a ltd\n", "leverage\n"), "the case of an entry is its case rule");
    }

    @Test
    void noListsDigestAsBefore() throws Exception {
        Files.writeString(dir.resolve(ConfigResolver.FILE_NAME), "{\"root\": true}");
        ConfigResolver resolver = new ConfigResolver(RuleRegistry.of(List.of()), Optional.empty(), Map.of(), dir);
        assertEquals(true, new SettingsDigest().describe(resolver.settingsFor(dir.resolve("a.html"))).lines()
                .noneMatch(line -> line.startsWith("vocabulary ")));
    }
}
