package org.reportlint.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reportlint.core.document.DocumentFormat;
import org.reportlint.core.rule.OptionSpec;
import org.reportlint.core.rule.Rule;
import org.reportlint.core.rule.RuleContext;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.Severity;

class ConfigParserTest {

    static final Rule PLACEHOLDER = new Rule() {
        private final RuleMetadata metadata = RuleMetadata.builder("placeholder").summary("s")
                .severity(Severity.ERROR)
                .option("allow", OptionSpec.Type.STRING_LIST, List.of(), "literal strings never flagged")
                .option("strict", OptionSpec.Type.BOOLEAN, false, "b")
                .option("groups", OptionSpec.Type.STRING_LISTS, List.of(), "groups of names")
                .build();

        @Override
        public RuleMetadata metadata() {
            return metadata;
        }

        @Override
        public void check(RuleContext context) {
        }
    };

    static final Rule DATE_RANGE = new Rule() {
        private final RuleMetadata metadata = RuleMetadata.builder("date-range").summary("s")
                .option("asOf", OptionSpec.Type.INTEGER, 0, "year").build();

        @Override
        public RuleMetadata metadata() {
            return metadata;
        }

        @Override
        public void check(RuleContext context) {
        }
    };

    static final RuleRegistry REGISTRY = RuleRegistry.of(List.of(PLACEHOLDER, DATE_RANGE));

    private static ConfigFile parse(String json) throws ConfigException {
        return ConfigParser.parse(Path.of(".reportlint.json"), json, REGISTRY);
    }

    private static String error(String json) {
        return assertThrows(ConfigException.class, () -> parse(json)).getMessage();
    }

    @Test
    void readsEveryKeyWithCommentsAndTrailingCommas() throws Exception {
        ConfigFile config = parse("""
                // team settings
                {
                  "root": true,
                  "extends": "all", /* everything */
                  "rules": {
                    "placeholder": ["warning", {"allow": ["Company X Ltd"]}],
                    "date-range": "off",
                  },
                  "include": ["**/*.html"],
                  "exclude": ["drafts/**"],
                  "overrides": [{"files": "legacy/**", "rules": {"placeholder": "info"}}]
                }
                """);
        assertEquals(true, config.root());
        assertEquals(Optional.of(Preset.ALL), config.preset());
        assertEquals(new RuleSetting(Optional.of(Severity.WARNING), Optional.of(Map.of("allow", List.of("Company X Ltd")))),
                config.rules().get("placeholder"));
        assertEquals(RuleSetting.off(), config.rules().get("date-range"));
        assertEquals(Optional.of(List.of("drafts/**")), config.exclude());
        assertEquals(List.of("legacy/**"), config.overrides().get(0).files());
    }

    @Test
    void unknownRuleIsLocatedAndSuggested() {
        assertEquals(".reportlint.json:4:5: unknown rule \"placeholders\" (did you mean \"placeholder\"?)",
                error("{\n  \"root\": true,\n  \"rules\": {\n    \"placeholders\": \"error\"\n  }\n}"));
    }

    @Test
    void wrongLevel() {
        assertEquals(".reportlint.json:1:27: unknown level \"fatal\": use one of off, info, warning, error",
                error("{\"rules\": {\"placeholder\": \"fatal\"}}"));
        assertEquals(".reportlint.json:1:27: unknown level \"eror\": use one of off, info, warning, error (did you mean \"error\"?)",
                error("{\"rules\": {\"placeholder\": \"eror\"}}"));
    }

    @Test
    void badOptionType() {
        assertEquals(".reportlint.json:1:47: option \"allow\" must be an array of strings, not string",
                error("{\"rules\": {\"placeholder\": [\"error\", {\"allow\": \"Acme\"}]}}"));
        assertEquals(".reportlint.json:1:47: option \"asOf\" must be an integer, not number",
                error("{\"rules\": {\"date-range\": [\"warning\", {\"asOf\": 2026.5}]}}"));
    }

    @Test
    void anOptionOfGroupsOfStrings() throws ConfigException {
        ConfigFile config = parse("{\"rules\": {\"placeholder\": [\"error\", {\"groups\": [[\"EV\", \"electric vehicle\"],"
                + " [\"AI\"]]}]}}");
        assertEquals(Optional.of(Map.of("groups", List.of(List.of("EV", "electric vehicle"), List.of("AI")))),
                config.rules().get("placeholder").options());
        assertEquals(".reportlint.json:1:48: option \"groups\" must be an array of arrays of strings, not array",
                error("{\"rules\": {\"placeholder\": [\"error\", {\"groups\": [\"EV\", \"electric vehicle\"]}]}}"));
    }

    @Test
    void unknownOptionIsSuggested() {
        assertEquals(".reportlint.json:1:38: unknown option \"alow\" for rule \"placeholder\" (did you mean \"allow\"?)",
                error("{\"rules\": {\"placeholder\": [\"error\", {\"alow\": []}]}}"));
    }

    @Test
    void unknownTopLevelKeyAndPreset() {
        assertEquals(".reportlint.json:1:2: unknown key \"rule\" (did you mean \"rules\"?)", error("{\"rule\": {}}"));
        assertEquals(".reportlint.json:1:13: unknown preset \"recomended\": use one of recommended, all, none"
                + " (did you mean \"recommended\"?)", error("{\"extends\": \"recomended\"}"));
    }

