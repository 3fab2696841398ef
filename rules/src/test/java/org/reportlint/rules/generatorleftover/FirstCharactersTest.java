package org.reportlint.rules.generatorleftover;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The first characters read from a pattern must include every one the regex engine can begin a match with. */
class FirstCharactersTest {

    private static boolean[] set(String chars) {
        boolean[] set = new boolean[128];
        for (char c : chars.toCharArray()) {
            set[c] = true;
        }
        return set;
    }

    private static boolean[] every() {
        boolean[] set = new boolean[128];
        java.util.Arrays.fill(set, true);
        return set;
    }

    @Test
    void readsLiteralsGroupsClassesAndQuantifiers() {
        assertArrayEquals(set("aAuUmM"), FirstCharacters.of("(?:as of |up to |until )?my"));
        assertArrayEquals(set("(["), FirstCharacters.of("[(\\[]word count"));
        assertArrayEquals(set("[xX"), FirstCharacters.of("\\[x|X"));
        assertArrayEquals(set(" \t\n\u000B\f\rxX"), FirstCharacters.of("\\s*x"));
        assertArrayEquals(set("bB"), FirstCharacters.of("(?=a)(?!c)b"));
        assertArrayEquals(set("0123456789aAzZ-"), FirstCharacters.of("[\\da-a\\u007A-]+q"));
        assertArrayEquals(set("fFhHmM"), FirstCharacters.of("(?:hypothetical|made[- ]up|fictional){1,2}?"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a?", "(?:a|)", "x*y*", ".x", "[^a]", "\\p{L}x", "[\\u212A]", "\\u212A", "(?i)x",
            "a{0,3}", "^a", "a)", "(a", "[a", "\\Qa\\E", "\\1", "\\bx?", "[a&&b]", "(?<name>a)"})
    void answersEveryCharacterWhereItCannotTell(String regex) {
        assertArrayEquals(every(), FirstCharacters.of(regex), regex);
    }

    /**
     * For every form of the phrase list and every ASCII character it rules out, the engine fails on that
     * character without reading further: no text beginning with it can match.
     */
    @Test
    void everyCharacterItRulesOutFailsInTheEngine() throws IOException {
        String list;
        try (InputStream in = LeftoverForms.class.getResourceAsStream(LeftoverForms.RESOURCE)) {
            list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String line : list.split("\n")) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String written = line.split("\\s+", 3)[2];
            boolean[] first = FirstCharacters.of(LeftoverForms.body(written));
            Pattern pattern = Pattern.compile(LeftoverForms.regex(written), LeftoverForm.FLAGS);
            for (char c = 0; c < 128; c++) {
                if (!first[c]) {
                    Matcher matcher = pattern.matcher(String.valueOf(c));
                    assertFalse(matcher.lookingAt() || matcher.hitEnd(), written + " can begin with " + (int) c);
                }
            }
        }
    }
}
