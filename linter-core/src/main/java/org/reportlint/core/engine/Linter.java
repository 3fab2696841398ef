package org.reportlint.core.engine;

import java.io.IOException;
import java.nio.charset.CoderMalfunctionError;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.reportlint.core.config.ConfiguredCrossDocumentRule;
import org.reportlint.core.config.ConfiguredRule;
import org.reportlint.core.config.FileSettings;
import org.reportlint.core.config.RuleSet;
import org.reportlint.core.document.Document;
import org.reportlint.core.document.DocumentParser;
import org.reportlint.core.engine.internal.FindingFactory;
import org.reportlint.core.engine.internal.Parallel;
import org.reportlint.core.facts.FactKind;
import org.reportlint.core.facts.FactTimes;
import org.reportlint.core.result.EngineRules;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.Finding;
import org.reportlint.core.result.LintResult;
import org.reportlint.core.result.ResultCollector;
import org.reportlint.core.result.ResultSink;
import org.reportlint.core.rule.CollectContext;
import org.reportlint.core.rule.DocumentLocation;
import org.reportlint.core.rule.Problem;
import org.reportlint.core.rule.RuleContext;
import org.reportlint.core.rule.RuleOptions;
import org.reportlint.core.rule.Severity;
import org.reportlint.core.source.DecodedText;
import org.reportlint.core.source.EncodingWarning;
import org.reportlint.core.source.SourceDecoder;
import org.reportlint.core.source.SourceInput;
import org.reportlint.core.source.TextRange;
import org.reportlint.core.vocabulary.AcceptedText;
import org.reportlint.core.vocabulary.Rejection;

/**
 * Lints files: reads and parses each once, runs every enabled rule over the one document, lets cross-document rules
 * collect from it, and keeps only findings and collected values. Files are linted in parallel; results come out in
 * input order whatever the thread count.
 */
public final class Linter {
    /** Files larger than this are reported, not linted: a report this big is not a report. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private final LintStats stats;
    private final ResultCache cache;
    /** Where a shard's pending files go instead of the cross-document step; null in a whole run. */
    private final Consumer<List<PendingFile>> deferred;
    /** The configured group of a path: cross-document rules compare documents of one group only. */
    private final Function<String, Optional<String>> groups;

    public Linter() {
        this(null);
    }

    /** A linter that records its timings in {@code stats}; null records nothing. */
    public Linter(LintStats stats) {
        this(stats, null);
    }

    /** A linter that also replays and records results in {@code cache}; null lints every file. */
    public Linter(LintStats stats, ResultCache cache) {
        this(stats, cache, null, path -> Optional.empty());
    }

    private Linter(LintStats stats, ResultCache cache, Consumer<List<PendingFile>> deferred,
                   Function<String, Optional<String>> groups) {
        this.stats = stats;
        this.cache = cache;
        this.deferred = deferred;
        this.groups = groups;
    }

    /**
     * The same linter for one shard of a run: {@link #complete} does not run the cross-document step, which needs
     * the files of every shard, but hands the files that wait for it to {@code pending} and finishes each with what
     * it has so far; {@code reportlint merge} finishes them for real.
     */
    public Linter deferringCrossDocuments(Consumer<List<PendingFile>> pending) {
        return new Linter(stats, cache, Objects.requireNonNull(pending, "pending"), groups);
    }

    /**
     * The same linter for a run whose configuration has {@code groups}: each cross-document rule reports once per
     * group, over the documents of that group only, so reports of two publishers or two template families are
     * never compared. A path {@code groupOf} gives no group for is compared with the other paths of no group.
     */
    public Linter comparingWithinGroups(Function<String, Optional<String>> groupOf) {
        return new Linter(stats, cache, deferred, Objects.requireNonNull(groupOf, "groupOf"));
    }

    /**
     * Lints every input with the settings {@code settingsFor} picks for it, on {@code threads} threads, and hands
     * each file's final result to {@code sink} in input order.
     *
     * <p>Without a cross-document rule a result is final when its file is done, and it is handed over as soon as
     * every earlier input is done too; only results that finish ahead of an earlier file wait meanwhile. When a
     * cross-document rule is enabled for any input, any file may still get findings until every document is read,
     * so every result waits (findings and collected values only, no documents) and all are handed over at the end.
     */
    public void lint(List<SourceInput> inputs, Function<SourceInput, FileSettings> settingsFor, int threads,
                     ResultSink sink) {
        boolean acrossDocuments = inputs.stream()
                .anyMatch(input -> !settingsFor.apply(input).rules().crossDocumentRules().isEmpty());
        if (!acrossDocuments) {
            Parallel.forEachInOrder(inputs, input -> check(input, settingsFor.apply(input)).finish(List.of()),
                    threads, sink::accept);
            return;
        }
        complete(Parallel.map(inputs, input -> check(input, settingsFor.apply(input)), threads)).forEach(sink::accept);
    }

