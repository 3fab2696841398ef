package org.reportlint.spark.internal;

import java.util.List;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.sql.Row;
import org.reportlint.core.files.Glob;

/**
 * Which files of an input folder are linted, as the CLI's walk chooses them: a file whose path relative to the
 * folder matches an include glob, where neither the path nor any folder above it (as {@code dir/}) matches an exclude
 * glob, and no part of the path is hidden (starts with {@code .}). Reads the relative path in column 1.
 */
final class PathSelection implements FilterFunction<Row> {
    private static final long serialVersionUID = 1L;

    private final List<String> includes;
    private final List<String> excludes;
    private transient List<Glob> included;
    private transient List<Glob> excluded;

    PathSelection(List<String> includes, List<String> excludes) {
        this.includes = List.copyOf(includes);
        this.excludes = List.copyOf(excludes);
    }

    @Override
    public boolean call(Row file) {
        return selects(file.getString(1));
    }

    boolean selects(String relative) {
        if (included == null) {
            included = includes.stream().map(Glob::of).toList();
            excluded = excludes.stream().map(Glob::of).toList();
        }
        String[] parts = relative.split("/");
        StringBuilder folder = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].startsWith(".")) {
                return false;
            }
            if (i < parts.length - 1) {
                folder.append(parts[i]).append('/');
                String above = folder.toString();
                if (excluded.stream().anyMatch(glob -> glob.matches(above))) {
                    return false;
                }
            }
        }
        return included.stream().anyMatch(glob -> glob.matches(relative))
                && excluded.stream().noneMatch(glob -> glob.matches(relative));
    }
}
