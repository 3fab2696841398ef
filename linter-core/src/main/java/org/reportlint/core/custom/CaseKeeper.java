package org.reportlint.core.custom;

import java.util.Locale;

/**
 * Writes a replacement in the case of the text it replaces: {@code UTILISE} becomes {@code USE}, {@code Utilise}
 * becomes {@code Use}, and anything else ({@code utilise}, {@code uTilise}) gets the replacement as configured.
 */
final class CaseKeeper {

    private CaseKeeper() {
    }

    static String keep(String original, String replacement) {
        if (isUpper(original) && letters(original) > 1) {
            return replacement.toUpperCase(Locale.ROOT);
        }
        if (isTitle(original) && !replacement.isEmpty()) {
            return replacement.substring(0, 1).toUpperCase(Locale.ROOT) + replacement.substring(1);
        }
        return replacement;
    }

    private static boolean isUpper(String text) {
        return text.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** First letter upper case, the rest of the first word lower case. */
    private static boolean isTitle(String text) {
        int first = firstLetter(text);
        if (first < 0 || !Character.isUpperCase(text.charAt(first))) {
            return false;
        }
        for (int i = first + 1; i < text.length() && Character.isLetter(text.charAt(i)); i++) {
            if (Character.isUpperCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int firstLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static long letters(String text) {
        return text.chars().filter(Character::isLetter).count();
    }
}
