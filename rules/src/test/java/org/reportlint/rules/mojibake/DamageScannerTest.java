package org.reportlint.rules.mojibake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DamageScannerTest {
    /** Marks that follow a word in real prose; each sentence is also checked with them after every word. */
    private static final List<String> AFTER_WORD = List.of("’", "”", "“", "»", "\u00A0»", "…", "…»", "–", "—",
            "\u00A0–", "®", "™", "©", "°", "²", "\u00A0:", "\u00A0;", "\u00A0?", "\u00A0!", "\u00A0%", "·", "•",
            "\u202F»", "¿", "¡", "†");
    private static final List<String[]> QUOTES = List.of(new String[] {"“", "”"}, new String[] {"«\u00A0", "\u00A0»"},
            new String[] {"„", "“"}, new String[] {"”", "”"}, new String[] {"‘", "’"}, new String[] {"»", "«"},
            new String[] {"«", "»"}, new String[] {"‚", "‘"});

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "marketâ€™s|’",
        "â€œquotedâ€\u009D|“",
        "cafÃ©|é",
        "ZÃ¼rich|ü",
        "Â©|©",
        "ï»¿|\uFEFF",
        "â€”|—",
        "â€“|–",
        "â€¦|…",
        "â„¢|™",
        "Ã¢â‚¬â„¢|’",
        "ÃƒÂ©|é",
        "ä¸­æ–‡|中文",
        "Ð¿Ñ€Ð¸Ð²ÐµÑ‚|привет",
        "Î±Î²Î³|αβγ",
        "ðŸ˜€|😀",
        "SÃ£o|ã",
        "10Ã—|×",
        "siÄ™|ę",
    })
    void reversesTypicalMojibake(String damaged, String firstOriginal) {
        List<Damage> damage = DamageScanner.scan(damaged, true);
        assertTrue(!damage.isEmpty(), damaged);
        assertEquals(Damage.Kind.MISREAD, damage.get(0).kind());
        assertTrue(damage.get(0).original().startsWith(firstOriginal), damage.get(0).original());
    }

    @Test
    void doubleEncodingIsPeeledTwice() {
        Damage damage = DamageScanner.scan("Ã¢â‚¬â„¢", true).get(0);
        assertEquals("’", damage.original());
        assertEquals(2, damage.rounds());
        assertEquals(Optional.of(Misreading.WINDOWS_1252), damage.exactMisreading());
    }

    @Test
    void latin1ReadingIsRepairedWhenItIsTheExactRoundTrip() {
        Damage damage = DamageScanner.scan("market\u00E2\u0080\u0099s", true).get(0);
        assertEquals("’", damage.original());
        assertEquals(Optional.of(Misreading.LATIN_1), damage.exactMisreading());
    }

    @Test
    void undefinedWindows1252BytesPassThroughAsControls() {
        Damage damage = DamageScanner.scan("â€\u009D", true).get(0);
        assertEquals("”", damage.original());
        assertEquals(Optional.of(Misreading.WINDOWS_1252), damage.exactMisreading());
    }

    @Test
    void mixedReadingsAreReportedWithoutRepair() {
        // One character shown by a Windows-1252 reader, the next by a Latin-1 reader: no single reader explains both.
        Damage damage = DamageScanner.scan("â€™\u00E2\u0080\u0099", true).get(0);
        assertEquals("’’", damage.original());
        assertEquals(Optional.empty(), damage.repair());
    }

    @Test
    void byteOrderMarkAsTextIsRemoved() {
        assertEquals(Optional.of(""), DamageScanner.scan("ï»¿Title", true).get(0).repair());
    }

    @Test
    void noBreakSpaceIsRepaired() {
        Damage damage = DamageScanner.scan("USD\u00A05Â\u00A0billion", true).get(0);
        assertEquals(List.of(5, 7), List.of(damage.start(), damage.end()));
        assertEquals(Optional.of("\u00A0"), damage.repair());
    }

    @Test
    void strayLeadBeforeAPlainSpaceIsReportedWithoutRepair() {
        List<Damage> damage = DamageScanner.scan("USD 5Â billion", true);
        assertEquals(1, damage.size());
        assertEquals(Damage.Kind.STRAY_NO_BREAK_SPACE_LEAD, damage.get(0).kind());
        assertEquals(List.of(5, 6), List.of(damage.get(0).start(), damage.get(0).end()));
        assertEquals(Optional.empty(), damage.get(0).repair());
    }

    @Test
    void punctuationThatLostItsLastByteIsReportedWithoutRepair() {
        List<Damage> damage = DamageScanner.scan("â€œQuotedâ€ text", true);
        assertEquals(2, damage.size());
        assertEquals(Damage.Kind.LOST_BYTE, damage.get(1).kind());
        assertEquals(List.of(9, 11), List.of(damage.get(1).start(), damage.get(1).end()));
    }

    @Test
    void replacementCharactersAreOneFindingPerRunAndOnlyWhenAsked() {
        List<Damage> damage = DamageScanner.scan("a\uFFFD\uFFFDb \uFFFD", true);
        assertEquals(2, damage.size());
        assertEquals(List.of(1, 3), List.of(damage.get(0).start(), damage.get(0).end()));
        assertEquals(List.of(), DamageScanner.scan("a\uFFFD\uFFFDb \uFFFD", false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"café", "Ångström", "Ørsted", "São Paulo", "SÃO PAULO", "Zürich", "naïve", "Å",
        "ROMÂNIA", "CÂMARA", "±0.5 °C", "3 × 4", "€12, £9, ¥1,200", "’ “ ” – —", "Добрый день", "Καλημέρα",
        "中文", "😀", "IRMÃ”", "“Ã”", "”Å”", "PÅ”", "Ø\u00A012 mm", "café\u00A0»", "voilà\u00A0»", "Hawaï\u00A0»",
        "fête\u00A0–", "et café…»", "„Fuß“", "«\u00A0ÉTÉ\u00A0»", "CAFÉ»", "2\u00A0×\u00A03", "Â", "ÂÂ",
        "ÚŽASNÝ", "VÝŠE", "NÍŽE", "ÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ", "ÅÄÖŠŽåäöšž", "T•Ø•R•Ü•S"})
    void legitimateTextIsNotDamage(String text) {
        assertEquals(List.of(), DamageScanner.scan(text, true), text);
    }

    @Test
    void sentencesInManyLanguagesAreNotDamageInAnySpellingOrPunctuation() {
        List<String> flagged = new ArrayList<>();
        int checked = 0;
        for (String sentence : sentences()) {
            for (String variant : variants(sentence)) {
                checked++;
                if (!DamageScanner.scan(variant, true).isEmpty()) {
                    flagged.add(variant);
                }
            }
        }
        assertTrue(checked > 10_000, "checked " + checked);
        assertEquals(List.of(), flagged);
    }

    @Test
    void everySentenceMisreadAsWindows1252IsRepairedExactly() {
        List<String> unrepaired = new ArrayList<>();
        for (String sentence : sentences()) {
            // Known gaps: Hebrew and Vietnamese, see the next test; "Š" is "Å" and a no-break space, read like
            // Swedish "Å i"; a capital "Ù" ending a word is "Ã™", read like a word in capitals and a trademark sign.
            boolean vietnamese = sentence.codePoints()
                    .anyMatch(cp -> Character.UnicodeBlock.of(cp) == Character.UnicodeBlock.LATIN_EXTENDED_ADDITIONAL);
            if (isIn(sentence, Character.UnicodeScript.HEBREW) || vietnamese || sentence.contains("Škoda")
                    || sentence.contains("PIÙ ")) {
                continue;
            }
            for (int rounds = 1; rounds <= 2; rounds++) {
                String damaged = Misreading.WINDOWS_1252.misread(sentence, rounds);
                if (!repairAll(damaged).equals(sentence)) {
                    unrepaired.add(rounds + ": " + damaged + " -> " + repairAll(damaged));
                }
            }
        }
        assertEquals(List.of(), unrepaired);
    }

    /**
     * Every damaged sentence is found, whichever reader damaged it, except Hebrew: it starts with "×", which is left
     * alone for the sake of "2 × 3". Vietnamese is found but not wholly repaired: a lone "á»‹" (for "ị") reads
     * like Spanish "«está»—" and is left alone.
     */
    @Test
    void everySentenceMisreadByEitherReaderIsFound() {
        List<String> missed = new ArrayList<>();
        for (Misreading reader : Misreading.values()) {
            for (String sentence : sentences()) {
                String damaged = reader.misread(sentence, 1);
                boolean found = !DamageScanner.scan(damaged, true).isEmpty();
                if (!damaged.equals(sentence) && !found && !isIn(sentence, Character.UnicodeScript.HEBREW)) {
                    missed.add(reader + ": " + sentence);
                }
            }
        }
        assertEquals(List.of(), missed);
    }

    private static boolean isIn(String sentence, Character.UnicodeScript script) {
        return sentence.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == script);
    }

    private static String repairAll(String damaged) {
        List<Damage> damage = DamageScanner.scan(damaged, true);
        StringBuilder repaired = new StringBuilder(damaged);
        for (int i = damage.size() - 1; i >= 0; i--) {
            Damage d = damage.get(i);
            repaired.replace(d.start(), d.end(), d.repair().orElse(damaged.substring(d.start(), d.end())));
        }
        return repaired.toString();
    }

    private static List<String> variants(String sentence) {
        List<String> variants = new ArrayList<>();
        for (String base : List.of(sentence, sentence.toUpperCase(Locale.ROOT), sentence.replace(' ', '\u00A0'))) {
            variants.add(base);
            String[] words = base.split(" ");
            for (int i = 0; i < words.length; i++) {
                for (String mark : AFTER_WORD) {
                    variants.add(replaceWord(words, i, words[i] + mark));
                }
                for (String[] quote : QUOTES) {
                    variants.add(replaceWord(words, i, quote[0] + words[i] + quote[1]));
                }
            }
        }
        return variants;
    }

    private static String replaceWord(String[] words, int index, String replacement) {
        String[] copy = words.clone();
        copy[index] = replacement;
        return String.join(" ", copy);
    }

    static List<String> sentences() {
        try (InputStream in = DamageScannerTest.class.getResourceAsStream("/fixtures/mojibake/sentences.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        } catch (IOException failure) {
            throw new IllegalStateException(failure);
        }
    }
}
