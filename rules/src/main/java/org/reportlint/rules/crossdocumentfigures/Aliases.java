package org.reportlint.rules.crossdocumentfigures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Names a run's reports give one market, from the {@code aliases} option: {@code [["EV charging", "electric vehicle
 * charging"]]} makes "EV charging station market" and "electric vehicle charging station market" one market. Every
 * name of a group is replaced, wherever its words stand in a market's name, by the group's first name.
 */
final class Aliases {
    static final Aliases NONE = new Aliases(List.of());

    /** The words of one name and the words of its group's first name. */
    private record Alias(List<String> words, List<String> canonical) {
    }

    /** Longest names first, so that "electric vehicle charging" is replaced before "electric vehicle". */
    private final List<Alias> aliases;

    private Aliases(List<Alias> aliases) {
        this.aliases = aliases;
    }

    /** The aliases of validated option groups; a name without words is left out. */
    static Aliases of(List<List<String>> groups) {
        if (groups.isEmpty()) {
            return NONE;
        }
        List<Alias> all = new ArrayList<>();
        for (List<String> group : groups) {
            List<List<String>> names = group.stream().map(MarketKey::words).filter(w -> !w.isEmpty()).toList();
            for (List<String> name : names) {
                all.add(new Alias(name, names.get(0)));
            }
        }
        all.sort(Comparator.comparingInt((Alias alias) -> alias.words().size()).reversed());
        return new Aliases(List.copyOf(all));
    }

    /** The words with every alias replaced by its group's first name. */
    List<String> replace(List<String> words) {
        if (aliases.isEmpty()) {
            return words;
        }
        List<String> replaced = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Alias match = matchAt(words, i);
            if (match == null) {
                replaced.add(words.get(i));
                i++;
            } else {
                replaced.addAll(match.canonical());
                i += match.words().size();
            }
        }
        return replaced;
    }

    private Alias matchAt(List<String> words, int at) {
        for (Alias alias : aliases) {
            int n = alias.words().size();
            if (at + n <= words.size() && words.subList(at, at + n).equals(alias.words())) {
                return alias;
            }
        }
        return null;
    }

    /**
     * What is wrong with configured groups, or empty: each group needs two names with words, and a name in two
     * groups would make two markets one.
     */
    static String problems(List<List<String>> groups) {
        Map<List<String>, Integer> groupOf = new LinkedHashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            List<String> group = groups.get(g);
            if (group.size() < 2) {
                return "each group needs at least two names, not " + group;
            }
            for (String name : group) {
                List<String> words = MarketKey.words(name);
                if (words.isEmpty()) {
                    return "\"" + name + "\" names no market (only words such as \"global\" and \"market\")";
                }
                Integer earlier = groupOf.putIfAbsent(words, g);
                if (earlier != null && earlier != g) {
                    return "\"" + name + "\" is in two groups; put every name of one market in one group";
                }
            }
        }
        return "";
    }
}
