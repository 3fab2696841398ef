package org.reportlint.core.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.reportlint.core.config.RuleSet;
import org.reportlint.core.document.Document;
import org.reportlint.core.engine.internal.FindingFactory;
import org.reportlint.core.engine.internal.ResolvedLocation;
import org.reportlint.core.engine.internal.WordCount;
import org.reportlint.core.result.EngineRules;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.Finding;
import org.reportlint.core.rule.Severity;
import org.reportlint.core.source.TextRange;
import org.reportlint.core.suppress.Directive;
import org.reportlint.core.suppress.DirectiveParser;
import org.reportlint.core.suppress.Suppressions;

/**
 * One file after its own pass: the findings of the rules that check one document, already through the file's inline
 * suppressions, and what is kept so the result can be finished once every document of the run is read. That is the
 * values cross-document rules collected, the directives (small) so that cross-document findings go through them too,
 * and where each directive is, since whether it was unused is known only then. The document itself is not kept.
 */
public final class LintedFile {
    private static final Set<String> NEVER_SUPPRESSED = Set.of(EngineRules.INTERNAL_ERROR);

    private final FileResult own;
    private final Optional<RuleSet> rules;
    private final Optional<Suppressions> suppressions;
    private final Suppressions.Usage usage;
    private final Map<Directive, ResolvedLocation> directives;
    private final Map<String, Object> collected;
    private final Optional<ResolvedLocation> origin;

    private LintedFile(FileResult own, Optional<RuleSet> rules, Optional<Suppressions> suppressions,
                       Suppressions.Usage usage, Map<Directive, ResolvedLocation> directives,
                       Map<String, Object> collected, Optional<ResolvedLocation> origin) {
        this.own = own;
        this.rules = rules;
        this.suppressions = suppressions;
        this.usage = usage;
        this.directives = Map.copyOf(directives);
        this.collected = Map.copyOf(collected);
        this.origin = origin;
    }

    /** A file that was not linted at all (unreadable or skipped): its result is final as it is. */
    public static LintedFile of(FileResult result) {
        return new LintedFile(result, Optional.empty(), Optional.empty(), Suppressions.Usage.NONE, Map.of(),
                Map.of(), Optional.empty());
    }

    /** A linted document: its findings go through its directives now, what cross-document rules collected waits. */
    static LintedFile of(Document document, RuleSet rules, List<Finding> findings, Map<String, Object> collected) {
        Optional<String> format = Optional.of(document.format().id());
        // A cross-document rule that fails when it reports gets its internal error at the start of a file.
        Optional<ResolvedLocation> origin = rules.crossDocumentRules().isEmpty() ? Optional.empty()
                : Optional.of(FindingFactory.locate(document, EngineRules.INTERNAL_ERROR,
                        new TextRange(0, Math.min(1, document.source().length()))));
        List<Directive> found = DirectiveParser.parse(document);
        int words = WordCount.of(document);
        if (found.isEmpty()) {
            return new LintedFile(new FileResult(document.path(), format, findings, List.of(), List.of(), 0, words),
                    Optional.of(rules), Optional.empty(), Suppressions.Usage.NONE, Map.of(), collected, origin);
        }
        Suppressions suppressions = new Suppressions(found);
        Suppressions.Filtered filtered = suppressions.filter(findings, NEVER_SUPPRESSED);
        Map<Directive, ResolvedLocation> located = new LinkedHashMap<>();
        List<Finding> kept = new ArrayList<>(filtered.kept());
        Suppressions.Usage usage = filtered.usage();
        Optional<Severity> unused = rules.engineSeverity(EngineRules.UNUSED_SUPPRESSION);
        if (unused.isPresent()) {
            Map<Directive, Set<String>> reported = new LinkedHashMap<>();
            for (Directive directive : found) {
                ResolvedLocation at = FindingFactory.locate(document, EngineRules.UNUSED_SUPPRESSION, directive.range());
                if (directive.kind() != Directive.Kind.ENABLE) {
                    located.put(directive, at);
                }
                // An unknown id can never hide anything, so it is known now, in the document's own pass, to be an
                // unused suppression; it is reported as a typo with the id meant and counted as dealt with, so the
                // final round (perhaps in a shard merge, which has no registry) does not report it again.
                for (String id : directive.rules()) {
                    if (rules.isUnknown(id)) {
                        kept.add(FindingFactory.at(at, EngineRules.UNUSED_SUPPRESSION, unused.get(),
                                unknownRuleMessage(directive, id, rules.suggest(id)), List.of()));
                        reported.computeIfAbsent(directive, d -> new LinkedHashSet<>()).add(id);
                    }
                }
            }
            usage = usage.plus(new Suppressions.Usage(reported));
        }
        return new LintedFile(new FileResult(document.path(), format, kept, List.of(), List.of(),
                filtered.suppressed(), words), Optional.of(rules), Optional.of(suppressions), usage, located,
                collected, origin);
    }

