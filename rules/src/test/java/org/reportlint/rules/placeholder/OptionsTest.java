package org.reportlint.rules.placeholder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The helpers behind the {@code extraPatterns} and {@code allow} options. */
class OptionsTest {

    @Test
    void extraPatternsUseRe2AndSkipEmptyMatches() {
        ExtraPatternMatcher matcher = ExtraPatternMatcher.compile(List.of("N/?A%", "z*"));
        assertEquals(List.of("NA%", "N/A%"), Matches.of(matcher, "NA% and N/A%"));
    }

    @Test
    void invalidExtraPatternNamesThePattern() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ExtraPatternMatcher.compile(List.of("ok", "a(b")));
        assertTrue(error.getMessage().contains("\"a(b\""), error.getMessage());
    }

    @Test
    void allowDropsMatchesInsideOrCoveringAnAllowedLiteral() {
        String text = "Company X Ltd and Company Y";
        AllowList allow = new AllowList(List.of("Company X Ltd", "Company Y"));
        assertTrue(allow.allows(text, new TextMatch(0, 9, "inside")));
        assertTrue(allow.allows(text, new TextMatch(18, 27, "equal")));
        assertFalse(new AllowList(List.of("")).allows(text, new TextMatch(0, 9, "empty literal")));
    }
}
