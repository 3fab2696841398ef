package org.reportlint.maven;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.reportlint.core.format.OutputFormat;

/**
 * The report formats a build asked for, split into those the core can write and those it does not offer yet.
 *
 * <p>A format DESIGN.md promises but the core does not have yet is skipped with a warning rather than failing the
 * build, so the documented default ({@code sarif,html,json}) works today and writes more files once the core grows;
 * a name that is no format at all is a configuration error.
 *
 * @param available the formats to write, in the order asked, each once
 * @param unavailable the promised formats the core does not offer yet, in the order asked
 */
record ReportFormats(List<OutputFormat> available, List<String> unavailable) {
    /** Every format DESIGN.md names for reports. */
    static final List<String> PROMISED = List.of("text", "json", "sarif", "junit", "checkstyle", "github", "html");

    ReportFormats {
        available = List.copyOf(available);
        unavailable = List.copyOf(unavailable);
    }

    /**
     * Sorts the asked format names; blank entries are ignored and case does not matter.
     *
     * @throws IllegalArgumentException naming the first entry that is no format at all
     */
    static ReportFormats select(List<String> names) {
        Set<OutputFormat> available = new LinkedHashSet<>();
        Set<String> unavailable = new LinkedHashSet<>();
        for (String name : names) {
            String id = name.trim().toLowerCase(Locale.ROOT);
            if (id.isEmpty()) {
                continue;
            }
            Optional<OutputFormat> format = OutputFormat.fromId(id);
            if (format.isPresent()) {
                available.add(format.get());
            } else if (PROMISED.contains(id)) {
                unavailable.add(id);
            } else {
                throw new IllegalArgumentException("unknown report format \"" + name.trim() + "\" (formats: "
                        + String.join(", ", PROMISED) + ")");
            }
        }
        return new ReportFormats(new ArrayList<>(available), new ArrayList<>(unavailable));
    }

    /** The file a format is written to: {@code reportlint.json}, {@code reportlint.sarif}, {@code reportlint.txt}. */
    static String fileName(OutputFormat format) {
        return "reportlint." + switch (format.id()) {
            case "text" -> "txt";
            case "junit" -> "junit.xml";
            case "checkstyle" -> "checkstyle.xml";
            case "github" -> "github.txt";
            default -> format.id();
        };
    }
}
