package org.reportlint.maven;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.reportlint.core.format.OutputFormat;

/** The report formats a build asked for, and the file each is written to. */
final class ReportFormats {

    private ReportFormats() {
    }

    /**
     * The formats to write, in the order asked, each once; blank entries are ignored and case does not matter.
     *
     * @throws IllegalArgumentException naming the first entry that is no format at all
     */
    static List<OutputFormat> select(List<String> names) {
        Set<OutputFormat> formats = new LinkedHashSet<>();
        for (String name : names) {
            String id = name.trim().toLowerCase(Locale.ROOT);
            if (id.isEmpty()) {
                continue;
            }
            Optional<OutputFormat> format = OutputFormat.fromId(id);
            if (format.isEmpty()) {
                throw new IllegalArgumentException("unknown report format \"" + name.trim() + "\" (formats: "
                        + String.join(", ", OutputFormat.ids()) + ")");
            }
            formats.add(format.get());
        }
        return new ArrayList<>(formats);
    }

    /**
     * The file a format is written to: {@code reportlint.} and an extension that tools and people recognise
     * ({@code reportlint.sarif}, {@code reportlint.junit.xml}, {@code reportlint.github.txt}).
     */
    static String fileName(OutputFormat format) {
        return "reportlint." + switch (format) {
            case TEXT -> "txt";
            case JSON -> "json";
            case SARIF -> "sarif";
            case JUNIT -> "junit.xml";
            case CHECKSTYLE -> "checkstyle.xml";
            case GITHUB -> "github.txt";
            case HTML -> "html";
        };
    }
}
