package org.reportlint.maven;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reportlint.core.format.FormatterProvider;
import org.reportlint.core.format.FormatterRegistry;

/** The report formats a build asked for, and the file each is written to. */
final class ReportFormats {

    private ReportFormats() {
    }

    /**
     * The formats to write, in the order asked, each once; blank entries are ignored and case does not matter.
     *
     * @throws IllegalArgumentException naming the first entry that is no registered format, and listing those that are
     */
    static List<FormatterProvider> select(List<String> names, FormatterRegistry registry) {
        Map<String, FormatterProvider> formats = new LinkedHashMap<>();
        for (String name : names) {
            if (name.isBlank()) {
                continue;
            }
            Optional<FormatterProvider> format = registry.find(name);
            if (format.isEmpty()) {
                throw new IllegalArgumentException("unknown report format \"" + name.trim() + "\" (formats: "
                        + String.join(", ", registry.ids()) + ")");
            }
            formats.putIfAbsent(format.get().id(), format.get());
        }
        return new ArrayList<>(formats.values());
    }

    /**
     * The file a format is written to: {@code reportlint.} and the extension its provider names, one that tools and
     * people recognise ({@code reportlint.sarif}, {@code reportlint.junit.xml}, {@code reportlint.github.txt}).
     */
    static String fileName(FormatterProvider format) {
        return "reportlint." + format.fileExtension();
    }
}
