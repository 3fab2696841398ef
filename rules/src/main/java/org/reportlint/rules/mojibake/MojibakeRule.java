package org.reportlint.rules.mojibake;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.reportlint.core.document.Document;
import org.reportlint.core.document.TextBlock;
import org.reportlint.core.rule.Fix;
import org.reportlint.core.rule.Problem;
import org.reportlint.core.rule.Rule;
import org.reportlint.core.rule.RuleContext;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.Severity;
import org.reportlint.core.rule.TextEdit;
import org.reportlint.core.source.TextRange;

/**
 * Reports text damaged by a wrong encoding: UTF-8 shown as Windows-1252 or Latin-1 ({@code marketâ€™s}), a byte
 * order mark shown as text ({@code ï»¿}) and U+FFFD replacement characters. Where re-decoding is an exact round
 * trip and the damaged text is written literally in the source, the fix puts the original characters back.
 */
public final class MojibakeRule implements Rule {
    private static final RuleMetadata METADATA = RuleMetadata.builder("mojibake")
            .summary("Text damaged by a wrong encoding: UTF-8 read as Windows-1252 or Latin-1, replacement characters")
            .description("When UTF-8 text is read as Windows-1252 or Latin-1 somewhere in a publishing pipeline,"
                    + " every non-ASCII character turns into two to four characters: \"market’s\" becomes"
                    + " \"marketâ€™s\", \"é\" becomes \"Ã©\", a no-break space becomes \"Â \" and a byte order mark"
                    + " becomes \"ï»¿\". The rule re-encodes such characters to bytes and decodes them as strict"
                    + " UTF-8; when that gives back fewer characters, the text was damaged. Double-encoded text"
                    + " is peeled layer by layer. Legitimate accented, Greek, Cyrillic or CJK text does not"
                    + " decode that way and is not reported. U+FFFD replacement characters are reported too,"
                    + " unless the file's own bytes were invalid (the engine's encoding finding covers those)."
                    + " The fix writes the original characters back, only where misreading them again gives"
                    + " exactly the damaged text and the damaged text is not written with entities or markup.")
            .severity(Severity.ERROR)
            .fixable(true)
            .recommended(true)
            .example("<p>The market\u00E2\u20AC\u2122s growth</p>", "<p>The market\u2019s growth</p>")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        Document document = context.document();
        // Replacement characters the decoder made are the engine's encoding finding; only report those in the text.
        boolean replacementCharacters = !document.decoded().isMalformed();
        Set<TextRange> reported = new HashSet<>();
        for (TextBlock block : document.blocks()) {
            for (Damage damage : DamageScanner.scan(block.text(), replacementCharacters)) {
                TextRange range = block.sourceRange(damage.start(), damage.end());
                if (reported.add(range)) {
                    context.report(problem(document, block, damage, range));
                }
            }
        }
    }

    private static Problem problem(Document document, TextBlock block, Damage damage, TextRange range) {
        String damaged = block.text().substring(damage.start(), damage.end());
        Problem problem = Problem.at(range, DamageMessages.of(damage, damaged));
        // Entities or tags inside the range mean the source is not the damaged text itself: report, do not rewrite.
        boolean literal = document.text(range).equals(damaged);
        Optional<String> repair = literal ? damage.repair() : Optional.empty();
        return repair.map(text -> problem.withFix(Fix.of(TextEdit.replace(range, text)))).orElse(problem);
    }
}
