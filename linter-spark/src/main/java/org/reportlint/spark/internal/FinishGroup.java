package org.reportlint.spark.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.engine.PendingFile;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.shard.PendingFiles;
import org.reportlint.spark.LintSchema;

/**
 * Finishes the waiting files of one config group on an executor, by the code {@code reportlint merge} uses. A
 * cross-document rule compares documents only within their group, and everything else that finishing does (inline
 * suppressions, unused suppressions) is per file, so a group finished alone gives exactly the findings the whole run
 * finished at once gives its files. Input rows are {@code (group, pending)}; each output row ({@link #ADDED}) is what
 * one file gets: its cross-document findings and how many of them its directives hid.
 */
final class FinishGroup implements FlatMapGroupsFunction<String, Row, Row> {
    private static final long serialVersionUID = 1L;

    /** What the cross-document step adds to one file, keyed by its path as the file rows spell it. */
    static final StructType ADDED = new StructType()
            .add("addedPath", DataTypes.StringType, false)
            .add("addedFindings", DataTypes.createArrayType(LintSchema.FINDING, false), false)
            .add("addedSuppressed", DataTypes.IntegerType, false);

    private final MissingRules missing;

    FinishGroup(MissingRules missing) {
        this.missing = missing;
    }

    @Override
    public Iterator<Row> call(String group, Iterator<Row> rows) {
        RuleRegistry registry = JvmRules.registry();
        List<PendingFile> files = new ArrayList<>();
        // Rules without a codec sent nothing; a file that enables one is in this group, so the group knows them all.
        Set<String> uncodable = new TreeSet<>();
        while (rows.hasNext()) {
            PendingFile file = PendingFiles.read(rows.next().getString(1), registry);
            file.crossDocumentRules().keySet().stream()
                    .filter(id -> registry.findCrossDocument(id).orElseThrow().codec().isEmpty())
                    .forEach(uncodable::add);
            files.add(file);
        }
        missing.add(uncodable);
        List<Row> added = new ArrayList<>();
        for (FileResult result : PendingFiles.finish(files, registry, uncodable)) {
            // The file came without its own findings: what it has now, it got from this step.
            if (!result.findings().isEmpty() || result.suppressed() > 0) {
                added.add(RowFactory.create(FileRows.text(result.path()), FileRows.findings(result.findings()),
                        result.suppressed()));
            }
        }
        return added.iterator();
    }
}
