package org.reportlint.spark.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.reportlint.spark.LintSchema;

/**
 * Appends to a file row the cross-document findings the driver found for its document, and counts those its inline
 * directives hid.
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

    /** What the cross-document step adds to one file: findings, and how many its directives hid. */
    record Added(Row[] findings, int suppressed) implements java.io.Serializable {
    }

    private static int at(String field) {
        return LintSchema.FINDING.fieldIndex(field);
    }

    private final Broadcast<HashMap<String, Added>> added;

    AddFindings(Broadcast<HashMap<String, Added>> added) {
        this.added = added;
    }

    @Override
    public Row call(Row file) {
        Added more = added.value().get(file.getString(0));
        if (more == null) {
            return file;
        }
        List<Row> own = file.getList(FileRows.FINDINGS);
        Object[] values = new Object[file.length()];
        for (int i = 0; i < values.length; i++) {
            values[i] = file.get(i);
        }
        values[FileRows.FINDINGS] = Stream.concat(own.stream(), Stream.of(more.findings())).sorted(REPORT_ORDER)
                .toArray(Row[]::new);
        values[SUPPRESSED] = file.getInt(SUPPRESSED) + more.suppressed();
        return RowFactory.create(values);
    }
}
