package org.reportlint.rules.splitname;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises a text that is nothing but a company's legal form ({@code Ltd.}, {@code GmbH}, {@code Co., Ltd.}),
 * and how sure that is.
 *
 * <p>Spelling varies in case, spacing and punctuation ({@code Co.,Ltd}, {@code LTD}), so most forms are compared
 * without them. Two kinds are compared more strictly because their loose spelling is an ordinary word or code:
 * forms written with a period inside ({@code S.A.} is not {@code SA}, a country code) and forms of one or two
 * letters ({@code AG} is not {@code Ag}, silver). Some forms are ordinary words, names or codes even when spelled
 * exactly ({@code Limited}, {@code AB}, {@code SE}): they are {@link Strength#AMBIGUOUS} and need more evidence.
 */
final class LegalForms {
    private static final String DISTINCTIVE_RESOURCE = "legal-forms.txt";
    private static final String AMBIGUOUS_RESOURCE = "ambiguous-legal-forms.txt";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** The longest abbreviation ({@code corp}, {@code gmbh}) that still counts when written in lower case. */
    private static final int MAX_LOWER_CASE_LETTERS = 4;
    /** The most words a legal form has ({@code GmbH & Co. KGaA}, {@code S.A.B. de C.V.}). */
    static final int MAX_FORM_WORDS = 4;

    /** How surely a text is a legal form. */
    enum Strength {
        /** Not a legal form. */
        NONE,
        /** A legal form that is also an ordinary word, a name or a code: {@code Limited}, {@code AB}. */
        AMBIGUOUS,
        /** Nothing but a legal form: {@code Ltd.}, {@code GmbH}, {@code S.p.A.}. */
        DISTINCTIVE
    }

    private final Keys distinctive;
    private final Keys ambiguous;
    /** Rules out most texts before their keys are built: asked for every entry of every list a document has. */
    private final FormShapes shapes;

    private LegalForms(List<String> distinctiveForms, List<String> ambiguousForms) {
        this.distinctive = new Keys(distinctiveForms);
        this.ambiguous = new Keys(ambiguousForms);
        List<String> keys = new ArrayList<>();
        for (List<String> forms : List.of(distinctiveForms, ambiguousForms)) {
            for (String form : forms) {
                // A text matches a form by one of three keys; each agrees with one of these once periods are gone.
                keys.add(looseKey(form));
                keys.add(dottedKey(form).replace(".", ""));
            }
        }
        this.shapes = new FormShapes(keys);
    }

    /** The forms shipped with the rule. */
    static LegalForms load() {
        return of(WordList.read(LegalForms.class, DISTINCTIVE_RESOURCE),
                WordList.read(LegalForms.class, AMBIGUOUS_RESOURCE));
    }

    static LegalForms of(List<String> distinctiveForms, List<String> ambiguousForms) {
        return new LegalForms(distinctiveForms, ambiguousForms);
    }

    /** Whether the whole text is a legal form, of either strength. */
    boolean isLegalForm(String text) {
        return strength(text) != Strength.NONE;
    }

    /**
     * How surely the whole text is a legal form. All in lower case, only abbreviations count ({@code plc},
     * {@code ltd}): {@code limited} or {@code corporation} written so is an ordinary word.
     */
    Strength strength(String text) {
        return shapes.mayBeForm(text, 0, text.length()) ? strengthByKeys(text) : Strength.NONE;
    }

    /** Whether characters {@code [start, end)} of {@code text} may be a legal form: false only when they are not. */
    boolean mayBeLegalForm(CharSequence text, int start, int end) {
        return shapes.mayBeForm(text, start, end);
    }

    /** {@link #strength(String)} without the shape check first: the comparison by keys it must agree with. */
    Strength strengthByKeys(String text) {
        String form = text.strip();
        if (form.isEmpty()) {
            return Strength.NONE;
        }
        // Each key once for both lists: asked for every entry of every list a document has.
        String looseKey = looseKey(form);
        if (!hasUpperCase(form) && looseKey.length() > MAX_LOWER_CASE_LETTERS) {
            return Strength.NONE;
        }
        String dottedKey = dottedKey(form);
        String caseKey = caseKey(form);
        if (distinctive.contains(dottedKey, caseKey, looseKey)) {
            return Strength.DISTINCTIVE;
        }
        return ambiguous.contains(dottedKey, caseKey, looseKey) ? Strength.AMBIGUOUS : Strength.NONE;
    }

    /** Whether one of the last words of the entry already are a legal form, as in {@code Acme Co., Ltd.}. */
    boolean endsWithLegalForm(String entry) {
        return endingStrength(entry) != Strength.NONE;
    }

    /**
     * Whether the entry is a name followed by a form that is nothing but a legal form ({@code Acme Ltd.}): evidence
     * that the list it is in names companies.
     */
    boolean endsWithDistinctiveForm(String entry) {
        return endingStrength(entry) == Strength.DISTINCTIVE;
    }

    private Strength endingStrength(String entry) {
        List<String> words = lastWords(entry.strip(), MAX_FORM_WORDS);
        Strength best = Strength.NONE;
        for (int count = 1; count <= words.size(); count++) {
            Strength tail = strength(String.join(" ", words.subList(words.size() - count, words.size())));
            if (tail.compareTo(best) > 0) {
                best = tail;
            }
        }
        return best;
    }

    /**
     * The last {@code most} words of a stripped text, split as {@code \\s+} splits it, in order: found from the end,
     * since an entry may be a long sentence and only its last words can be a legal form.
     */
    static List<String> lastWords(String text, int most) {
        List<String> words = new ArrayList<>(most);
        int end = text.length();
        while (end > 0 && words.size() < most) {
            int start = end;
            while (start > 0 && !isPatternSpace(text.charAt(start - 1))) {
                start--;
            }
            words.add(0, text.substring(start, end));
            end = start;
            while (end > 0 && isPatternSpace(text.charAt(end - 1))) {
                end--;
            }
        }
        if (text.isEmpty()) {
            // Splitting an empty text gives one empty word.
            words.add("");
        }
        return words;
    }

    /** What {@code \\s} matches: ASCII whitespace only. */
    private static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
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

    /** One list of forms as the keys it is compared by. */
    private static final class Keys {
        private final Set<String> looseForms;
        private final Set<String> dottedForms;
        private final Set<String> shortForms;

        Keys(List<String> forms) {
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

        boolean contains(String dottedKey, String caseKey, String looseKey) {
            return dottedForms.contains(dottedKey) || shortForms.contains(caseKey) || looseForms.contains(looseKey);
        }
    }

    /** Whether any character is upper case, code point by code point as {@code chars()} gives them. */
    private static boolean hasUpperCase(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isUpperCase((int) text.charAt(i))) {
                return true;
            }
        }
        return false;
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

    /** Whether every key drops {@code c}: a blank or a comma (the loose and case keys drop periods too). */
    static boolean isDroppedByEveryKey(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == ',';
    }

    private static String strip(String text, boolean periods) {
        StringBuilder key = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isDroppedByEveryKey(c) && !(periods && c == '.')) {
                key.append(c);
            }
        }
        return key.toString();
    }
}
