package org.reportlint.core.format;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The report formats front ends offer, by the name users type ({@code --format json}). */
public enum OutputFormat {
    TEXT,
    JSON,
    SARIF,
    JUNIT,
    CHECKSTYLE,
    GITHUB,
    HTML;

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

    /** A formatter for this format, knowing what {@code context} tells it. */
    public Formatter create(FormatContext context) {
        return switch (this) {
            case TEXT -> new TextFormatter(context.color());
            case JSON -> new JsonFormatter(context.toolVersion());
            case SARIF -> new SarifFormatter(context.toolVersion(), context.rules());
            case JUNIT -> new JunitFormatter();
            case CHECKSTYLE -> new CheckstyleFormatter();
            case GITHUB -> new GithubFormatter();
            case HTML -> new HtmlFormatter(context.toolVersion(), context.rules());
        };
    }
}
