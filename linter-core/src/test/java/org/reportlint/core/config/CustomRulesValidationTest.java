package org.reportlint.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every mistake in customRules is one line at FILE:LINE:COL, with a suggestion where one helps. */
class CustomRulesValidationTest {

    /** The rule body goes on line 2, after {@code {"customRules": {"house/x":}, so columns count from there. */
    private static String error(String rule) {
        String text = "{\"customRules\": {\n\"house/x\": " + rule + "}}";
        ConfigException invalid = assertThrows(ConfigException.class,
                () -> ConfigParser.parse(Path.of("c.json"), "c.json", text, RuleRegistry.of(List.of())));
        return invalid.getMessage();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{\"kind\": \"existance\", \"message\": \"m\", \"words\": [\"a\"]} | c.json:2:21: custom rule \"house/x\": unknown kind \"existance\": use one of existence, substitution, required, consistency, capitalization, figure (did you mean \"existence\"?)",
        "{\"kind\": \"existence\", \"mesage\": \"m\", \"words\": [\"a\"]} | c.json:2:34: custom rule \"house/x\": unknown key \"mesage\" for kind existence (did you mean \"message\"?)",
        "{\"kind\": \"existence\", \"message\": \"m\", \"swap\": {\"a\": \"b\"}} | c.json:2:50: custom rule \"house/x\": unknown key \"swap\" for kind existence (\"swap\" belongs to kind substitution)",
        "{\"kind\": \"existence\", \"words\": [\"a\"]} | c.json:2:12: custom rule \"house/x\" needs \"message\"",
        "{\"message\": \"m\"} | c.json:2:12: custom rule \"house/x\" needs \"kind\"",
        "{\"kind\": \"existence\", \"message\": \"m\"} | c.json:2:12: custom rule \"house/x\": kind existence needs \"patterns\" (RE2 patterns) or \"words\" (literal words and phrases)",
        "{\"kind\": \"required\", \"message\": \"m\", \"pattern\": \"a\", \"scope\": \"headings\"} | c.json:2:74: custom rule \"house/x\": unknown scope \"headings\": use one of text, heading, title, list-item, table-cell, link-text, attribute:alt, or a negation such as !heading (did you mean \"heading\"?)",
        "{\"kind\": \"required\", \"message\": \"m\", \"pattern\": \"a\", \"level\": \"eror\"} | c.json:2:74: custom rule \"house/x\": unknown level \"eror\": use one of error, warning, info (did you mean \"error\"?)",
        "{\"kind\": \"required\", \"message\": \"m\", \"pattern\": \"(?<=USD )[0-9]+\"} | c.json:2:60: custom rule \"house/x\": pattern \"(?<=USD )[0-9]+\": RE2 does not support look-behind (?<=...) / (?<!...) (at character 1): match the preceding text as part of the pattern, or use \\b for a word edge",
        "{\"kind\": \"required\", \"message\": \"m\", \"pattern\": \"USD(?! million)\"} | c.json:2:60: custom rule \"house/x\": pattern \"USD(?! million)\": RE2 does not support look-ahead (?=...) / (?!...) (at character 4): match the following text as part of the pattern, or use \\b for a word edge",
        "{\"kind\": \"required\", \"message\": \"m\", \"pattern\": \"(a)\\\\1\"} | c.json:2:60: custom rule \"house/x\": pattern \"(a)\\1\": RE2 does not support backreferences (\\1, \\k<name>) (at character 4): spell out the alternatives, or use a consistency rule for two spellings that must agree",
        "{\"kind\": \"required\", \"message\": \"m\", \"pattern\": \"a++\"} | c.json:2:60: custom rule \"house/x\": pattern \"a++\": RE2 does not support possessive quantifiers (a*+, a++) (at character 2): write the plain quantifier (a*, a+): RE2 never backtracks, so nothing is lost",
        "{\"kind\": \"required\", \"message\": \"m\", \"pattern\": \"(?>ab)\"} | c.json:2:60: custom rule \"house/x\": pattern \"(?>ab)\": RE2 does not support atomic groups (?>...) (at character 1): write a plain group (?:...): RE2 never backtracks, so nothing is lost",
        "{\"kind\": \"required\", \"message\": \"m\", \"pattern\": \"(ab\"} | c.json:2:60: custom rule \"house/x\": pattern \"(ab\": not valid RE2: missing closing )",
        "{\"kind\": \"substitution\", \"message\": \"m\", \"swap\": {\"a\": 1}} | c.json:2:67: custom rule \"house/x\": \"swap\" must be a string, not number",
        "{\"kind\": \"consistency\", \"message\": \"m\", \"either\": {}} | c.json:2:62: custom rule \"house/x\": \"either\" is empty",
        "{\"kind\": \"existence\", \"message\": \"m\", \"words\": [\"a\"], \"ignoreCase\": \"yes\"} | c.json:2:80: custom rule \"house/x\": \"ignoreCase\" must be true or false, not string",
    })
    void reportsTheMistakeWhereItIs(String rule, String message) {
        assertEquals(message, error(rule));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{\"kind\": \"figure\", \"message\": \"m\", \"fact\": \"cagrs\", \"max\": 25} | c.json:2:55: custom rule \"house/x\": unknown fact \"cagrs\": use one of cagr, market-size, forecast-period (did you mean \"cagr\"?)",
        "{\"kind\": \"figure\", \"message\": \"m\", \"fact\": \"cagr\"} | c.json:2:12: custom rule \"house/x\": fact cagr needs \"min\" or \"max\", such as \"max\": 25 for a CAGR of at most 25%",
        "{\"kind\": \"figure\", \"message\": \"m\", \"fact\": \"cagr\", \"max\": \"25%\"} | c.json:2:70: custom rule \"house/x\": \"max\" of fact cagr must be a number of percentage points, such as 25, not string (write 25)",
        "{\"kind\": \"figure\", \"message\": \"m\", \"fact\": \"cagr\", \"min\": 30, \"max\": 25} | c.json:2:70: custom rule \"house/x\": \"min\" 30% is above \"max\" 25%",
        "{\"kind\": \"figure\", \"message\": \"m\", \"fact\": \"cagr\", \"endYear\": 2032} | c.json:2:63: custom rule \"house/x\": \"endYear\" does not apply to fact cagr (\"endYear\" belongs to fact forecast-period): use min, max, historical, subjects",
        "{\"kind\": \"figure\", \"message\": \"m\", \"fact\": \"cagr\", \"max\": 25, \"subjects\": [\"segments\"]} | c.json:2:87: custom rule \"house/x\": unknown subject \"segments\": use market, segment, region, company, other-market (did you mean \"segment\"?)",
        "{\"kind\": \"figure\", \"message\": \"m\", \"fact\": \"cagr\", \"max\": 25, \"historical\": \"yes\"} | c.json:2:88: custom rule \"house/x\": \"historical\" must be true or false, not string",
        "{\"kind\": \"figure\", \"message\": \"m\", \"fact\": \"market-size\", \"max\": 500} | c.json:2:77: custom rule \"house/x\": \"max\" of fact market-size must be an amount with its currency, such as \"USD 500 billion\" or \"$1.2 Bn\", not number",
        "{\"kind\": \"figure\", \"message\": \"m\", \"fact\": \"market-size\", \"max\": \"500 billion\"} | c.json:2:77: custom rule \"house/x\": \"max\" \"500 billion\" is not one amount with its currency: write it as in \"USD 500 billion\" or \"$1.2 Bn\"",
        "{\"kind\": \"figure\", \"message\": \"m\", \"fact\": \"market-size\", \"min\": \"EUR 1 billion\", \"max\": \"USD 5 billion\"} | c.json:2:101: custom rule \"house/x\": \"min\" is in EUR but \"max\" in USD: give both in one currency",
        "{\"kind\": \"figure\", \"message\": \"m\", \"fact\": \"market-size\", \"max\": \"USD 5 billion\", \"year\": 30} | c.json:2:102: custom rule \"house/x\": \"year\" must be a year from 1900 to 2100, such as 2032, not 30",
        "{\"kind\": \"figure\", \"message\": \"m\", \"fact\": \"forecast-period\"} | c.json:2:12: custom rule \"house/x\": fact forecast-period needs \"startYear\" or \"endYear\", such as \"endYear\": 2032",
        "{\"kind\": \"figure\", \"message\": \"m\", \"fact\": \"forecast-period\", \"startYear\": 2032, \"endYear\": 2025} | c.json:2:104: custom rule \"house/x\": \"endYear\" 2025 must be after \"startYear\" 2032",
        "{\"kind\": \"figure\", \"message\": \"m\", \"fact\": \"forecast-period\", \"endyear\": 2032} | c.json:2:74: custom rule \"house/x\": unknown key \"endyear\" for kind figure (did you mean \"endYear\"?)",
        "{\"kind\": \"figure\", \"message\": \"m\", \"fact\": \"forecast-period\", \"endYear\": 2032, \"patterns\": [\"a\"]} | c.json:2:91: custom rule \"house/x\": unknown key \"patterns\" for kind figure (\"patterns\" belongs to kind existence)",
    })
    void reportsFigureRuleMistakesWhereTheyAre(String rule, String message) {
        assertEquals(message, error(rule));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "House_X | c.json:1:18: custom rule id \"House_X\" must be namespace/kebab-id, such as \"house/house-x\"",
        "noGuaranteed | c.json:1:18: custom rule id \"noGuaranteed\" must be namespace/kebab-id, such as \"house/no-guaranteed\"",
        "placeholder | c.json:1:18: custom rule id \"placeholder\" must be namespace/kebab-id, such as \"house/placeholder\"",
    })
    void idsAreNamespaced(String id, String message) {
        String text = "{\"customRules\": {\"" + id + "\": {\"kind\": \"existence\", \"message\": \"m\", \"words\": [\"a\"]}}}";
        ConfigException invalid = assertThrows(ConfigException.class,
                () -> ConfigParser.parse(Path.of("c.json"), "c.json", text, RuleRegistry.of(List.of())));
        assertEquals(message, invalid.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "house/y | c.json:1:12: unknown rule \"house/y\" (did you mean \"house/x\"?)",
    })
    void rulesMayNameDeclaredRulesOnly(String id, String message, @TempDir Path dir) throws Exception {
        String text = "{\"rules\": {\"" + id + "\": \"error\"}, \"customRules\": {\"house/x\": {\"kind\": \"existence\", "
                + "\"message\": \"m\", \"words\": [\"a\"]}}}";
        java.nio.file.Files.writeString(dir.resolve("c.json"), text);
        // A namespaced id may be declared by a base or an outer config, so the resolver, not the parser, refuses it.
        ConfigResolver resolver = new ConfigResolver(RuleRegistry.of(List.of()), java.util.Map.of(), dir,
                java.util.Optional.of(ConfigSource.file(dir.resolve("c.json"))));
        ConfigException invalid = assertThrows(ConfigException.class, () -> resolver.chainFor(dir));
        assertEquals(message, invalid.getMessage());
    }
}
