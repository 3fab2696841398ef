package org.reportlint.rules.mojibake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds encoding damage in a text by trying to reverse it: a chain of characters that a single-byte reader makes of
 * UTF-8 bytes is re-encoded to those bytes and decoded again as strict UTF-8, and again while the result is itself
 * such a chain (double-encoded text).
 *
 * <p>Legitimate accented text almost never forms such a chain: it would need a capital such as {@code Ã} directly
 * followed by a symbol such as {@code ©}. The few real spellings that do form one alone, a capitalised word ending in
 * {@code Ã} before a closing quote for instance, are left to {@link LegitimateSpelling}.
 */
final class DamageScanner {
    private static final int MAX_ROUNDS = 3;
    /** How much text around a chain decides whether its repair is itself damaged: a word before and one after. */
    private static final int CONTEXT = 64;

    private final NearestWords words;
    private final List<Damage> damage = new ArrayList<>();
    /** Characters the scan stepped over and misread characters it judged. */
    private long steps;

    private DamageScanner(String text) {
        this.words = new NearestWords(text);
    }

    /**
     * The damage in {@code text}, in order. Replacement characters are included only when {@code replacementCharacters}
     * is set, that is when the file's own decoding did not produce them.
     */
    static List<Damage> scan(String text, boolean replacementCharacters) {
        return scanned(text, replacementCharacters).damage;
    }

    /**
     * The scanner after scanning {@code text}, for tests that check the work grows linearly: the characters the
     * nearest-word questions about lone misread characters read.
     */
    static DamageScanner scanned(String text, boolean replacementCharacters) {
        DamageScanner scanner = new DamageScanner(text);
        scanner.run(text, replacementCharacters);
        return scanner;
    }

    long work() {
        return steps + words.work();
    }

    List<Damage> damage() {
        return List.copyOf(damage);
    }

    private void run(String text, boolean replacementCharacters) {
        int i = 0;
        while (i < text.length()) {
            steps++;
            char c = text.charAt(i);
            if (c == '\uFFFD') {
                int end = i;
                while (end < text.length() && text.charAt(end) == '\uFFFD') {
                    end++;
                }
                if (replacementCharacters) {
                    damage.add(Damage.of(Damage.Kind.REPLACEMENT_CHARACTER, i, end));
                }
                i = end;
                continue;
            }
            if (!isTypicalLead(c)) {
                i++;
                continue;
            }
            List<MisreadCharacter> chain = chainAt(text, i);
            if (!chain.isEmpty()) {
                damage.addAll(damagedRuns(text, chain));
                i = chain.get(chain.size() - 1).end();
                continue;
            }
            if (c == '\u00E2' && i + 1 < text.length() && text.charAt(i + 1) == '\u20AC') {
                damage.add(Damage.of(Damage.Kind.LOST_BYTE, i, i + 2));
                i += 2;
                continue;
            }
            if (c == '\u00C2' && isStrayNoBreakSpaceLead(text, i)) {
                damage.add(Damage.of(Damage.Kind.STRAY_NO_BREAK_SPACE_LEAD, i, i + 1));
            }
            i++;
        }
    }

    /**
     * The damaged runs of a chain. A no-break space ends a word even inside a chain ({@code MAÇÃ É}, with no-break
     * spaces, is two words that each read as a misread character), so each word of the chain is judged on its own and
     * adjacent damaged words are joined again into one run.
     */
    private List<Damage> damagedRuns(String text, List<MisreadCharacter> chain) {
        List<Damage> runs = new ArrayList<>();
        List<MisreadCharacter> run = new ArrayList<>();
        List<MisreadCharacter> word = new ArrayList<>();
        for (int k = 0; k < chain.size(); k++) {
            MisreadCharacter character = chain.get(k);
            steps++;
            word.add(character);
            boolean wordEnds = character.length() == 2 && text.charAt(character.end() - 1) == '\u00A0';
            if (!wordEnds && k < chain.size() - 1) {
                continue;
            }
            if (word.size() > 1 || !LegitimateSpelling.explains(text, word.get(0), words)) {
                run.addAll(word);
            } else if (!run.isEmpty()) {
                misread(text, run).ifPresent(runs::add);
                run = new ArrayList<>();
            }
            word = new ArrayList<>();
        }
        if (!run.isEmpty()) {
            misread(text, run).ifPresent(runs::add);
        }
        return runs;
    }

