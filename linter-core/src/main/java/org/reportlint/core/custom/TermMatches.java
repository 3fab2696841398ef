package org.reportlint.core.custom;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The matches of several terms in one region: in text order, overlaps dropped (the earlier, then longer, wins). */
final class TermMatches {

    /** A match and the index of the term that made it. */
    record Hit(int term, Term.Match match) {
    }

    private TermMatches() {
    }

    static List<Term.Match> in(Region region, List<Term> terms) {
        return hits(region, terms).stream().map(Hit::match).toList();
    }

    static List<Hit> hits(Region region, List<Term> terms) {
        List<Hit> all = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            for (Term.Match match : terms.get(i).find(region.text())) {
                if (region.admits(match.start(), match.end())) {
                    all.add(new Hit(i, match));
                }
            }
        }
        all.sort(Comparator.comparingInt((Hit h) -> h.match().start()).thenComparingInt(h -> -h.match().end()));
        List<Hit> kept = new ArrayList<>();
        int end = -1;
        for (Hit hit : all) {
            if (hit.match().start() >= end) {
                kept.add(hit);
                end = hit.match().end();
            }
        }
        return kept;
    }
}
