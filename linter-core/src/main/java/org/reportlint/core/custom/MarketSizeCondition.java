package org.reportlint.core.custom;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.reportlint.core.facts.Facts;
import org.reportlint.core.facts.MarketSize;

/**
 * {@code "fact": "market-size"}: every market size the document states (an amount given as a market's size in a
 * year, as {@code conflicting-figures} reads them) of the chosen subjects, optionally only for one {@code year}, must
 * lie within {@code min} and {@code max}. Magnitudes are normalised ({@code USD 0.6 trillion} is above {@code USD 500
 * billion}); a size in another currency than the limits is not checked, since no exchange rate is assumed.
 *
 * @param min the smallest size allowed, in currency units, if any
 * @param max the largest size allowed, in currency units, if any
 * @param currency the ISO 4217 code of the limits, {@code USD}
 * @param year the only year whose sizes are checked, if given
 * @param subjects whose sizes are checked
 */
public record MarketSizeCondition(Optional<Limit> min, Optional<Limit> max, String currency, OptionalInt year,
                                  SubjectFilter subjects) implements FigureCondition {

    @Override
    public String fact() {
        return "market-size";
    }

    @Override
    public List<String> details() {
        List<String> lines = new ArrayList<>();
        lines.add("Fact: market-size");
        min.ifPresent(limit -> lines.add("Min: " + limit.shown()));
        max.ifPresent(limit -> lines.add("Max: " + limit.shown()));
        lines.add("Currency: " + currency);
        year.ifPresent(y -> lines.add("Year: " + y));
        lines.add("Subjects: " + subjects);
        return lines;
    }

    @Override
    public List<FigureBreach> breaches(Facts facts) {
        List<FigureBreach> found = new ArrayList<>();
        for (MarketSize size : facts.marketSizes()) {
            if (!currency.equals(size.value().currency()) || year.isPresent() && year.getAsInt() != size.year()
                    || !subjects.admits(size.subject())) {
                continue;
            }
            FigureReading reading = FigureReading.of(size.bounds(), size.qualifier(), false);
            Optional<Limit> broken = max.filter(reading::above).or(() -> min.filter(reading::below));
            broken.ifPresent(limit -> found.add(new FigureBreach(size.value().block(), size.value().start(),
                    size.value().end(), limit.shown())));
        }
        return found;
    }
}
