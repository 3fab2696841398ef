package org.reportlint.cli.testrules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.reportlint.core.rule.Fix;
import org.reportlint.core.rule.Problem;
import org.reportlint.core.rule.Rule;
import org.reportlint.core.rule.RuleContext;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.Severity;
import org.reportlint.core.rule.TextEdit;

/**
 * Test rule: the word "meanwhile" is an error, fixed to "later". Before it reports, it appends a line to the file on
 * disk when the document was named by an absolute path, as an editor saving the file in the middle of a run would.
 */
public final class MeanwhileRule implements Rule {
    static final String EDITOR_LINE = "<p>saved by the editor</p>\n";
    private static final RuleMetadata METADATA = RuleMetadata.builder("test-meanwhile")
            .summary("The word meanwhile, while the file is edited")
            .description("Flags every \"meanwhile\" and edits the file on disk while it is linted.")
            .severity(Severity.ERROR)
            .fixable(true)
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        String source = context.document().source();
        Path file = Path.of(context.document().path());
        if (source.contains("meanwhile") && file.isAbsolute() && !source.contains(EDITOR_LINE)) {
            try {
                Files.writeString(file, EDITOR_LINE, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
        }
        WordFinder.each(source, "meanwhile", at -> context.report(Problem.at(at, at + 9, "Word \"meanwhile\"")
                .withFix(Fix.of(new TextEdit(at, at + 9, "later")))));
    }
}
