package org.reportlint.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlint.core.vocabulary.VocabularyEntry;
import org.reportlint.core.vocabulary.VocabularyList;

/** The word list file format: entries, comments, blank lines, patterns, escapes, and each mistake at its place. */
class VocabularyListParserTest {

    private static VocabularyList accept(String text) throws ConfigException {
        return VocabularyListParser.parse(VocabularyList.Kind.ACCEPT, "styles/accept.txt", text);
    }

    private static ConfigException invalid(String text) {
        return assertThrows(ConfigException.class, () -> accept(text));
    }

    @Test
    void oneEntryALineWithCommentsAndBlankLinesSkipped() throws Exception {
        VocabularyList list = accept("# Real companies\n\nCompany A Ltd\n   Vendor X GmbH  \r\n  # indented comment\n"
                + "C#\n");
        assertEquals(List.of("Company A Ltd", "Vendor X GmbH", "C#"),
                list.entries().stream().map(VocabularyEntry::written).toList());
        assertEquals(List.of(3, 4, 6), list.entries().stream().map(VocabularyEntry::line).toList());
        assertEquals(List.of(1, 4, 1), list.entries().stream().map(VocabularyEntry::column).toList());
        assertEquals("styles/accept.txt", list.file());
    }

    @Test
    void aLeadingByteOrderMarkIsNotPartOfTheFirstEntry() throws Exception {
        VocabularyEntry entry = accept("\uFEFFAcme\n").entries().get(0);
        assertEquals("Acme", entry.written());
        assertEquals(1, entry.column());
    }

    @Test
    void aBackslashMakesTheRestLiteral() throws Exception {
        List<VocabularyEntry> entries = accept("\\#1 Brand\n\\re:Invent\n").entries();
        assertFalse(entries.get(0).pattern());
        assertEquals("#1 Brand", entries.get(0).term().source());
        assertFalse(entries.get(1).pattern());
        assertEquals("re:Invent", entries.get(1).term().source());
    }

    @Test
    void theCaseRuleIsDecidedByHowTheEntryIsWritten() throws Exception {
        List<VocabularyEntry> entries = accept("ebitda\nEBITDA\nCompany A Ltd\nre:company a\n").entries();
        assertTrue(entries.get(0).ignoreCase(), "no capitals: any case");
        assertFalse(entries.get(1).ignoreCase(), "capitals: exactly as written");
        assertFalse(entries.get(2).ignoreCase());
        assertFalse(entries.get(3).ignoreCase(), "a pattern matches as RE2 says, (?i) for any case");
        assertTrue(entries.get(3).pattern());
    }

    @Test
    void anInvalidPatternIsAnErrorAtItsLineAndColumnInTheListFile() {
        ConfigException error = invalid("# header\nAcme\n  re:(?<!un)guaranteed\n");
        assertEquals("styles/accept.txt:3:6: pattern \"(?<!un)guaranteed\": RE2 does not support look-behind "
                + "(?<=...) / (?<!...) (at character 1): match the preceding text as part of the pattern, or use \\b "
                + "for a word edge", error.getMessage());
        assertEquals("styles/accept.txt:1:4: pattern \"(unclosed\": not valid RE2: missing closing )",
                invalid("re:(unclosed").getMessage());
    }

    @Test
    void aPatternWithNothingOrOnlyEmptyMatchesIsRefused() {
        assertEquals("styles/accept.txt:2:1: entry \"re:\" has no pattern after \"re:\" (write \\re: to accept the "
                + "literal text)", invalid("Acme\nre:\n").getMessage());
        assertEquals("styles/accept.txt:1:4: pattern \"x*\" matches empty text; an entry must match at least one "
                + "character", invalid("re:x*").getMessage());
    }

    @Test
    void aControlCharacterIsRefusedAtItsColumn() {
        assertEquals("styles/accept.txt:1:5: entry \"Acme?Corp\" holds a control character; a word list is plain "
                + "text, one entry a line", invalid("Acme\u0007Corp").getMessage());
    }

    @Test
    void anEmptyFileIsAnEmptyList() throws Exception {
        assertEquals(List.of(), accept("").entries());
        assertEquals(List.of(), accept("# nothing yet\n\n").entries());
    }
}
