package org.reportlint.spark.internal;

import java.io.IOException;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.reportlint.core.source.DisplayPath;

/**
 * Reads the documents of the job's inputs with Spark's {@code binaryFile} source, from any file system Hadoop
 * reaches with the session's configuration (local, HDFS, S3 through {@code s3a://}). Each document gets the path the
 * CLI would show for it (the input as typed, then the path under it) and its path relative to the input folder,
 * which config globs and the include and exclude globs match.
 */
public final class InputFolders {

    /** An input that does not exist or cannot be listed; the message is the line to print. */
    public static final class InputException extends Exception {
        private static final long serialVersionUID = 1L;

        InputException(String message) {
            super(message, null, false, false);
        }
    }

    private InputFolders() {
    }

    /**
     * The documents under {@code input} that the globs select, as rows of {@code (path, relativePath, content)}.
     */
    public static Dataset<Row> read(SparkSession spark, String input, List<String> includes, List<String> excludes)
            throws InputException {
        Path path = new Path(input);
        FileStatus status;
        String root;
        try {
            FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (!fs.exists(path)) {
                throw new InputException("no such file or folder: " + input);
            }
            status = fs.getFileStatus(path);
            Path qualified = fs.makeQualified(path);
            root = (status.isDirectory() ? qualified : qualified.getParent()).toString();
        } catch (IOException | IllegalArgumentException unreadable) {
            throw new InputException("cannot read " + input + ": " + oneLine(unreadable));
        }
        String folderPrefix = root.endsWith("/") ? root : root + "/";
        Dataset<Row> files = spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(input);
        Column found = functions.col("path");
        Column relative = functions.when(found.startsWith(folderPrefix),
                found.substr(folderPrefix.length() + 1, Integer.MAX_VALUE)).otherwise(found);
        Column shown = status.isDirectory() ? functions.concat(functions.lit(displayPrefix(input)), relative)
                : functions.lit(DisplayPath.slashed(input));
        Dataset<Row> documents = files.select(shown.as("path"), relative.as("relativePath"),
                functions.col("content"));
        // A file named on its own is linted whatever its name, as the CLI lints a file it is given.
        return status.isDirectory() ? documents.filter(new PathSelection(includes, excludes)) : documents;
    }

    /** The prefix of files found under a folder: the folder as typed with one trailing slash, nothing for {@code .}. */
    static String displayPrefix(String folder) {
        String prefix = DisplayPath.slashed(folder);
        while (prefix.length() > 1 && prefix.endsWith("/")) {
            prefix = prefix.substring(0, prefix.length() - 1);
        }
        if (prefix.equals(".")) {
            return "";
        }
        return prefix.endsWith("/") ? prefix : prefix + "/";
    }

    private static String oneLine(Exception failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
