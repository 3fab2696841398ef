package org.reportlint.core.run;

import java.io.IOException;
import java.nio.charset.CoderMalfunctionError;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.util.List;
import org.reportlint.core.engine.LintedFile;
import org.reportlint.core.engine.Linter;
import org.reportlint.core.engine.internal.FindingFactory;
import org.reportlint.core.engine.internal.Parallel;
import org.reportlint.core.fix.AtomicFileWriter;
import org.reportlint.core.fix.FileChangedException;
import org.reportlint.core.fix.ReadOnlyFileException;
import org.reportlint.core.fix.FileFixer;
import org.reportlint.core.fix.UnifiedDiff;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.source.SourceDecoder;
import org.reportlint.core.source.SourceInput;

/** Fixes every input in parallel: writes fixed files atomically, or collects their diff for a dry run. */
final class FixStep {
    private final Linter linter;
    private final RuleSets rules;
    private final FixMode mode;

    FixStep(Linter linter, RuleSets rules, FixMode mode) {
        this.linter = linter;
        this.rules = rules;
        this.mode = mode;
    }

    /** One file's share of the work. */
    private record Fixed(LintedFile linted, int applied, boolean changed, String diff) {
    }

    record Outcome(List<FileResult> results, LintOutcome.FixReport report) {
    }

    Outcome run(List<SourceInput> inputs, int threads) {
        List<Fixed> fixed = Parallel.map(inputs, this::fixOrReport, threads);
        StringBuilder diff = new StringBuilder();
        int files = 0;
        int applied = 0;
        for (Fixed one : fixed) {
            diff.append(one.diff());
            files += one.changed() ? 1 : 0;
            applied += one.applied();
        }
        // Cross-document rules report on what remains once every file is fixed.
        return new Outcome(linter.complete(fixed.stream().map(Fixed::linted).toList()),
                new LintOutcome.FixReport(files, applied, diff.toString()));
    }

    /** Fixes one input; a failure on it leaves it unfixed with an error, and the other files go on. */
    private Fixed fixOrReport(SourceInput input) {
        try {
            return fix(input);
        } catch (RuntimeException | StackOverflowError | CoderMalfunctionError | OutOfMemoryError failure) {
            String reason = failure instanceof OutOfMemoryError ? "not enough memory for this file"
                    : FindingFactory.oneLine(failure);
            return new Fixed(LintedFile.of(FileResult.unreadable(input.path(), "not fixed: " + reason)), 0, false, "");
        }
    }

    private Fixed fix(SourceInput input) {
        if (input.file().isEmpty() && mode == FixMode.APPLY) {
            // Standard input has nowhere to be written back to: report it as it is.
            return new Fixed(linter.check(input, rules.forInput(input)), 0, false, "");
        }
        byte[] bytes;
        try {
            bytes = input.content().isPresent() ? input.content().get() : Files.readAllBytes(input.file().get());
        } catch (IOException | OutOfMemoryError unreadable) {
            return new Fixed(linter.check(input, rules.forInput(input)), 0, false, "");
        }
        if (SourceDecoder.looksBinary(bytes)) {
            return new Fixed(linter.check(input, rules.forInput(input)), 0, false, "");
        }
        FileFixer.Outcome outcome = FileFixer.fix(linter, input.path(), bytes, rules.forInput(input));
        if (!outcome.changed()) {
            return new Fixed(outcome.result(), 0, false, "");
        }
        if (mode == FixMode.DRY_RUN) {
            // Nothing is written, so the findings to report are those of the text as it is.
            return new Fixed(outcome.original(), outcome.applied(), true,
                    UnifiedDiff.of(input.path(), outcome.before(), outcome.after()));
        }
        try {
            AtomicFileWriter.replace(input.file().get(), bytes, outcome.fixedBytes().get());
            return new Fixed(outcome.result(), outcome.applied(), true, "");
        } catch (ReadOnlyFileException readOnly) {
            return new Fixed(outcome.original().withError("not fixed: " + readOnly.reason()), 0, false, "");
        } catch (IOException failure) {
            String reason = failure instanceof AccessDeniedException ? "permission denied"
                    : failure instanceof FileChangedException changed ? changed.reason() : failure.getMessage();
            return new Fixed(outcome.original().withError("cannot write fixes: " + reason), 0, false, "");
        }
    }
}
