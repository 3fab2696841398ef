package org.reportlint.spark.internal;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.reportlint.spark.LintSchema;

/**
 * Turns a file row joined with what the cross-document step added to its document ({@link FinishGroup#ADDED}, all
 * null when nothing) into a {@link LintSchema#FILES} row: the added findings among its own in report order, and
 * those its inline directives hid counted.
 */
final class AddFindings implements MapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    /** {@link org.reportlint.core.result.Finding#ORDER} over finding rows: line, column, rule, message, end. */
    private static final Comparator<Row> REPORT_ORDER = Comparator
            .comparingInt((Row f) -> f.getInt(at("line")))
            .thenComparingInt(f -> f.getInt(at("column")))
            .thenComparing(f -> f.getString(at("rule")))
            .thenComparing(f -> f.getString(at("message")))
            .thenComparingInt(f -> f.getInt(at("endOffset")));

    private static final int SUPPRESSED = LintSchema.FILES.fieldIndex("suppressed");
    private static final int WIDTH = LintSchema.FILES.size();
    private static final int ADDED_FINDINGS = WIDTH + FinishGroup.ADDED.fieldIndex("addedFindings");
    private static final int ADDED_SUPPRESSED = WIDTH + FinishGroup.ADDED.fieldIndex("addedSuppressed");

    private static int at(String field) {
        return LintSchema.FINDING.fieldIndex(field);
    }

    @Override
    public Row call(Row joined) {
        Object[] values = new Object[WIDTH];
        for (int i = 0; i < WIDTH; i++) {
            values[i] = joined.get(i);
        }
        if (!joined.isNullAt(ADDED_FINDINGS)) {
            List<Row> own = joined.getList(FileRows.FINDINGS);
            List<Row> more = joined.getList(ADDED_FINDINGS);
            values[FileRows.FINDINGS] = Stream.concat(own.stream(), more.stream()).sorted(REPORT_ORDER)
                    .toArray(Row[]::new);
            values[SUPPRESSED] = joined.getInt(SUPPRESSED) + joined.getInt(ADDED_SUPPRESSED);
        }
        return RowFactory.create(values);
    }
}
