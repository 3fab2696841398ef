package org.reportlint.rules.mojibake;

/**
 * Recognises real text that happens to read as one misread character.
 *
 * <p>The cases: a capital ending a word in capitals or standing alone before punctuation ({@code IRMÃ”} and a quoted
 * {@code “Ã”} are the bytes of {@code Ô}), a standalone capital word or symbol ({@code Å}, {@code Ø 12 mm}), two
 * capitals of a Czech word ({@code VÝŠE}), and a French word ending in an accented letter before a no-break space and
 * a guillemet ({@code café »} is the bytes of a CJK character). Only a lone misread character needs this: mojibake of
 * a word is a chain of them, and real text almost never forms one.
 */
final class LegitimateSpelling {
    /**
     * Non-letters that follow a word in prose (footnote digits too), all of them in the continuation byte range.
     * The price is that damaged capitals such as {@code PIÃ™} (for {@code PIÙ}) at the end of a word are missed.
     */
    private static final String AFTER_WORD = "\u00A0\u2019\u201D\u201C\u2018\u00BB\u00AB\u203A\u2039\u2026\u2013"
            + "\u2014\u2022\u00B7\u00B0\u00AE\u00A9\u2122\u00B2\u00B3\u00B9\u00A1\u00BF\u2020\u2021\u00A7\u00B6";
    /**
     * Capitals that are words or symbols on their own: Swedish {@code Å Ö}, Danish {@code Æ Ø} (and the diameter
     * sign), Italian {@code È}, Portuguese {@code É}, Icelandic {@code Í}, Irish {@code Ó}.
     */
    private static final String STANDALONE_CAPITALS = "\u00C5\u00C6\u00C8\u00C9\u00CD\u00D3\u00D6\u00D8";
    /** Continuations that separate words like a space: a no-break space, and bullets in {@code T•Ø•R}. */
    private static final String SEPARATORS = "\u00A0\u2022\u00B7";
    /** Capital letters among the continuation characters. */
    private static final String CAPITAL_CONTINUATIONS = "\u0160\u017D\u0152\u0178";
    /** Capital leads that begin no real word before {@code Š Ž Œ Ÿ}, but typical mojibake. */
    private static final String MOJIBAKE_CAPITALS = "\u00C2\u00C3\u00CE\u00CF\u00D0\u00D1\u00D8\u00D9";
    /** What closes a quoted letter or short word, or separates spaced-out letters ({@code T•Ø•R}). */
    private static final String CLOSING = "\u2019\u2018\u201D\u201C\u00BB\u00AB\u203A\u2039\u2022";
    /**
     * Lowercase letters that start a three-byte sequence; {@code â} and {@code ï} are missing because words ending in
     * them are too rare to outweigh {@code â€™} and {@code ï»¿}.
     */
    private static final String LOWERCASE_THREE_BYTE_LEADS = "àáãäåæçèéêëìíî";

    private LegitimateSpelling() {
    }

    /** Whether the lone misread character in {@code text} is better explained as correctly spelled text. */
    static boolean explains(String text, MisreadCharacter character) {
        return explains(text, character, new NearestWords(text));
    }

    /**
     * Like {@link #explains(String, MisreadCharacter)}, with the nearest words of {@code text} shared by every
     * character asked about in it.
     */
    static boolean explains(String text, MisreadCharacter character, NearestWords words) {
        char lead = text.charAt(character.start());
        if (character.length() == 2) {
            return lead != '\u00C2'
                    && (endsWordBeforePunctuation(text, character, words) || isCapitalPair(text, character));
        }
        if (character.length() == 3 && LOWERCASE_THREE_BYTE_LEADS.indexOf(lead) >= 0) {
            return !Character.isLetter(text.charAt(character.start() + 1))
                    && !Character.isLetter(text.charAt(character.start() + 2));
        }
        return false;
    }

    private static boolean endsWordBeforePunctuation(String text, MisreadCharacter character, NearestWords words) {
        char lead = text.charAt(character.start());
        char following = text.charAt(character.start() + 1);
        boolean wordEnds = SEPARATORS.indexOf(following) >= 0 || character.end() == text.length()
                || !Character.isLetter(text.charAt(character.end()));
        if (AFTER_WORD.indexOf(following) < 0 || !wordEnds) {
            return false;
        }
        int stem = 0;
        while (stem < character.start() && isStemCharacter(text.charAt(character.start() - stem - 1))) {
            char c = text.charAt(character.start() - stem - 1);
            if (!Character.isUpperCase(c)) {
                // After a lowercase letter or a digit a capital cannot end a word ("cafÃ©", "10Ã—"): mojibake.
                return false;
            }
            stem++;
        }
        if (stem == 0) {
            // A capital on its own is a word ("Å", "È"), a symbol ("Ø 12 mm") or a quoted letter ("“Ã”"); other
            // lone capitals are the bytes of short words: "Ã©" is "é", "Ã " is "à", "Î·" is "η", "Ñ–" is "і".
            return STANDALONE_CAPITALS.indexOf(lead) >= 0 || CLOSING.indexOf(following) >= 0;
        }
        // After one capital: a word in capitals ("SÃ E SALVA", a quoted "”PÅ”"), or the bytes of a capitalised word
        // with a small accented letter ("OÃ¹ est" for "Où est").
        return stem > 1 || CLOSING.indexOf(following) >= 0 || isInCapitals(character, words);
    }

    /**
     * Whether the character is two capitals of a word in capitals, such as Czech {@code ÚŽASNÝ}, {@code VÝŠE} or
     * {@code NÍŽE}: a Latin capital lead followed by {@code Š Ž Œ Ÿ}, with a capital before or after. The leads whose
     * capital pairs are typical mojibake (Latin-1 {@code ÃŠ} for {@code Ê}, Cyrillic {@code ÐŸ} for {@code П},
     * Greek, Arabic) are not explained away.
     */
    private static boolean isCapitalPair(String text, MisreadCharacter character) {
        char lead = text.charAt(character.start());
        char following = text.charAt(character.start() + 1);
        if (CAPITAL_CONTINUATIONS.indexOf(following) < 0 || MOJIBAKE_CAPITALS.indexOf(lead) >= 0) {
            return false;
        }
        boolean capitalBefore = character.start() > 0 && Character.isUpperCase(text.charAt(character.start() - 1));
        boolean capitalAfter = character.end() < text.length() && Character.isUpperCase(text.charAt(character.end()));
        return capitalBefore || capitalAfter;
    }

    /**
     * Whether a character can belong to the word before a lead. Letters such as {@code œ} that a reader makes of
     * continuation bytes end the word instead, since they are the tail of misread punctuation ({@code â€œ}).
     */
    private static boolean isStemCharacter(char c) {
        int b = Windows1252.byteOf(c);
        return Character.isLetterOrDigit(c) && !(b >= 0x80 && b <= 0xBF);
    }

    /**
     * Whether the text around a character is in capitals: the nearest word with an ASCII letter after it, or else
     * before it, is all capitals. Words of misread characters only, such as {@code Ã }, prove nothing.
     */
    private static boolean isInCapitals(MisreadCharacter character, NearestWords words) {
        Boolean after = words.capitalsAfter(character.end());
        if (after != null) {
            return after;
        }
        Boolean before = words.capitalsBefore(character.start() - 1);
        return before != null && before;
    }
}
