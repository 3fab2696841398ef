package org.reportlint.spark.internal;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.reportlint.core.config.ConfigException;
import org.reportlint.core.config.FileSettings;
import org.reportlint.core.engine.LintedFile;
import org.reportlint.core.engine.Linter;
import org.reportlint.core.engine.PendingFile;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.shard.PendingFiles;
import org.reportlint.core.source.DisplayPath;
import org.reportlint.core.source.SourceInput;
import org.reportlint.spark.LintConfig;
import org.reportlint.spark.LintConfigException;

/**
 * Lints the documents of one partition with the engine of the CLI, one document at a time as the rows stream by.
 * Input rows are {@code (path, configPath, content)}, content binary or a string (read as UTF-8); each output row is
 * a {@link FileRows#CHECKED} row: the document's own findings, and when cross-document rules may still add findings
 * to it, what the cross-document step needs of it.
 */
public final class CheckPartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private final LintConfig config;

    public CheckPartition(LintConfig config) {
        this.config = config;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> documents) throws LintConfigException {
        JvmRules rules = JvmRules.of(config);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return documents.hasNext();
            }

            @Override
            public Row next() {
                return check(rules, documents.next());
            }
        };
    }

    private static Row check(JvmRules rules, Row document) {
        String path = DisplayPath.slashed(document.getString(0));
        Object content = document.get(2);
        if (content == null) {
            return FileRows.checked(FileResult.unreadable(path, "cannot read: no content"));
        }
        byte[] bytes = content instanceof byte[] binary ? binary
                : content.toString().getBytes(StandardCharsets.UTF_8);
        if (bytes.length > Linter.MAX_FILE_BYTES) {
            return FileRows.checked(FileResult.unreadable(path,
                    "cannot read: larger than " + (Linter.MAX_FILE_BYTES >> 20) + " MiB"));
        }
        String relative = document.isNullAt(1) ? path : document.getString(1);
        FileSettings settings;
        try {
            settings = rules.settingsFor(relative);
        } catch (ConfigException invalid) {
            return FileRows.checked(FileResult.unreadable(path, invalid.getMessage()));
        }
        // Found in a folder, not named one by one: a binary file is skipped with a notice, as the CLI's walk does.
        SourceInput input = new SourceInput(path, Optional.empty(), Optional.of(bytes), true);
        LintedFile linted = rules.linter().check(input, settings);
        Optional<PendingFile> pending = linted.pending();
        if (pending.isEmpty()) {
            return FileRows.checked(rules.linter().complete(List.of(linted)).get(0));
        }
        PendingFile waiting = pending.get();
        if (waiting.collected().isEmpty() && waiting.directives().isEmpty()) {
            // Nothing of it reaches the cross-document step and nothing there can land in it: its result is final.
            return FileRows.checked(waiting.own());
        }
        // Its own findings stay here; the step gets only what it needs and gives back the findings to add.
        FileResult own = waiting.own();
        Optional<String> group = rules.groupOf(relative);
        PendingFile needed = new PendingFile(own.with(List.of(), List.of(), List.of(), 0),
                waiting.crossDocumentRules(), waiting.unusedSuppression(), waiting.origin(), waiting.directives(),
                waiting.hid(), waiting.located(), waiting.collected(), group);
        // Rules without a codec are left out of what is written; FinishGroup names them from the file's rules.
        return FileRows.checked(own, PendingFiles.write(needed, rules.rules(), new TreeSet<>()), group.orElse(null));
    }
}
