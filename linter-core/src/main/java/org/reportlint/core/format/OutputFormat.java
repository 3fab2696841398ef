package org.reportlint.core.format;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The report formats front ends offer, by the name users type ({@code --format json}). */
public enum OutputFormat {
    TEXT,
    JSON;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<OutputFormat> fromId(String id) {
        return Arrays.stream(values()).filter(f -> f.id().equals(id.toLowerCase(Locale.ROOT))).findFirst();
    }

    /** The names of every format, for messages that list them. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(OutputFormat::id).toList();
    }

    /**
     * A formatter for this format.
     *
     * @param toolVersion the reportlint version that reports name
     * @param color whether the report may use ANSI colors (only text does)
     */
    public Formatter create(String toolVersion, boolean color) {
        return switch (this) {
            case TEXT -> new TextFormatter(color);
            case JSON -> new JsonFormatter(toolVersion);
        };
    }
}
