package org.reportlint.core.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.reportlint.core.result.EngineRules;
import org.reportlint.core.rule.CrossDocumentRule;
import org.reportlint.core.rule.Rule;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.RuleOptions;
import org.reportlint.core.rule.Severity;
import org.reportlint.core.vocabulary.Vocabulary;

/** The rules that run on a file, with their severities and options, and the severities of the engine's own findings. */
public final class RuleSet {
    private final List<ConfiguredRule> rules;
    private final List<ConfiguredCrossDocumentRule> crossDocumentRules;
    private final Map<String, Optional<Severity>> engineLevels;
    /** Every id of the registry, on or off; empty when the set was given ready-made and the registry is not known. */
    private final Optional<Set<String>> knownIds;
    private final Vocabulary vocabulary;

    private RuleSet(List<ConfiguredRule> rules, List<ConfiguredCrossDocumentRule> crossDocumentRules,
                    Map<String, Optional<Severity>> engineLevels, Optional<Set<String>> knownIds,
                    Vocabulary vocabulary) {
        this.rules = List.copyOf(rules);
        this.crossDocumentRules = List.copyOf(crossDocumentRules);
        this.engineLevels = Map.copyOf(engineLevels);
        this.knownIds = knownIds.map(Set::copyOf);
        this.vocabulary = java.util.Objects.requireNonNull(vocabulary, "vocabulary");
    }

    /** The same rules with {@code lists} as the word lists in effect. */
    public RuleSet withVocabulary(Vocabulary lists) {
        return new RuleSet(rules, crossDocumentRules, engineLevels, knownIds, lists);
    }

    /** The word lists in effect: accepted terms silence findings inside them, rejected ones are reported. */
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /**
     * Starts from a preset and applies settings in order, later ones winning. Ids must be known to the registry;
     * front ends check them first so the user sees a proper message.
     */
    public static RuleSet of(RuleRegistry registry, Preset preset, Map<String, RuleSetting> settings) {
        Map<String, Optional<Severity>> levels = new LinkedHashMap<>();
        Map<String, Map<String, Object>> options = new LinkedHashMap<>();
        for (RuleMetadata metadata : registry.allMetadata()) {
            boolean engineRule = EngineRules.ALL.contains(metadata);
            boolean on = engineRule || preset.enables(metadata);
            levels.put(metadata.id(), on ? Optional.of(metadata.defaultSeverity()) : Optional.empty());
        }
        settings.forEach((id, setting) -> {
            if (!levels.containsKey(id)) {
                throw new IllegalArgumentException("unknown rule \"" + id + "\"");
            }
            levels.put(id, setting.severity());
            setting.options().ifPresent(values -> options.put(id, values));
        });
        // A rule crash is never hidden by configuration.
        levels.put(EngineRules.INTERNAL_ERROR, Optional.of(Severity.ERROR));
        List<ConfiguredRule> enabled = new ArrayList<>();
        List<ConfiguredCrossDocumentRule> enabledAcross = new ArrayList<>();
        Map<String, Optional<Severity>> engine = new LinkedHashMap<>();
        for (Map.Entry<String, Optional<Severity>> entry : levels.entrySet()) {
            String id = entry.getKey();
            Optional<Rule> rule = registry.find(id);
            Optional<CrossDocumentRule<?>> across = registry.findCrossDocument(id);
            RuleOptions configured = RuleOptions.of(options.getOrDefault(id, Map.of()));
            if (rule.isEmpty() && across.isEmpty()) {
                engine.put(id, entry.getValue());
            } else if (entry.getValue().isPresent() && rule.isPresent()) {
                enabled.add(new ConfiguredRule(rule.get(), entry.getValue().get(), configured));
            } else if (entry.getValue().isPresent()) {
                enabledAcross.add(new ConfiguredCrossDocumentRule(across.get(), entry.getValue().get(), configured));
            }
        }
        return new RuleSet(enabled, enabledAcross, engine, Optional.of(levels.keySet()), Vocabulary.none());
    }

    /**
     * Exactly these rules and engine levels, with no preset or settings applied: for a file that was configured
     * elsewhere, such as one a shard linted and {@code reportlint merge} finishes.
     */
    public static RuleSet of(List<ConfiguredRule> rules, List<ConfiguredCrossDocumentRule> crossDocumentRules,
                             Map<String, Optional<Severity>> engineLevels) {
        return new RuleSet(rules, crossDocumentRules, engineLevels, Optional.empty(), Vocabulary.none());
    }

    /**
     * The same rules without the cross-document ones, for a document that is not compared with the others of its
     * run (standard input).
     */
    public RuleSet withoutCrossDocumentRules() {
        return crossDocumentRules.isEmpty() ? this
                : new RuleSet(rules, List.of(), engineLevels, knownIds, vocabulary);
    }

    /** The enabled rules that check one document, in id order. */
    public List<ConfiguredRule> rules() {
        return rules;
    }

    /** The enabled cross-document rules, in id order. */
    public List<ConfiguredCrossDocumentRule> crossDocumentRules() {
        return crossDocumentRules;
    }

    /** The severity of an engine finding such as {@code encoding}, or empty when it is turned off. */
    public Optional<Severity> engineSeverity(String id) {
        return engineLevels.getOrDefault(id, Optional.empty());
    }

    /**
     * Whether {@code id} names no rule of the registry (on or off), so a directive naming it is a typo. Always false
     * for a set given ready-made ({@link #of(List, List, Map)}), which cannot tell an unknown id from a disabled one.
     */
    public boolean isUnknown(String id) {
        return knownIds.map(known -> !known.contains(id)).orElse(false);
    }

    /** The known id closest to an unknown one, when it is close enough to be a likely typo. */
    public Optional<String> suggest(String unknownId) {
        return knownIds.flatMap(known -> Nearest.to(unknownId, known));
    }

    /** The severity of any rule or engine finding, or empty when it is off. */
    public Optional<Severity> severity(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).map(ConfiguredRule::severity).findFirst()
                .or(() -> crossDocumentRules.stream().filter(r -> r.id().equals(id))
                        .map(ConfiguredCrossDocumentRule::severity).findFirst())
                .or(() -> engineSeverity(id));
    }
}
