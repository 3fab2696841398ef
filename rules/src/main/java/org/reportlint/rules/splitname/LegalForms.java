package org.reportlint.rules.splitname;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises an entry that is nothing but a company's legal form ({@code Ltd.}, {@code GmbH}, {@code Co., Ltd.}).
 *
 * <p>Spelling varies in case, spacing and punctuation ({@code Co.,Ltd}, {@code LTD}), so most forms are compared
 * without them. Two kinds are compared more strictly because their loose spelling is an ordinary word or code:
 * forms written with a period inside ({@code S.A.} is not {@code SA}, a country code) and forms of one or two
 * letters ({@code AG} is not {@code Ag}, silver).
 */
final class LegalForms {
    private static final String RESOURCE = "legal-forms.txt";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** The longest abbreviation ({@code corp}, {@code gmbh}) that still counts when written in lower case. */
    private static final int MAX_LOWER_CASE_LETTERS = 4;

    private final Set<String> looseForms;
    private final Set<String> dottedForms;
    private final Set<String> shortForms;

    private LegalForms(List<String> forms) {
        Set<String> loose = new HashSet<>();
        Set<String> dotted = new HashSet<>();
        Set<String> shortOnes = new HashSet<>();
        for (String form : forms) {
            if (hasInnerPeriod(form)) {
                dotted.add(dottedKey(form));
            } else if (caseKey(form).length() <= 2) {
                shortOnes.add(caseKey(form));
            } else {
                loose.add(looseKey(form));
            }
        }
        this.looseForms = Set.copyOf(loose);
        this.dottedForms = Set.copyOf(dotted);
        this.shortForms = Set.copyOf(shortOnes);
    }

    /** The forms shipped with the rule. */
    static LegalForms load() {
        return of(WordList.read(LegalForms.class, RESOURCE));
    }

    static LegalForms of(List<String> forms) {
        return new LegalForms(forms);
    }

    /**
     * Whether the whole entry is a legal form. All in lower case, only abbreviations count ({@code plc},
     * {@code ltd}): {@code limited} or {@code corporation} written so is an ordinary word.
     */
    boolean isLegalForm(String entry) {
        String text = entry.strip();
        if (text.isEmpty()
                || text.chars().noneMatch(Character::isUpperCase) && looseKey(text).length() > MAX_LOWER_CASE_LETTERS) {
            return false;
        }
        return dottedForms.contains(dottedKey(text)) || shortForms.contains(caseKey(text))
                || looseForms.contains(looseKey(text));
    }

    /**
     * Whether the entry is one plain word of five letters or more ({@code Limited}, {@code Corporation}): a legal
     * form, but also a value such as an impact rating, so it needs more evidence than an abbreviation.
     */
    static boolean isOrdinaryWord(String entry) {
        String text = entry.strip();
        return text.length() >= 5 && text.chars().allMatch(Character::isLetter);
    }

    /** Whether one of the last words of the entry already are a legal form, as in {@code Acme Co., Ltd.}. */
    boolean endsWithLegalForm(String entry) {
        String[] words = WHITESPACE.split(entry.strip());
        for (int count = 1; count <= Math.min(4, words.length); count++) {
            String tail = String.join(" ", List.of(words).subList(words.length - count, words.length));
            if (isLegalForm(tail)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What goes between a company name and its legal form when they are joined again: {@code Co., Ltd.} keeps its
     * comma by convention, every other form follows a space ({@code Acme Inc.}, {@code Madhu Silica Pvt. Ltd.}).
     */
    static String separator(String company, String form) {
        String name = company.strip();
        if (name.endsWith(",")) {
            return " ";
        }
        String[] words = WHITESPACE.split(name);
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        String joined = looseKey(form);
        boolean companyOf = last.equals("co.") || last.equals("co");
        return companyOf && (joined.startsWith("ltd") || joined.startsWith("limited") || joined.startsWith("inc"))
                ? ", " : " ";
    }

    private static boolean hasInnerPeriod(String form) {
        for (int i = 0; i + 1 < form.length(); i++) {
            if (form.charAt(i) == '.' && Character.isLetter(form.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Lower case without whitespace, commas and periods: {@code Co.,Ltd} and {@code co. ltd} agree. */
    private static String looseKey(String text) {
        return strip(text, true).toLowerCase(Locale.ROOT);
    }

    /** Like the loose key but keeping letter case. */
    private static String caseKey(String text) {
        return strip(text, true);
    }

    /** Lower case without whitespace and commas, periods kept but a final one optional. */
    private static String dottedKey(String text) {
        String key = strip(text, false).toLowerCase(Locale.ROOT);
        return key.endsWith(".") ? key.substring(0, key.length() - 1) : key;
    }

    private static String strip(String text, boolean periods) {
        StringBuilder key = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != ',' && !(periods && c == '.')) {
                key.append(c);
            }
        }
        return key.toString();
    }
}
