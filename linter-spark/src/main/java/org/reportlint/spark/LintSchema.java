package org.reportlint.spark;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The columns of what a Spark lint run gives: a finding has the fields of a finding in {@code reportlint check -f
 * json}, named the same, and the {@code path} of its document; a file result has the fields of a file entry.
 * Lines and columns are 1-based, offsets 0-based, ranges end-exclusive, as everywhere in reportlint.
 */
public final class LintSchema {
    /** A place a finding points to: {@code path} only when it is in another document. */
    public static final StructType RELATED = new StructType(new StructField[] {
        field("message", DataTypes.StringType, false),
        field("path", DataTypes.StringType, true),
        field("line", DataTypes.IntegerType, false),
        field("column", DataTypes.IntegerType, false),
        field("endLine", DataTypes.IntegerType, false),
        field("endColumn", DataTypes.IntegerType, false),
    });

    public static final StructType EDIT = new StructType(new StructField[] {
        field("offset", DataTypes.IntegerType, false),
        field("endOffset", DataTypes.IntegerType, false),
        field("text", DataTypes.StringType, false),
    });

    /** A safe fix: its edits, in order, never overlapping. */
    public static final StructType FIX = new StructType(new StructField[] {
        field("edits", DataTypes.createArrayType(EDIT, false), false),
    });

    /** One finding of a file result, without its path. */
    public static final StructType FINDING = new StructType(new StructField[] {
        field("rule", DataTypes.StringType, false),
        field("severity", DataTypes.StringType, false),
        field("message", DataTypes.StringType, false),
        field("line", DataTypes.IntegerType, false),
        field("column", DataTypes.IntegerType, false),
        field("endLine", DataTypes.IntegerType, false),
        field("endColumn", DataTypes.IntegerType, false),
        field("offset", DataTypes.IntegerType, false),
        field("endOffset", DataTypes.IntegerType, false),
        field("related", DataTypes.createArrayType(RELATED, false), false),
        field("fix", FIX, true),
        field("fingerprint", DataTypes.StringType, false),
    });

    /** A row of {@link ReportLint#lint}: the document's {@code path}, then the fields of {@link #FINDING}. */
    public static final StructType FINDINGS = new StructType(concat(
            field("path", DataTypes.StringType, false), FINDING.fields()));

    /**
     * A row of {@link ReportLint#lintFiles}: a document and what linting it gave. {@code format} is null for a
     * document that was not parsed; {@code errors} say why it could not be read or linted, {@code notices} why it
     * was skipped (a binary file); {@code suppressed} counts findings its inline directives hid.
     */
    public static final StructType FILES = new StructType(new StructField[] {
        field("path", DataTypes.StringType, false),
        field("format", DataTypes.StringType, true),
        field("findings", findings(), false),
        field("errors", strings(), false),
        field("notices", strings(), false),
        field("suppressed", DataTypes.IntegerType, false),
        field("words", DataTypes.IntegerType, false),
    });

    private LintSchema() {
    }

    static ArrayType findings() {
        return DataTypes.createArrayType(FINDING, false);
    }

    private static ArrayType strings() {
        return DataTypes.createArrayType(DataTypes.StringType, false);
    }

    private static StructField field(String name, org.apache.spark.sql.types.DataType type, boolean nullable) {
        return DataTypes.createStructField(name, type, nullable);
    }

    private static StructField[] concat(StructField first, StructField[] rest) {
        StructField[] all = new StructField[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
