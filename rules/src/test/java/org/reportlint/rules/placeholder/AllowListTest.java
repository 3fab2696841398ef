package org.reportlint.rules.placeholder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The allow list finds a literal's occurrences once per text; it must judge each match as a scan of the text would. */
class AllowListTest {
    private static final List<String> LITERALS = List.of("Company X", "X", "aa", "Company X Ltd");

    /** A match is allowed when an occurrence holds it or lies inside it: the definition, checked by brute force. */
    private static boolean allowedByScan(String text, TextMatch match) {
        for (String literal : LITERALS) {
            for (int at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) {
                int end = at + literal.length();
                if (match.within(at, end) || (at >= match.start() && end <= match.end())) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void judgesEveryMatchAsAScanWould() {
        Random random = new Random(7);
        AllowList allow = new AllowList(LITERALS);
        String[] pieces = {"Company X", " Ltd", "a", "X", " ", "Co"};
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int p = random.nextInt(8); p >= 0; p--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String written = text.toString();
            AllowList.InText inText = allow.in(written);
            for (int start = 0; start < written.length(); start++) {
                for (int end = start + 1; end <= written.length(); end++) {
                    TextMatch match = new TextMatch(start, end, "m");
                    assertEquals(allowedByScan(written, match), inText.allows(match),
                            "[" + start + ", " + end + ") of \"" + written + "\"");
                }
            }
        }
    }
}