    /** Lints every input with the rules {@code rulesFor} picks for it, on {@code threads} threads, in input order. */
    public LintResult lint(List<SourceInput> inputs, Function<SourceInput, RuleSet> rulesFor, int threads) {
        ResultCollector collector = new ResultCollector();
        lint(inputs, input -> FileSettings.of(rulesFor.apply(input)), threads, collector);
        return collector.result();
    }

    /** Reads, parses and lints one input as a run of its own; a file that cannot be read gets an error. */
    public FileResult lint(SourceInput input, RuleSet rules) {
        return complete(List.of(check(input, FileSettings.of(rules)))).get(0);
    }

    /** Runs the rules over a parsed document as a run of its own: cross-document rules see this document only. */
    public FileResult lint(Document document, RuleSet rules) {
        return complete(List.of(check(document, rules))).get(0);
    }

    /**
     * Reads, parses (as the configured format, else as detected) and checks one input; a file that cannot be read
     * becomes a result with an error. The result is finished by {@link #complete}.
     */
    public LintedFile check(SourceInput input, FileSettings settings) {
        byte[] bytes;
        try {
            bytes = read(input);
        } catch (UnreadableFileException unreadable) {
            return LintedFile.of(FileResult.unreadable(input.path(), unreadable.getMessage()));
        }
        if (input.foundByWalk() && SourceDecoder.looksBinary(bytes)) {
            return LintedFile.of(FileResult.skipped(input.path(), "skipped binary file"));
        }
        Optional<ResultCache.Entry> cached = cache == null ? Optional.empty()
                : Optional.of(cache.entry(input, bytes, settings));
        // Without a cross-document rule a file's result is final after its own pass; with one, the file is kept as
        // it waits for the other documents, and a replayed one still takes part in the cross-document step.
        boolean waits = !settings.rules().crossDocumentRules().isEmpty();
        Optional<LintedFile> replayed = waits
                ? cached.flatMap(ResultCache.Entry::replayPending).map(kept -> LintedFile.restore(kept, settings.rules()))
                : cached.flatMap(ResultCache.Entry::replay).map(LintedFile::of);
        if (replayed.isPresent()) {
            return replayed.get();
        }
        long start = System.nanoTime();
        Document document;
        try {
            DecodedText decoded = SourceDecoder.decode(bytes, input.path(), settings.fallbackCharset());
            document = settings.format()
                    .map(format -> DocumentParser.parse(input.path(), decoded, format))
                    .orElseGet(() -> DocumentParser.parse(input.path(), decoded));
        } catch (RuntimeException | StackOverflowError | CoderMalfunctionError failure) {
            return LintedFile.of(FileResult.unreadable(input.path(),
                    "cannot parse: " + FindingFactory.oneLine(failure)));
        } catch (OutOfMemoryError exhausted) {
            return outOfMemory(input.path());
        }
        if (stats != null) {
            stats.addFile(bytes.length, System.nanoTime() - start);
        }
        LintedFile linted = check(document, settings.rules());
        cached.ifPresent(entry -> {
            if (waits) {
                linted.pending().ifPresent(entry::recordPending);
            } else {
                entry.record(linted.finish(List.of()));
            }
        });
        return linted;
    }

    /**
     * Runs the rules that check one document over it, lets the cross-document rules collect from it, and applies
     * its inline suppressions; the document is not needed afterwards.
     */
    public LintedFile check(Document document, RuleSet rules) {
        try {
            return checkRules(document, rules);
        } catch (RuntimeException | StackOverflowError failure) {
            // Not a rule (each rule's failure is its own finding): the engine's own steps on this document.
            return LintedFile.of(FileResult.unreadable(document.path(),
                    "cannot lint: " + FindingFactory.oneLine(failure)));
        } catch (OutOfMemoryError exhausted) {
            return outOfMemory(document.path());
        }
    }

    /**
     * Gives up on one file that needs more memory than is left, so the others are still linted: what it held is
     * garbage once this returns.
     */
    private static LintedFile outOfMemory(String path) {
        return LintedFile.of(FileResult.unreadable(path, "cannot lint: not enough memory for this file; gave up on "
                + "it (give Java more heap, e.g. REPORTLINT_JAVA_OPTS=-Xmx4g)"));
    }

