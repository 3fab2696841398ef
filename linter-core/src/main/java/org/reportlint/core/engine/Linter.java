package org.reportlint.core.engine;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.reportlint.core.config.ConfiguredRule;
import org.reportlint.core.config.FileSettings;
import org.reportlint.core.config.RuleSet;
import org.reportlint.core.document.Document;
import org.reportlint.core.document.DocumentParser;
import org.reportlint.core.engine.internal.FindingFactory;
import org.reportlint.core.engine.internal.Parallel;
import org.reportlint.core.result.EngineRules;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.Finding;
import org.reportlint.core.result.LintResult;
import org.reportlint.core.result.ResultCollector;
import org.reportlint.core.result.ResultSink;
import org.reportlint.core.rule.Problem;
import org.reportlint.core.rule.RuleContext;
import org.reportlint.core.rule.RuleOptions;
import org.reportlint.core.rule.Severity;
import org.reportlint.core.source.DecodedText;
import org.reportlint.core.source.SourceDecoder;
import org.reportlint.core.source.SourceInput;
import org.reportlint.core.suppress.Directive;
import org.reportlint.core.suppress.DirectiveParser;
import org.reportlint.core.suppress.Suppressions;

/**
 * Lints files: reads and parses each once, runs every enabled rule over the one document, and keeps only the
 * findings. Files are linted in parallel; results come out in input order whatever the thread count, each as soon
 * as it and every earlier one are done.
 */
public final class Linter {
    /** Files larger than this are reported, not linted: a report this big is not a report. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private final LintStats stats;

    public Linter() {
        this(null);
    }

    /** A linter that records its timings in {@code stats}; null records nothing. */
    public Linter(LintStats stats) {
        this.stats = stats;
    }

    /**
     * Lints every input with the settings {@code settingsFor} picks for it, on {@code threads} threads, and hands
     * each file's result to {@code sink} in input order as soon as that file and every earlier one are done. Only
     * results that finish ahead of an earlier file are held meanwhile.
     */
    public void lint(List<SourceInput> inputs, Function<SourceInput, FileSettings> settingsFor, int threads,
                     ResultSink sink) {
        Parallel.forEachInOrder(inputs, input -> lint(input, settingsFor.apply(input)), threads, sink::accept);
    }

    /** Lints every input with the rules {@code rulesFor} picks for it, on {@code threads} threads, in input order. */
    public LintResult lint(List<SourceInput> inputs, Function<SourceInput, RuleSet> rulesFor, int threads) {
        ResultCollector collector = new ResultCollector();
        lint(inputs, input -> FileSettings.of(rulesFor.apply(input)), threads, collector);
        return collector.result();
    }

    /** Reads, parses and lints one input; a file that cannot be read becomes a result with an error. */
    public FileResult lint(SourceInput input, RuleSet rules) {
        return lint(input, FileSettings.of(rules));
    }

    /**
     * Reads, parses (as the configured format, else as detected) and lints one input; a file that cannot be read
     * becomes a result with an error.
     */
    public FileResult lint(SourceInput input, FileSettings settings) {
        byte[] bytes;
        try {
            bytes = read(input);
        } catch (UnreadableFileException unreadable) {
            return FileResult.unreadable(input.path(), unreadable.getMessage());
        }
        if (SourceDecoder.looksBinary(bytes)) {
            return FileResult.skipped(input.path(), "skipped binary file");
        }
        long start = System.nanoTime();
        DecodedText decoded = SourceDecoder.decode(bytes);
        Document document = settings.format()
                .map(format -> DocumentParser.parse(input.path(), decoded, format))
                .orElseGet(() -> DocumentParser.parse(input.path(), decoded));
        if (stats != null) {
            stats.addFile(bytes.length, System.nanoTime() - start);
        }
        return lint(document, settings.rules());
    }

