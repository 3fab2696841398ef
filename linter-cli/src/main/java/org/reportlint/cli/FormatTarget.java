package org.reportlint.cli;

import java.util.Optional;
import org.reportlint.core.format.FormatterProvider;
import org.reportlint.core.format.FormatterRegistry;
import org.reportlint.core.run.UsageException;

/**
 * Where one report goes: {@code -f json} to standard output, {@code -f json=report.json} to a file.
 *
 * @param format the report format
 * @param file the file to write, or empty for standard output
 */
record FormatTarget(FormatterProvider format, Optional<String> file, boolean append) {

    FormatTarget(FormatterProvider format, Optional<String> file) {
        this(format, file, false);
    }

    static FormatTarget parse(String value, FormatterRegistry formats) throws UsageException {
        int equals = value.indexOf('=');
        String name = equals < 0 ? value : value.substring(0, equals);
        Optional<String> file = equals < 0 ? Optional.empty() : Optional.of(value.substring(equals + 1));
        if (file.isPresent() && file.get().isBlank()) {
            throw new UsageException("missing file name after \"" + name + "=\"");
        }
        FormatterProvider format = formats.find(name).orElseThrow(() -> new UsageException(
                "unknown format \"" + name + "\" (known: " + String.join(", ", formats.ids()) + ")"));
        return new FormatTarget(format, file);
    }
}
