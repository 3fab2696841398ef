package org.reportlint.core.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Function;
import org.reportlint.core.result.EngineRules;
import org.reportlint.core.rule.CrossDocumentRule;
import org.reportlint.core.rule.Rule;
import org.reportlint.core.rule.RuleDocs;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.RuleOptions;

/**
 * The rules available to a run, found with {@link ServiceLoader}, by id in alphabetical order: rules that check one
 * document ({@link Rule}) and rules across documents ({@link CrossDocumentRule}), which share one space of ids.
 */
public final class RuleRegistry {
    private final Map<String, Rule> rules;
    private final Map<String, CrossDocumentRule<?>> crossDocumentRules;

    private RuleRegistry(Map<String, Rule> rules, Map<String, CrossDocumentRule<?>> crossDocumentRules) {
        this.rules = rules;
        this.crossDocumentRules = crossDocumentRules;
    }

    /**
     * Every rule registered on the class path of {@code loader}, in
     * {@code META-INF/services/org.reportlint.core.rule.Rule} and
     * {@code META-INF/services/org.reportlint.core.rule.CrossDocumentRule}; two rules with one id are a packaging
     * error.
     */
    public static RuleRegistry load(ClassLoader loader) {
        List<Rule> found = new ArrayList<>();
        ServiceLoader.load(Rule.class, loader).forEach(found::add);
        List<CrossDocumentRule<?>> crossDocument = new ArrayList<>();
        ServiceLoader.load(CrossDocumentRule.class, loader).forEach(crossDocument::add);
        return of(found, crossDocument);
    }

    public static RuleRegistry of(Collection<? extends Rule> rules) {
        return of(rules, List.of());
    }

    public static RuleRegistry of(Collection<? extends Rule> rules,
                                  Collection<? extends CrossDocumentRule<?>> crossDocumentRules) {
        Map<String, String> owners = new LinkedHashMap<>();
        EngineRules.ALL.forEach(metadata -> owners.put(metadata.id(), "the engine"));
        Map<String, Rule> byId = new LinkedHashMap<>();
        for (Rule rule : sorted(rules, Rule::metadata)) {
            if (rule.metadata().isNamespaced()) {
                throw new IllegalStateException("rule " + rule.getClass().getName() + " has the id \""
                        + rule.metadata().id() + "\": namespace/id is for rules declared in customRules; use kebab-case");
            }
            claim(owners, rule.metadata().id(), rule);
            byId.put(rule.metadata().id(), rule);
        }
        Map<String, CrossDocumentRule<?>> crossById = new LinkedHashMap<>();
        for (CrossDocumentRule<?> rule : sorted(crossDocumentRules, CrossDocumentRule::metadata)) {
            claim(owners, rule.metadata().id(), rule);
            crossById.put(rule.metadata().id(), rule);
        }
        return new RuleRegistry(Map.copyOf(byId), Map.copyOf(crossById));
    }

    /**
     * This registry and the rules a configuration declares ({@code customRules}); a configured rule replaces an
     * earlier configured rule of the same id (a nested config redefining it), never a built-in one.
     */
    public RuleRegistry with(Collection<? extends Rule> configured) {
        if (configured.isEmpty()) {
            return this;
        }
        Map<String, Rule> byId = new LinkedHashMap<>(rules);
        for (Rule rule : configured) {
            Rule previous = byId.get(rule.metadata().id());
            if ((previous != null && !previous.metadata().isNamespaced())
                    || crossDocumentRules.containsKey(rule.metadata().id())) {
                throw new IllegalArgumentException("a configured rule cannot replace \"" + rule.metadata().id() + "\"");
            }
            byId.put(rule.metadata().id(), rule);
        }
        return new RuleRegistry(Map.copyOf(byId), crossDocumentRules);
    }

    private static <R> List<R> sorted(Collection<? extends R> rules, Function<R, RuleMetadata> meta) {
        List<R> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparing(rule -> meta.apply(rule).id()));
        return sorted;
    }

    private static void claim(Map<String, String> owners, String id, Object rule) {
        String owner = owners.putIfAbsent(id, rule.getClass().getName());
        if (owner != null) {
            throw new IllegalStateException("two rules have the id \"" + id + "\": " + rule.getClass().getName()
                    + " and " + owner);
        }
    }

    /** The rules that check one document, by id. */
    public List<Rule> rules() {
        return rules.values().stream().sorted(Comparator.comparing(r -> r.metadata().id())).toList();
    }

    /** The rules across documents, by id. */
    public List<CrossDocumentRule<?>> crossDocumentRules() {
        return crossDocumentRules.values().stream().sorted(Comparator.comparing(r -> r.metadata().id())).toList();
    }

    public Optional<Rule> find(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    public Optional<CrossDocumentRule<?>> findCrossDocument(String id) {
        return Optional.ofNullable(crossDocumentRules.get(id));
    }

    /** Metadata of the rules of both kinds and of the engine's own findings, by id. */
    public List<RuleMetadata> allMetadata() {
        List<RuleMetadata> all = new ArrayList<>(rules().stream()
                .map(rule -> RuleDocs.withPage(rule.metadata(), rule.getClass())).toList());
        crossDocumentRules().forEach(rule -> all.add(RuleDocs.withPage(rule.metadata(), rule.getClass())));
        all.addAll(EngineRules.ALL);
        all.sort(Comparator.comparing(RuleMetadata::id));
        return all;
    }

    public Optional<RuleMetadata> metadata(String id) {
        return allMetadata().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** What the rule of {@code id} finds wrong with these options, by option name; empty for valid ones. */
    public Map<String, String> validateOptions(String id, RuleOptions options) {
        return find(id).map(rule -> rule.validateOptions(options))
                .or(() -> findCrossDocument(id).map(rule -> rule.validateOptions(options)))
                .orElse(Map.of());
    }

    /** The known id closest to a misspelled one, if any is close enough to be a likely typo. */
    public Optional<String> suggest(String unknownId) {
        return Nearest.to(unknownId, allMetadata().stream().map(RuleMetadata::id).toList());
    }
}
