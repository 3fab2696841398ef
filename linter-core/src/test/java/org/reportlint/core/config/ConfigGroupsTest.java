package org.reportlint.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reportlint.core.result.DocumentGroups;

/** The {@code groups} map of a config: parsed in order, validated at positions, matched relative to its folder. */
class ConfigGroupsTest {
    private static final RuleRegistry NO_RULES = RuleRegistry.of(List.of());

    private static ConfigFile parse(Path path, String json) throws ConfigException {
        return ConfigParser.parse(path, ".reportlint.json", json, NO_RULES);
    }

    private static String error(String json) {
        return assertThrows(ConfigException.class, () -> parse(Path.of(".reportlint.json"), json)).getMessage();
    }

    @Test
    void groupsKeepTheirOrder() throws Exception {
        ConfigFile config = parse(Path.of(".reportlint.json"),
                "{\"groups\": {\"vendor-b\": [\"reports/b/**\"], \"vendor-a\": [\"reports/a/**\", \"legacy/a-*\"]}}");
        assertEquals(List.of("vendor-b", "vendor-a"), List.copyOf(config.groups().keySet()));
        assertEquals(List.of("reports/a/**", "legacy/a-*"), config.groups().get("vendor-a"));
        assertEquals(Map.of(), parse(Path.of(".reportlint.json"), "{}").groups());
    }

    @Test
    void aBadGroupIsAnErrorAtItsPosition() {
        assertEquals(".reportlint.json:1:12: \"groups\" must be an object, not array", error("{\"groups\": []}"));
        assertEquals(".reportlint.json:2:8: group \"a\" must be a non-empty list of globs, not string",
                error("{\"groups\": {\n  \"a\": \"reports/a/**\"}}"));
        assertEquals(".reportlint.json:1:18: group \"a\" must be a non-empty list of globs, not array",
                error("{\"groups\": {\"a\": []}}"));
        assertEquals(".reportlint.json:1:27: group \"a\" must hold glob strings, not number",
                error("{\"groups\": {\"a\": [\"x/**\", 3]}}"));
        assertEquals(".reportlint.json:1:19: group \"a\" must hold glob strings, not an empty string",
                error("{\"groups\": {\"a\": [\"\"]}}"));
        assertEquals(".reportlint.json:1:13: a group needs a name", error("{\"groups\": {\" \": [\"a/**\"]}}"));
        assertEquals(".reportlint.json:1:2: unknown key \"group\" (did you mean \"groups\"?)",
                error("{\"group\": {}}"));
    }

    @Test
    void globsAreRelativeToTheConfigsFolderAndTheFirstMatchWins() throws Exception {
        Path root = Path.of("/work/project").toAbsolutePath();
        ConfigFile config = parse(root.resolve(".reportlint.json"),
                "{\"groups\": {\"special\": [\"reports/a/special-*.html\"], \"vendor-a\": [\"reports/a/**\"]}}");
        DocumentGroups groups = ConfiguredGroups.of(List.of(config), root.resolve("reports"));
        assertEquals(Optional.of("special"), groups.configuredGroupOf("a/special-1.html"));
        assertEquals(Optional.of("vendor-a"), groups.configuredGroupOf("a/deep/x.md"));
        assertEquals(Optional.of(DocumentGroups.OTHER), groups.configuredGroupOf("b/x.md"));
        assertEquals(Optional.empty(), ConfiguredGroups.of(List.of(), root).configuredGroupOf("a/x.md"));
    }
}