    @Test
    void invalidJsonIsLocated() {
        assertEquals(".reportlint.json:3:19: expected a ':' after the key",
                error("{\n  \"rules\": {\n    \"placeholder\" \"error\"\n  }\n}"));
        assertEquals(".reportlint.json:1:1: the configuration must be an object, not array", error("[]"));
        assertEquals(".reportlint.json:1:14: duplicate key \"root\"", error("{\"root\":true,\"root\":false}"));
    }

    @Test
    void invalidJsonReasonsAreShortSentencesWithoutParserInternals() {
        assertEquals(".reportlint.json:3:5: expected a ',' or '}' after a value",
                error("{\n  \"root\": true\n    \"rules\": {}\n}"));
        assertEquals(".reportlint.json:1:10: expected a ',' or ']' after a value", error("{\"a\": [1 2]}"));
        assertEquals(".reportlint.json:1:3: unexpected 'r': expected a key in double quotes", error("{ root: true}"));
        assertEquals(".reportlint.json:1:10: unexpected ''': expected a value (a string, number, true, false, null,"
                + " array or object)", error("{\"root\": 'x'}"));
        assertEquals(".reportlint.json:1:10: unexpected word \"tru\": expected a value (a string, number, true, false,"
                + " null, array or object)", error("{\"root\": tru}"));
        assertEquals(".reportlint.json:1:14: the file ends before the JSON is complete (missing '}' or ']'?)",
                error("{\"root\": true"));
        assertEquals(".reportlint.json:1:12: the file ends inside a string (missing closing '\"')", error("{\"root\": \"x"));
        assertEquals(".reportlint.json:1:19: the file ends inside a comment", error("{\"root\": true /* x"));
        assertEquals(".reportlint.json:1:15: unexpected '}' with nothing open to close", error("{\"root\": true}}"));
        assertEquals(".reportlint.json:1:11: invalid number", error("{\"root\": 01}"));
        assertEquals(".reportlint.json:1:12: invalid escape sequence in a string", error("{\"root\": \"\\q\"}"));
        for (String broken : List.of("{\"a\": 1", "{\"a\" 1}", "[1,,2]", "{\"a\": \"\t\"}", "{\"a\": -}")) {
            String message = error(broken);
            assertEquals(false, message.contains("Source") || message.contains("jackson") || message.contains("code "),
                    message);
        }
    }

    @Test
    void formatsMapGlobsToFormatsInFileOrder() throws Exception {
        ConfigFile config = parse("{\"formats\": {\"**/*.txt\": \"markdown\", \"legacy/**\": \"html\", "
                + "\"notes/*.md\": \"text\"}}");
        assertEquals(List.of("**/*.txt", "legacy/**", "notes/*.md"), List.copyOf(config.formats().keySet()));
        assertEquals(List.of(DocumentFormat.MARKDOWN, DocumentFormat.HTML, DocumentFormat.TEXT),
                List.copyOf(config.formats().values()));
        assertEquals(Map.of(), parse("{}").formats());
    }

    @Test
    void anUnknownFormatIsAnErrorAtItsValue() {
        ConfigException unknown = assertThrows(ConfigException.class,
                () -> parse("{\n  \"formats\": {\n    \"**/*.txt\": \"markdwn\"\n  }\n}"));
        assertEquals(".reportlint.json:3:17: unknown format \"markdwn\" for \"**/*.txt\": use one of html, "
                + "markdown, text (did you mean \"markdown\"?)", unknown.getMessage());
        ConfigException number = assertThrows(ConfigException.class, () -> parse("{\"formats\": {\"*.txt\": 1}}"));
        assertEquals(".reportlint.json:1:23: the format of \"*.txt\" must be one of html, markdown, text, not number",
                number.getMessage());
        ConfigException list = assertThrows(ConfigException.class, () -> parse("{\"formats\": [\"html\"]}"));
        assertEquals(".reportlint.json:1:13: \"formats\" must be an object, not array", list.getMessage());
    }

    @Test
    void aGlobThatCannotMeanWhatWasWrittenIsAnErrorAtItsPosition() {
        assertEquals(".reportlint.json:1:24: invalid glob \"reports/[a.html\" in \"include\": unclosed [ at "
                + "character 9", error("{\"include\": [\"*.html\", \"reports/[a.html\"]}"));
        assertEquals(".reportlint.json:2:15: invalid glob \"**/*.{html,md\" in \"exclude\": unclosed { (1 left open)",
                error("{\n  \"exclude\": [\"**/*.{html,md\"]}"));
        assertEquals(".reportlint.json:1:27: invalid glob \"a}.html\" in \"files\": } at character 2 closes no {",
                error("{\"overrides\": [{\"files\": [\"a}.html\"], \"rules\": {}}]}"));
        assertEquals(".reportlint.json:1:14: invalid glob \"\" in \"include\": an empty glob matches no file",
                error("{\"include\": [\"\"]}"));
        assertEquals(".reportlint.json:1:14: invalid glob \"[x.txt\" in \"formats\": unclosed [ at character 1",
                error("{\"formats\": {\"[x.txt\": \"html\"}}"));
    }

    @Test
    void bracketsAndBracesThatCloseAreValid() throws Exception {
        assertEquals(Optional.of(List.of("**/*.{html,md}", "page[0-9].html", "a{b,{c,d}}")),
                parse("{\"include\": [\"**/*.{html,md}\", \"page[0-9].html\", \"a{b,{c,d}}\"]}").include());
    }
}

