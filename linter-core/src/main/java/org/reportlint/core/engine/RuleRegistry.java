package org.reportlint.core.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
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
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (RuleMetadata metadata : allMetadata()) {
            int distance = editDistance(unknownId, metadata.id());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = metadata.id();
            }
        }
        boolean close = best != null && (bestDistance <= Math.max(2, unknownId.length() / 3)
                || best.startsWith(unknownId) || unknownId.startsWith(best));
        return close ? Optional.of(best) : Optional.empty();
    }

    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
