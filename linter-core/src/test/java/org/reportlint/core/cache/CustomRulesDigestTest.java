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

/** One class implements every custom rule of a kind, so the digest must read the rule's definition too. */
class CustomRulesDigestTest {
    private static final String CONFIG = "{\"root\": true, \"customRules\": {\"house/x\": {\"kind\": \"existence\", "
            + "\"message\": \"MESSAGE\", \"patterns\": [\"PATTERN\"], \"scope\": \"SCOPE\"}}}";

    @TempDir
    Path folder;

    private String digest(String message, String pattern, String scope) throws Exception {
        Path dir = Files.createTempDirectory(folder, "c");
        Files.writeString(dir.resolve(ConfigResolver.FILE_NAME),
                CONFIG.replace("MESSAGE", message).replace("PATTERN", pattern).replace("SCOPE", scope));
        ConfigResolver resolver = new ConfigResolver(RuleRegistry.of(List.of()), Optional.empty(), Map.of(), dir);
        return new SettingsDigest().of(resolver.settingsFor(dir.resolve("a.html")));
    }

    @Test
    void changingAPatternMessageOrScopeChangesTheDigest() throws Exception {
        String base = digest("Avoid %s", "guaranteed", "text");
        assertEquals(base, digest("Avoid %s", "guaranteed", "text"));
        assertNotEquals(base, digest("Avoid %s", "guaranteed returns", "text"));
        assertNotEquals(base, digest("Do not write %s", "guaranteed", "text"));
        assertNotEquals(base, digest("Avoid %s", "guaranteed", "heading"));
    }
}
