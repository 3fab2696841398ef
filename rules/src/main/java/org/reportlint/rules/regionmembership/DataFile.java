package org.reportlint.rules.regionmembership;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a tab-separated data file shipped beside the rule: blank lines and lines starting with {@code #} skipped. */
final class DataFile {

    private DataFile() {
    }

    /** The rows of the class path resource {@code name} in this package, each split at tabs. */
    static List<String[]> read(String name) {
        try (InputStream in = DataFile.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("data file " + name + " is missing beside " + DataFile.class.getName());
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot read data file " + name, failure);
        }
    }

    static List<String[]> parse(List<String> lines) {
        List<String[]> rows = new ArrayList<>();
        for (String line : lines) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] cells = line.split("\t", -1);
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].strip();
                }
                rows.add(cells);
            }
        }
        return List.copyOf(rows);
    }
}
