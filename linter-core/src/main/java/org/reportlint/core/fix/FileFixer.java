package org.reportlint.core.fix;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.reportlint.core.config.FileSettings;
import org.reportlint.core.config.RuleSet;
import org.reportlint.core.document.Document;
import org.reportlint.core.document.DocumentParser;
import org.reportlint.core.engine.LintedFile;
import org.reportlint.core.engine.Linter;
import org.reportlint.core.result.Finding;
import org.reportlint.core.source.DecodedText;
import org.reportlint.core.source.SourceDecoder;

/**
 * Fixes one file in memory: lint, apply the fixes that do not overlap, lint again, at most {@link #MAX_PASSES}
 * times. The result describes what remains after fixing, to be completed with the other files of the run (for
 * cross-document rules); the bytes to write keep the file's charset and byte order mark, and every character no fix
 * touched.
 */
public final class FileFixer {
    public static final int MAX_PASSES = 10;

    private FileFixer() {
    }

    /**
     * What fixing a file gave.
     *
     * @param original the file as linted before fixing
     * @param result the file as linted after fixing: what remains
     * @param fixedBytes the new content, when any fix changed it
     * @param applied how many fixes went in over all passes
     * @param before the text before fixing
     * @param after the text after fixing
     */
    public record Outcome(LintedFile original, LintedFile result, Optional<byte[]> fixedBytes, int applied,
                          String before, String after) {

        public boolean changed() {
            return fixedBytes.isPresent();
        }
    }

    public static Outcome fix(Linter linter, String path, byte[] bytes, RuleSet rules) {
        return fix(linter, path, bytes, FileSettings.of(rules));
    }

    /** Fixes a file read as its configured format, else as detected. */
    public static Outcome fix(Linter linter, String path, byte[] bytes, FileSettings settings) {
        RuleSet rules = settings.rules();
        DecodedText decoded = SourceDecoder.decode(bytes, path, settings.fallbackCharset());
        Document document = settings.format().map(format -> DocumentParser.parse(path, decoded, format))
                .orElseGet(() -> DocumentParser.parse(path, decoded));
        LintedFile initial = linter.check(document, rules);
        LintedFile result = initial;
        String original = decoded.text();
        FixEncoding encoding = FixEncoding.of(decoded);
        Optional<String> unwritable = encoding.whyNotWritable();
        if (unwritable.isPresent()) {
            return notFixed(result, original, unwritable.get());
        }
        if (decoded.isMalformed()) {
            // Writing would turn the undecodable bytes into U+FFFD for good: never lose data to a fix.
            return notFixed(result, original, "the file is not valid " + decoded.charset().name()
                    + " and writing it would lose bytes");
        }
        if (!encoding.roundTrips(original, bytes)) {
            return notFixed(result, original, "re-encoding the file in " + decoded.charset().name()
                    + " would change bytes no fix touches");
        }
        String text = original;
        int applied = 0;
        Set<String> skippedRules = new TreeSet<>();
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            FixApplier.Pass step = FixApplier.apply(text, writableFixes(result.findings(), encoding, skippedRules));
            if (step.applied() == 0 || step.text().equals(text)) {
                break;
            }
            applied += step.applied();
            text = step.text();
            DecodedText next = new DecodedText(text, decoded.charset(), decoded.byteOrderMark(),
                    OptionalInt.empty(), OptionalInt.empty());
            result = linter.check(DocumentParser.parse(path, next, document.format()), rules);
        }
        if (!skippedRules.isEmpty()) {
            String notice = "fix skipped: " + decoded.charset().name() + " cannot hold the text of the "
                    + String.join(", ", skippedRules) + " fix";
            initial = initial.withNotice(notice);
            result = result.withNotice(notice);
        }
        if (text.equals(original)) {
            return new Outcome(initial, result, Optional.empty(), 0, original, original);
        }
        Optional<byte[]> fixed = encoding.bytesOf(text);
        if (fixed.isEmpty()) {
            // Each fix fits on its own, yet the whole does not (a stateful charset, a pair split across edits).
            return notFixed(initial, original, "the fixed text cannot be written in " + decoded.charset().name());
        }
        return new Outcome(initial, result, fixed, applied, original, text);
    }

    /** The file left as it is, with a notice why when it had something to fix. */
    private static Outcome notFixed(LintedFile linted, String text, String reason) {
        if (linted.findings().stream().noneMatch(Finding::isFixable)) {
            return new Outcome(linted, linted, Optional.empty(), 0, text, text);
        }
        LintedFile withNotice = linted.withNotice("not fixed: " + reason);
        return new Outcome(withNotice, withNotice, Optional.empty(), 0, text, text);
    }

    /**
     * The findings whose fix the file's charset can hold, or that have none; the rules of the others are added to
     * {@code skipped}, since writing their text would degrade it to replacement characters.
     */
    private static List<Finding> writableFixes(List<Finding> findings, FixEncoding encoding, Set<String> skipped) {
        List<Finding> writable = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            boolean fits = finding.fix().map(fix -> fix.edits().stream()
                    .allMatch(edit -> encoding.canHold(edit.text()))).orElse(true);
            if (fits) {
                writable.add(finding);
            } else {
                skipped.add(finding.rule());
            }
        }
        return writable;
    }
}