    /** Runs the rules over a parsed document. */
    public FileResult lint(Document document, RuleSet rules) {
        List<Finding> findings = new ArrayList<>();
        document.decoded().firstMalformedChar().ifPresent(offset ->
                rules.engineSeverity(EngineRules.ENCODING).ifPresent(severity -> findings.add(
                        FindingFactory.atOffset(document, EngineRules.ENCODING, severity, offset,
                                "Invalid " + document.decoded().charset().name() + " at byte "
                                        + document.decoded().firstMalformedByte().getAsInt()
                                        + ": the file is not valid in its encoding; bad bytes read as U+FFFD"))));
        for (ConfiguredRule configured : rules.rules()) {
            List<Finding> ofRule = new ArrayList<>();
            long start = System.nanoTime();
            try {
                configured.rule().check(new Context(document, configured, ofRule));
                findings.addAll(ofRule);
            } catch (RuntimeException | StackOverflowError failure) {
                findings.add(FindingFactory.atOffset(document, EngineRules.INTERNAL_ERROR, Severity.ERROR, 0,
                        "Rule \"" + configured.id() + "\" failed: " + FindingFactory.oneLine(failure)));
            }
            if (stats != null) {
                stats.addRule(configured.id(), System.nanoTime() - start);
            }
        }
        return suppress(document, rules, findings);
    }

    /** Hides what inline directives ask to hide, and reports the directives that hid nothing. */
    private static FileResult suppress(Document document, RuleSet rules, List<Finding> findings) {
        List<Directive> directives = DirectiveParser.parse(document);
        if (directives.isEmpty()) {
            return new FileResult(document.path(), Optional.of(document.format().id()), findings, List.of(), List.of(), 0);
        }
        Suppressions.Outcome outcome = new Suppressions(directives).apply(findings, Set.of(EngineRules.INTERNAL_ERROR));
        List<Finding> kept = new ArrayList<>(outcome.kept());
        rules.engineSeverity(EngineRules.UNUSED_SUPPRESSION).ifPresent(severity ->
                outcome.unused().forEach((directive, idle) -> kept.add(FindingFactory.create(document,
                        EngineRules.UNUSED_SUPPRESSION, severity, Problem.at(directive.range(), unusedMessage(directive, idle))))));
        return new FileResult(document.path(), Optional.of(document.format().id()), kept, List.of(), List.of(),
                outcome.suppressed());
    }

    private static String unusedMessage(Directive directive, List<String> idle) {
        String what = idle.isEmpty() ? "no problems were reported here"
                : "no " + String.join(", ", idle.stream().map(id -> "\"" + id + "\"").toList()) + " problems were reported here";
        return "Unused " + directive.kind().keyword() + " directive: " + what;
    }

    private static byte[] read(SourceInput input) throws UnreadableFileException {
        if (input.content().isPresent()) {
            return input.content().get();
        }
        var file = input.file().orElseThrow();
        try {
            if (Files.isDirectory(file)) {
                throw new UnreadableFileException("cannot read: is a directory");
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new UnreadableFileException("cannot read: larger than " + (MAX_FILE_BYTES >> 20) + " MiB");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException missing) {
            throw new UnreadableFileException("cannot read: no such file");
        } catch (AccessDeniedException denied) {
            throw new UnreadableFileException("cannot read: permission denied");
        } catch (IOException failure) {
            String reason = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
            throw new UnreadableFileException("cannot read: " + reason);
        } catch (OutOfMemoryError tooBig) {
            throw new UnreadableFileException("cannot read: not enough memory");
        }
    }

    /** A file that exists but could not be read; the message is the one-line reason. */
    private static final class UnreadableFileException extends Exception {
        UnreadableFileException(String message) {
            super(message, null, false, false);
        }
    }

    /** The context of one rule on one document; collects what the rule reports. */
    private record Context(Document document, ConfiguredRule configured, List<Finding> sink) implements RuleContext {

        @Override
        public RuleOptions options() {
            return configured.options();
        }

        @Override
        public void report(Problem problem) {
            sink.add(FindingFactory.create(document, configured.id(), configured.severity(), problem));
        }
    }
}
