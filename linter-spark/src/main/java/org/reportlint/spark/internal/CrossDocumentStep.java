package org.reportlint.spark.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.engine.PendingFile;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.shard.PendingFiles;
import org.reportlint.spark.LintSchema;

/**
 * The second step of cross-document rules over checked rows: the waiting files' values (small: what each rule
 * collected, the directives) are brought to the driver, finished there as one run in path order by the code
 * {@code reportlint merge} uses, and the findings that gives are sent back to the rows of their documents. Only the
 * collected values travel, never documents or their own findings.
 */
public final class CrossDocumentStep {

    /**
     * @param files the file results, every cross-document finding in them
     * @param missing cross-document rules whose findings are missing: their values cannot travel (no codec)
     * @param checked the persisted checked rows {@code files} is computed from, to unpersist once {@code files} is
     *     persisted itself or no longer needed; empty when nothing was persisted
     */
    public record Outcome(Dataset<Row> files, Set<String> missing, Optional<Dataset<Row>> checked) {
    }

    private CrossDocumentStep() {
    }

    /** Finishes {@code checked} rows ({@link FileRows#CHECKED}), which are read twice: persist them first. */
    public static Outcome run(Dataset<Row> checked) {
        List<String> waiting = checked.filter(functions.col("pending").isNotNull()).select("pending")
                .as(Encoders.STRING()).collectAsList();
        Dataset<Row> own = checked.drop("pending");
        if (waiting.isEmpty()) {
            return new Outcome(own, Set.of(), Optional.of(checked));
        }
        RuleRegistry registry = JvmRules.registry();
        List<PendingFile> files = new ArrayList<>(waiting.size());
        Set<String> missing = new TreeSet<>();
        for (String json : waiting) {
            PendingFile file = PendingFiles.read(json, registry);
            file.crossDocumentRules().keySet().stream()
                    .filter(id -> registry.findCrossDocument(id).orElseThrow().codec().isEmpty())
                    .forEach(missing::add);
            files.add(file);
        }
        HashMap<String, AddFindings.Added> added = new HashMap<>();
        for (FileResult result : PendingFiles.finish(files, registry, missing)) {
            // The file went without its own findings: what it has now, it got from this step.
            if (!result.findings().isEmpty() || result.suppressed() > 0) {
                added.put(result.path(), new AddFindings.Added(FileRows.findings(result.findings()),
                        result.suppressed()));
            }
        }
        if (added.isEmpty()) {
            return new Outcome(own, missing, Optional.of(checked));
        }
        Broadcast<HashMap<String, AddFindings.Added>> shared = JavaSparkContext
                .fromSparkContext(checked.sparkSession().sparkContext()).broadcast(added);
        return new Outcome(own.map(new AddFindings(shared), Encoders.row(LintSchema.FILES)), missing,
                Optional.of(checked));
    }
}