    private LintedFile checkRules(Document document, RuleSet rules) {
        List<Finding> findings = new ArrayList<>();
        document.decoded().firstMalformedChar().ifPresent(offset ->
                rules.engineSeverity(EngineRules.ENCODING).ifPresent(severity -> findings.add(
                        FindingFactory.atOffset(document, EngineRules.ENCODING, severity, offset,
                                // No byte offset in the message: the finding's position says where, and a
                                // message must not change when a line is inserted above (baselines keep it).
                                "Invalid " + document.decoded().charset().name()
                                        + " bytes: the file is not valid in its encoding; bad bytes read as U+FFFD"))));
        for (EncodingWarning warning : document.decoded().warnings()) {
            rules.engineSeverity(EngineRules.ENCODING).ifPresent(severity -> findings.add(FindingFactory.atOffset(
                    document, EngineRules.ENCODING, severity, warning.charOffset(), warning.message())));
        }
        AcceptedText accepted = rules.vocabulary().acceptedIn(document);
        reportRejected(document, rules, accepted, findings);
        FactTimes.drain(); // facts computed outside any rule on this thread are not the next rule's
        for (ConfiguredRule configured : rules.rules()) {
            List<Finding> ofRule = new ArrayList<>();
            long start = System.nanoTime();
            try {
                configured.rule().check(new Context(document, configured, ofRule,
                        configured.rule().honoursAcceptedTerms() ? accepted : null));
                findings.addAll(ofRule);
            } catch (RuntimeException | StackOverflowError failure) {
                findings.add(failed(document, configured.id(), failure));
            }
            record(configured.id(), start);
        }
        Map<String, Object> collected = new LinkedHashMap<>();
        for (ConfiguredCrossDocumentRule configured : rules.crossDocumentRules()) {
            long start = System.nanoTime();
            try {
                Optional<?> value = configured.rule().collect(new Collecting(document, configured));
                if (value != null) {
                    value.ifPresent(v -> collected.put(configured.id(), v));
                }
            } catch (RuntimeException | StackOverflowError failure) {
                findings.add(failed(document, configured.id(), failure));
            }
            record(configured.id(), start);
        }
        return LintedFile.of(document, rules, findings, collected);
    }

    /**
     * Finishes checked files as one run: every cross-document rule reports over what it collected from them, its
     * findings go to the files they are in (through those files' suppressions), and each file's result is final.
     *
     * @param files the files of the run, in path order
     * @return their results, in the same order
     */
    public List<FileResult> complete(List<LintedFile> files) {
        if (deferred != null) {
            deferred.accept(files.stream().flatMap(file -> file.pending().stream())
                    .map(pending -> pending.inGroup(groups.apply(pending.path()))).toList());
            return files.stream().map(file -> file.finish(List.of())).toList();
        }
        Map<LintedFile, List<Finding>> across = CrossDocumentPass.run(files, stats, groups);
        return files.stream().map(file -> file.finish(across.getOrDefault(file, List.of()))).toList();
    }

    /** Every rejected term in the document's prose, unless it lies inside an accepted one. */
    private static void reportRejected(Document document, RuleSet rules, AcceptedText accepted,
                                       List<Finding> findings) {
        Optional<Severity> severity = rules.engineSeverity(EngineRules.VOCABULARY);
        if (severity.isEmpty() || !rules.vocabulary().rejectsAny()) {
            return;
        }
        for (Rejection rejection : rules.vocabulary().rejectedIn(document)) {
            if (!accepted.covers(rejection.range())) {
                findings.add(FindingFactory.create(document, EngineRules.VOCABULARY, severity.get(),
                        Problem.at(rejection.range(), rejection.message())));
            }
        }
    }

    private static Finding failed(Document document, String rule, Throwable failure) {
        return FindingFactory.atOffset(document, EngineRules.INTERNAL_ERROR, Severity.ERROR, 0,
                "Rule \"" + rule + "\" failed: " + FindingFactory.oneLine(failure));
    }

    /**
     * Charges a rule its time since {@code start}, less the shared facts it was first to ask for: those are the
     * run's, timed apart (a rule that reads facts another rule computed pays nothing for them either).
     */
    private void record(String rule, long start) {
        long elapsed = System.nanoTime() - start;
        Map<FactKind, Long> facts = FactTimes.drain();
        if (stats != null) {
            long factNanos = Math.min(FactTimes.total(facts), elapsed);
            stats.addRule(rule, elapsed - factNanos);
            stats.addFacts(facts);
        }
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
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                // A FIFO or a device could block the read forever or never end: refused before reading.
                throw new UnreadableFileException(SourceInput.NOT_A_REGULAR_FILE);
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

    /**
     * The context of one rule on one document; collects what the rule reports, less what lies inside an accepted
     * term when {@code accepted} is given (the rule honours accept lists).
     */
    private record Context(Document document, ConfiguredRule configured, List<Finding> sink,
                           AcceptedText accepted) implements RuleContext {

        @Override
        public RuleOptions options() {
            return configured.options();
        }

        @Override
        public void report(Problem problem) {
            if (accepted != null && accepted.covers(problem.range())) {
                return;
            }
            sink.add(FindingFactory.create(document, configured.id(), configured.severity(), problem));
        }
    }

    /** The context of one cross-document rule collecting from one document. */
    private record Collecting(Document document, ConfiguredCrossDocumentRule configured) implements CollectContext {

        @Override
        public RuleOptions options() {
            return configured.options();
        }

        @Override
        public DocumentLocation locate(TextRange range) {
            return FindingFactory.locate(document, configured.id(), range);
        }
    }
}
