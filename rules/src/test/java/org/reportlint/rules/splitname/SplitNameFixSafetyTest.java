package org.reportlint.rules.splitname;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportlint.core.result.Finding;
import org.reportlint.rules.testing.RuleFixtures;

/** The merge fix removes only the emptied entry's own markup; where it would remove more, it is not offered. */
class SplitNameFixSafetyTest {
    private final SplitNameRule rule = new SplitNameRule();

    @ParameterizedTest
    @ValueSource(strings = {
        "<ul><li>Acme Technology Co.</li><li><a href=\"/ltd\">Ltd.</a></li></ul>",
        "<ul><li>Acme Technology Co.</li><li>Ltd.<!-- source: company registry --></li></ul>",
        "<ul><li>Acme Technology Co.</li><li><!-- source: company registry -->Ltd.</li></ul>",
        "<ul><li>Acme Technology Co.</li><li id=\"ltd\">Ltd.</li></ul>",
        "<ol><li>Acme Technology Co.</li><li value=\"7\">Ltd.</li></ol>",
        "<ul><li>Acme Technology Co.</li><li data-ref=\"9\">Ltd.</li></ul>",
        "<ul><li>Acme Technology Co.</li><li><span id=\"x\">Ltd.</span></li></ul>",
        "<ul><li>Acme Technology Co.</li><li>Ltd.<img src=\"logo.png\" alt=\"\"></li></ul>",
        "<ul><li>Acme Technology Co.</li><li>Ltd.<script>track(1)</script></li></ul>",
        "<ul><li>Acme Technology Co.</li><li>Lt<b>d.</b></li></ul>",
        "<ul><li>Acme Technology Co.</li><li>Ltd.<!-- c -->, Brightway Energy Inc.</li></ul>",
        "<ul><li>Acme Technology Co.</li><li><a href=\"/l\">Ltd.</a>, Brightway Energy Inc.</li></ul>",
        "<p>Leading suppliers:<br>Silverline Optics Co.<br><!-- x -->Ltd.<br>Bluepeak Instruments</p>",
        "<table><tr><td>Kestrel Systems</td></tr><tr><td id=\"k\">GmbH</td></tr></table>"
    })
    void entryHoldingMoreThanItsTextIsReportedWithoutFix(String source) {
        List<Finding> findings = RuleFixtures.lint(rule, "list.html", source);
        assertEquals(1, findings.size(), findings.toString());
        assertTrue(findings.get(0).fix().isEmpty(), "no fix that would delete markup: " + findings.get(0).fix());
        assertEquals(source, RuleFixtures.applyFixes(rule, "list.html", source));
    }

    @Test
    void markdownEntryWithALinkIsReportedWithoutFix() {
        String source = "- Acme Technology Co.\n- [Ltd.](https://example.com/ltd)\n- Brunp\n";
        List<Finding> findings = RuleFixtures.lint(rule, "list.md", source);
        assertEquals(1, findings.size(), findings.toString());
        assertTrue(findings.get(0).fix().isEmpty(), "no fix that would delete the link: " + findings.get(0).fix());
    }

    @Test
    void markdownCommentAfterTheFragmentIsKept() {
        assertEquals("- Acme Technology Co., Ltd. <!-- checked -->\n- Brunp\n", RuleFixtures.applyFixes(rule,
                "list.md", "- Acme Technology Co.\n- Ltd. <!-- checked -->\n- Brunp\n"));
    }

    @Test
    void entryWithOnlyItsOwnMarkupIsStillFixed() {
        assertEquals("<ul><li class=\"item\">Acme Technology Co., Ltd.</li></ul>", RuleFixtures.applyFixes(rule,
                "list.html", "<ul><li class=\"item\">Acme Technology Co.</li><li class=\"item\">Ltd.</li></ul>"));
        assertEquals("<ul><li>Acme Technology Co., Ltd.</li></ul>", RuleFixtures.applyFixes(rule, "list.html",
                "<ul><li>Acme Technology Co.</li>\n  <li><b>Ltd.</b></li></ul>"));
        assertEquals("<ul><li>Acme Technology Co., Ltd.</li><li>Brightway Energy Inc.</li></ul>",
                RuleFixtures.applyFixes(rule, "list.html",
                        "<ul><li>Acme Technology Co.</li><li>Ltd., Brightway Energy Inc.</li></ul>"));
    }
}
