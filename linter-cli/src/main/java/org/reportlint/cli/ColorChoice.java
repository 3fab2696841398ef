package org.reportlint.cli;

import java.util.Map;

/**
 * Whether the text report is colored. {@code --color} and {@code --no-color} decide when given; otherwise the
 * conventions other command-line tools follow: {@code NO_COLOR} set to anything non-empty turns colors off
 * (no-color.org), {@code FORCE_COLOR} turns them on even when standard output is not a terminal, such as in a CI log
 * that renders them, except {@code FORCE_COLOR=0} or {@code false}, which turn them off as Node's tools read it.
 * With both set, {@code NO_COLOR} wins: a user who asked for no escape codes never gets them unless on the command
 * line. With neither, colors go to a terminal only.
 */
final class ColorChoice {

    private ColorChoice() {
    }

    static boolean of(Boolean option, CliEnvironment environment) {
        if (option != null) {
            return option;
        }
        Map<String, String> variables = environment.variables();
        String noColor = variables.get("NO_COLOR");
        if (noColor != null && !noColor.isEmpty()) {
            return false;
        }
        String force = variables.get("FORCE_COLOR");
        if (force != null) {
            return !force.equals("0") && !force.equalsIgnoreCase("false");
        }
        return environment.terminal();
    }
}
