package org.reportlint.rules.placeholder;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the acronyms a text defines, as {@code Tertiary Butyl Alcohol (TBA)} or {@code TBA (tert-butyl alcohol)}
 * does, so that a term which happens to look like a filler marker is not flagged as one.
 */
final class AcronymDefinitions {
    private static final Pattern IN_PARENTHESES = Pattern.compile("\\(([A-Z]{2,6})\\)");
    private static final Pattern BEFORE_PARENTHESES = Pattern.compile("\\b([A-Z]{2,6})\\s*\\(([^()]{3,80})\\)");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private AcronymDefinitions() {
    }

    static Set<String> in(CharSequence text) {
        Set<String> defined = new HashSet<>();
        Matcher after = IN_PARENTHESES.matcher(text);
        while (after.find()) {
            String acronym = after.group(1);
            String before = text.subSequence(Math.max(0, after.start() - 120), after.start()).toString();
            if (initialsEnd(before, acronym)) {
                defined.add(acronym);
            }
        }
        Matcher first = BEFORE_PARENTHESES.matcher(text);
        while (first.find()) {
            if (initialsStart(first.group(2), first.group(1))) {
                defined.add(first.group(1));
            }
        }
        return defined;
    }

    /** Whether the last words of {@code text} start with the acronym's letters, in order. */
    private static boolean initialsEnd(String text, String acronym) {
        List<String> words = words(text);
        if (words.size() < acronym.length()) {
            return false;
        }
        return initials(words.subList(words.size() - acronym.length(), words.size())).equals(acronym);
    }

    private static boolean initialsStart(String text, String acronym) {
        List<String> words = words(text);
        return words.size() >= acronym.length() && initials(words.subList(0, acronym.length())).equals(acronym);
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words.add(word.group());
        }
        return words;
    }

    private static String initials(List<String> words) {
        StringBuilder letters = new StringBuilder();
        for (String word : words) {
            letters.append(Character.toUpperCase(word.charAt(0)));
        }
        return letters.toString();
    }
}