    public String path() {
        return own.path();
    }

    /** The findings of the file's own rules that its directives let through; what fixing works from. */
    public List<Finding> findings() {
        return own.findings();
    }

    public List<String> notices() {
        return own.notices();
    }

    /** The same file with one more notice, such as why it was not fixed. */
    public LintedFile withNotice(String notice) {
        List<String> notices = new ArrayList<>(own.notices());
        notices.add(notice);
        return with(own.with(own.findings(), own.errors(), notices, own.suppressed()));
    }

    /** The same file with one more error, such as why its fixes could not be written. */
    public LintedFile withError(String error) {
        List<String> errors = new ArrayList<>(own.errors());
        errors.add(error);
        return with(own.with(own.findings(), errors, own.notices(), own.suppressed()));
    }

    /** Whether a cross-document rule is enabled for this file, so its result is final only when all are read. */
    public boolean awaitsOtherDocuments() {
        return rules.map(set -> !set.crossDocumentRules().isEmpty()).orElse(false);
    }

    Optional<RuleSet> rules() {
        return rules;
    }

    /** What each cross-document rule collected from the document, by rule id. */
    Map<String, Object> collected() {
        return collected;
    }

    Optional<ResolvedLocation> origin() {
        return origin;
    }

    /**
     * The file's final result: its own findings and the cross-document findings in it, the latter through the
     * directives too, and then each directive that hid nothing in either round as an unused suppression.
     */
    FileResult finish(List<Finding> acrossDocuments) {
        if (suppressions.isEmpty()) {
            if (acrossDocuments.isEmpty()) {
                return own;
            }
            List<Finding> findings = new ArrayList<>(own.findings());
            findings.addAll(acrossDocuments);
            return own.with(findings, own.errors(), own.notices(), own.suppressed());
        }
        Suppressions.Filtered across = suppressions.get().filter(acrossDocuments, NEVER_SUPPRESSED);
        List<Finding> findings = new ArrayList<>(own.findings());
        findings.addAll(across.kept());
        Optional<Severity> unused = rules.flatMap(set -> set.engineSeverity(EngineRules.UNUSED_SUPPRESSION));
        if (unused.isPresent()) {
            suppressions.get().unused(usage.plus(across.usage())).forEach((directive, idle) -> findings.add(
                    FindingFactory.at(directives.get(directive), EngineRules.UNUSED_SUPPRESSION, unused.get(),
                            unusedMessage(directive, idle), List.of())));
        }
        return own.with(findings, own.errors(), own.notices(), own.suppressed() + across.suppressed());
    }

    /**
     * This file as a shard keeps it for a merge, or empty when its result is already final (no cross-document rule
     * is enabled for it).
     */
    public Optional<PendingFile> pending() {
        if (!awaitsOtherDocuments()) {
            return Optional.empty();
        }
        Map<String, Severity> across = new LinkedHashMap<>();
        rules.get().crossDocumentRules().forEach(configured -> across.put(configured.id(), configured.severity()));
        return Optional.of(new PendingFile(own, across,
                rules.get().engineSeverity(EngineRules.UNUSED_SUPPRESSION), origin,
                suppressions.map(Suppressions::directives).orElse(List.of()), usage.hid(), directives, collected,
                Optional.empty()));
    }

    /**
     * A file a shard left pending, ready to be finished with the other files of the run by {@link Linter#complete}.
     *
     * @param rules the cross-document rule of each id in {@code pending}, as the registry of the merge has it
     */
    public static LintedFile restore(PendingFile pending, RuleSet rules) {
        Optional<Suppressions> suppressions = pending.directives().isEmpty() ? Optional.empty()
                : Optional.of(new Suppressions(pending.directives()));
        return new LintedFile(pending.own(), Optional.of(rules), suppressions, new Suppressions.Usage(pending.hid()),
                pending.located(), pending.collected(), pending.origin());
    }

    private LintedFile with(FileResult result) {
        return new LintedFile(result, rules, suppressions, usage, directives, collected, origin);
    }

    private static String unknownRuleMessage(Directive directive, String id, Optional<String> meant) {
        return "unknown rule \"" + id + "\" in " + directive.kind().keyword()
                + meant.map(known -> " (did you mean \"" + known + "\"?)").orElse("");
    }

    private static String unusedMessage(Directive directive, List<String> idle) {
        String what = idle.isEmpty() ? "no problems were reported here"
                : "no " + String.join(", ", idle.stream().map(id -> "\"" + id + "\"").toList())
                        + " problems were reported here";
        return "Unused " + directive.kind().keyword() + " directive: " + what;
    }
}
