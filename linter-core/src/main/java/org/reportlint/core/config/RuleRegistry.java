package org.reportlint.core.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.result.EngineRules;
import org.reportlint.core.rule.Rule;
import org.reportlint.core.rule.RuleMetadata;

/** The rules available to a run, found with {@link ServiceLoader}, by id in alphabetical order. */
public final class RuleRegistry {
    private final Map<String, Rule> rules;

    private RuleRegistry(Map<String, Rule> rules) {
        this.rules = rules;
    }

    /** Every rule registered on the class path of {@code loader}; two rules with one id are a packaging error. */
    public static RuleRegistry load(ClassLoader loader) {
        List<Rule> found = new ArrayList<>();
        ServiceLoader.load(Rule.class, loader).forEach(found::add);
        return of(found);
    }

    public static RuleRegistry of(Collection<? extends Rule> rules) {
        List<Rule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparing(r -> r.metadata().id()));
        Map<String, Rule> byId = new LinkedHashMap<>();
        for (Rule rule : sorted) {
            String id = rule.metadata().id();
            if (byId.containsKey(id) || EngineRules.ALL.stream().anyMatch(m -> m.id().equals(id))) {
                throw new IllegalStateException("two rules have the id \"" + id + "\": "
                        + rule.getClass().getName() + " and " + Optional.ofNullable(byId.get(id))
                        .map(r -> r.getClass().getName()).orElse("the engine"));
            }
            byId.put(id, rule);
        }
        return new RuleRegistry(Map.copyOf(byId));
    }

    public List<Rule> rules() {
        return rules.values().stream().sorted(Comparator.comparing(r -> r.metadata().id())).toList();
    }

    public Optional<Rule> find(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /** Metadata of the rules and of the engine's own findings, by id. */
    public List<RuleMetadata> allMetadata() {
        List<RuleMetadata> all = new ArrayList<>(rules().stream().map(Rule::metadata).toList());
        all.addAll(EngineRules.ALL);
        all.sort(Comparator.comparing(RuleMetadata::id));
        return all;
    }

    public Optional<RuleMetadata> metadata(String id) {
        return allMetadata().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** The known id closest to a misspelled one, if any is close enough to be a likely typo. */
    public Optional<String> suggest(String unknownId) {
        return Nearest.to(unknownId, allMetadata().stream().map(RuleMetadata::id).toList());
    }
}
