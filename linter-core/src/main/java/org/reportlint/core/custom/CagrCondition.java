package org.reportlint.core.custom;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reportlint.core.facts.CagrStatement;
import org.reportlint.core.facts.Facts;
import org.reportlint.core.facts.Figure;

/**
 * {@code "fact": "cagr"}: every growth rate the document states (as {@code cagr-arithmetic} and {@code
 * conflicting-figures} read them) of the chosen subjects must lie within {@code min} and {@code max}, in percentage
 * points. A declining rate ("decline at a CAGR of 3%") is negative. Past rates ("grew at a CAGR of 30% from 2015 to
 * 2020") are history, not the report's outlook, and are checked only with {@code historical}.
 *
 * @param min the lowest rate allowed, if any
 * @param max the highest rate allowed, if any
 * @param historical whether past rates are checked too
 * @param subjects whose rates are checked
 */
public record CagrCondition(Optional<Limit> min, Optional<Limit> max, boolean historical, SubjectFilter subjects)
        implements FigureCondition {

    @Override
    public String fact() {
        return "cagr";
    }

    @Override
    public List<String> details() {
        List<String> lines = new ArrayList<>();
        lines.add("Fact: cagr");
        min.ifPresent(limit -> lines.add("Min: " + limit.shown()));
        max.ifPresent(limit -> lines.add("Max: " + limit.shown()));
        lines.add("Subjects: " + subjects);
        lines.add("Historical rates: " + (historical ? "checked" : "not checked"));
        return lines;
    }

    @Override
    public List<FigureBreach> breaches(Facts facts) {
        List<FigureBreach> found = new ArrayList<>();
        for (CagrStatement statement : facts.cagrStatements()) {
            if (statement.isHistorical() && !historical || !subjects.admits(statement.subject())) {
                continue;
            }
            Figure rate = statement.rate();
            FigureReading reading = FigureReading.of(statement.bounds(), statement.qualifier(),
                    statement.declining() && rate.low() > 0);
            Optional<Limit> broken = max.filter(reading::above).or(() -> min.filter(reading::below));
            broken.ifPresent(limit -> found.add(new FigureBreach(rate.block(), rate.start(), rate.end(),
                    limit.shown())));
        }
        return found;
    }
}
