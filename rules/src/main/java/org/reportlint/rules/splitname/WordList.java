package org.reportlint.rules.splitname;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a word list shipped beside a class: one entry a line, blank lines and {@code #} comments skipped. */
final class WordList {

    private WordList() {
    }

    /** The entries of the class path resource {@code name}, resolved relative to {@code anchor}'s package. */
    static List<String> read(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("word list " + name + " is missing beside " + anchor.getName());
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot read word list " + name, failure);
        }
    }

    /** The entries among raw lines: trimmed, without comments and blank lines. */
    static List<String> parse(List<String> lines) {
        List<String> entries = new ArrayList<>();
        for (String line : lines) {
            int comment = line.indexOf('#');
            String entry = (comment >= 0 ? line.substring(0, comment) : line).strip();
            if (!entry.isEmpty()) {
                entries.add(entry);
            }
        }
        return List.copyOf(entries);
    }
}
