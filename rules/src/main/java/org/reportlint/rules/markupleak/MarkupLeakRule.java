package org.reportlint.rules.markupleak;

import java.util.List;
import org.reportlint.core.document.TextBlock;
import org.reportlint.core.rule.Rule;
import org.reportlint.core.rule.RuleContext;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.Severity;

/**
 * Reports markup of another language that a page shows as text: Markdown inside HTML, HTML tags escaped into the
 * text, and entities escaped twice. Only a double escape has an unambiguous fix: the single escape it should be.
 *
 * <p>Markdown is looked for in text that came from HTML: in a Markdown document the renderer already turned its
 * Markdown into markup, except inside HTML blocks. In a plain text file only bold, links and images are Markdown
 * for sure, and {@code *italic*} when those show the file was written in Markdown; its {@code - } lists and
 * {@code #} lines are its own structure. Inline code is never read.
 */
public final class MarkupLeakRule implements Rule {
    private static final RuleMetadata METADATA = RuleMetadata.builder("markup-leak")
            .summary("Markdown, HTML tags or entities shown as text instead of being rendered")
            .description("Reports markup that readers see as characters. In HTML text (also HTML blocks inside"
                    + " Markdown): Markdown bold (**text**, __text__, ***text***), italic (*text*), links and"
                    + " images ([text](url)), tables (by the |---|---| line under their header), heading lines"
                    + " (## Heading) and list markers (-, *, +, 1.) at the start of a"
                    + " line; list markers only when they form a list (another one in the same or the next"
                    + " paragraph) or, for - and +, when the page shows other unrendered Markdown; numbered lines"
                    + " need both, since a paragraph may start with a footnote star or a dash and pages written as"
                    + " HTML often number paragraphs by hand. In plain text files: Markdown bold,"
                    + " links and images, and *italic* when the file shows those too; their - lists and # lines are"
                    + " plain text structure and not reported. In every format: HTML tags in the visible text (<p> written as"
                    + " &lt;p&gt;, < /span>, </ p>, <br/> in a text file's prose), and entities escaped twice"
                    + " (&amp;nbsp; shows as &nbsp;), or HTML entities in a plain text file. Not reported:"
                    + " arithmetic (5 * 3), footnote stars (Revenue*), star ratings, a lone **, identifiers"
                    + " (a_b_c, __init__), #1 and C#, comparisons (< 5%, a < b > c), a single &amp; for &,"
                    + " AT&T and R&D, and code. The fix replaces a double escape with the single one it was meant"
                    + " to be; the other leaks are only reported, since whether the markup should be rendered or"
                    + " removed is the author's call.")
            .severity(Severity.WARNING)
            .fixable(true)
            .recommended(true)
            .example("<p>Leading players include **Acme Widgets** and Brightway &amp;amp; Sons.</p>",
                    "<p>Leading players include <strong>Acme Widgets</strong> and Brightway &amp; Sons.</p>")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        List<TextBlock> blocks = context.document().blocks();
        LeakScan scan = new LeakScan(context);
        for (int i = 0; i < blocks.size(); i++) {
            scan.read(i, blocks.get(i));
        }
        scan.finish();
    }
}
