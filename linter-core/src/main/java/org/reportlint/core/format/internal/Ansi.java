package org.reportlint.core.format.internal;

import org.reportlint.core.rule.Severity;

/** ANSI terminal styles, or none at all when color is off. */
final class Ansi {
    private static final String RESET = "\u001b[0m";

    private final boolean enabled;

    Ansi(boolean enabled) {
        this.enabled = enabled;
    }

    String bold(String text) {
        return style("1", text);
    }

    String underline(String text) {
        return style("4", text);
    }

    String dim(String text) {
        return style("2", text);
    }

    String red(String text) {
        return style("31", text);
    }

    String green(String text) {
        return style("32", text);
    }

    String yellow(String text) {
        return style("33", text);
    }

    String severity(Severity severity, String text) {
        return switch (severity) {
            case ERROR -> red(text);
            case WARNING -> yellow(text);
            case INFO -> style("36", text);
        };
    }

    private String style(String code, String text) {
        return enabled && !text.isEmpty() ? "\u001b[" + code + "m" + text + RESET : text;
    }
}
