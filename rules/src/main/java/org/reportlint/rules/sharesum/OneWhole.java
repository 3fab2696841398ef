package org.reportlint.rules.sharesum;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.reportlint.core.facts.Facts;
import org.reportlint.core.facts.Subject;

/**
 * Decides whether the parts of a group are parts of one whole, so that their shares must add up to 100% at most.
 *
 * <p>Every doubt says no: a survey, a share of a sub-category ("online share"), a part inside another part, two years, a measure of value beside one of
 * quantity, two ways of dividing the market, a region beside a country, a company beside a region, another
 * market's figures, the same label twice, a place beside a part that is not one, or shares said to be of different
 * things.
 */
final class OneWhole {
    private OneWhole() {
    }

    static boolean holds(PartGroup group, Facts facts) {
        String context = group.context();
        if (WholeCues.isSurvey(context) || WholeCues.hasSubPart(context) || ShareQualifier.isQualified(context) || WholeCues.mixesMeasures(context)
                || WholeCues.mixesDimensions(context) || WholeCues.years(context).size() > 1
                || Geography.mixesLevels(context)
                || Geography.mixesPlacesWithOtherParts(group.parts().stream().map(Part::label).toList())) {
            return false;
        }
        return distinctLabels(group) && sameWhole(group) && sameSubjectKind(group, facts);
    }

    private static boolean distinctLabels(PartGroup group) {
        Set<String> labels = new HashSet<>();
        for (Part part : group.parts()) {
            String label = part.label().strip().toLowerCase(Locale.ROOT);
            if (!label.isEmpty() && !labels.add(label)) {
                return false;
            }
        }
        return true;
    }

    /** Shares said to be of two different things ("of the market", "of exports") are of two wholes. */
    private static boolean sameWhole(PartGroup group) {
        Set<String> wholes = new HashSet<>();
        for (Part part : group.parts()) {
            if (!part.whole().isEmpty()) {
                wholes.add(part.whole());
            }
        }
        return wholes.size() <= 1;
    }

    /** A company's share beside a region's, or any share of another market, is not part of this whole. */
    private static boolean sameSubjectKind(PartGroup group, Facts facts) {
        Set<Subject.Kind> kinds = new HashSet<>();
        for (Part part : group.parts()) {
            Subject.Kind kind = facts.subjectAt(part.share().block(), part.share().start()).kind();
            if (kind == Subject.Kind.OTHER_MARKET) {
                return false;
            }
            kinds.add(kind);
        }
        // A table row label that is no region reads as a segment, so only a company beside a region is telling.
        return !(kinds.contains(Subject.Kind.COMPANY) && kinds.contains(Subject.Kind.REGION));
    }
}