    /** The longest chain of adjacent misread characters starting at {@code index}, each with a typical lead. */
    private static List<MisreadCharacter> chainAt(String text, int index) {
        List<MisreadCharacter> chain = new ArrayList<>();
        int at = index;
        while (at < text.length() && isTypicalLead(text.charAt(at))) {
            MisreadCharacter character = MisreadCharacter.at(text, at);
            if (character == null) {
                break;
            }
            chain.add(character);
            at = character.end();
        }
        return chain;
    }

    /**
     * Whether {@code c} is what a single-byte reader shows for a UTF-8 lead byte that mojibake starts with: every
     * two-byte lead ({@code Â Ã Ä Å}, Greek {@code Î Ï}, Cyrillic {@code Ð Ñ}, Arabic {@code Ø Ù} and more), every
     * three-byte lead ({@code à} to {@code ï}) and {@code ð} for emoji. Hebrew's {@code ×} is left out, since
     * {@code 2 × 3} with no-break spaces would read as a Hebrew letter, and so is {@code ß}, since German
     * {@code „Fuß“} would read as an N'Ko letter.
     */
    private static boolean isTypicalLead(char c) {
        return (c >= '\u00C2' && c <= '\u00DE' && c != '\u00D7') || (c >= '\u00E0' && c <= '\u00F0');
    }

    /**
     * The chain re-decoded, then re-decoded again while the repaired text, in its context, is itself damage; empty
     * when the result is not text, such as a lone control.
     */
    private static Optional<Damage> misread(String text, List<MisreadCharacter> chain) {
        int start = chain.get(0).start();
        int end = chain.get(chain.size() - 1).end();
        String damaged = text.substring(start, end);
        String before = text.substring(Math.max(0, start - CONTEXT), start);
        String after = text.substring(end, Math.min(text.length(), end + CONTEXT));
        String original = decode(chain);
        int rounds = 1;
        while (rounds < MAX_ROUNDS) {
            String context = before + original + after;
            List<MisreadCharacter> deeper = chainAt(context, before.length());
            boolean whole = !deeper.isEmpty()
                    && deeper.get(deeper.size() - 1).end() == before.length() + original.length();
            if (!whole || (deeper.size() == 1 && LegitimateSpelling.explains(context, deeper.get(0)))) {
                break;
            }
            original = decode(deeper);
            rounds++;
        }
        if (!MisreadCharacter.isText(original)) {
            return Optional.empty();
        }
        return Optional.of(Damage.misread(start, end, original, rounds, exactMisreading(damaged, original, rounds)));
    }

    private static String decode(List<MisreadCharacter> chain) {
        StringBuilder decoded = new StringBuilder();
        chain.forEach(character -> decoded.appendCodePoint(character.codePoint()));
        return decoded.toString();
    }

    private static Optional<Misreading> exactMisreading(String damaged, String original, int rounds) {
        for (Misreading reader : Misreading.values()) {
            if (reader.misread(original, rounds).equals(damaged)) {
                return Optional.of(reader);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the {@code Â} at {@code index} is what remains of a misread no-break space whose second half became a
     * plain space: it is attached to what comes before ({@code 12.5Â billion}) or continues a series ({@code Â Â}).
     * Romanian and Portuguese use {@code Â} only inside words, so one ending a capitalised word is left alone, and
     * so is a letter {@code Â} standing on its own.
     */
    private static boolean isStrayNoBreakSpaceLead(String text, int index) {
        if (index == 0 || index + 1 >= text.length() || text.charAt(index + 1) != ' ') {
            return false;
        }
        char before = text.charAt(index - 1);
        boolean series = before == ' ' && index >= 2 && text.charAt(index - 2) == '\u00C2';
        return series || (!Character.isWhitespace(before) && !Character.isUpperCase(before));
    }
}
