package org.reportlint.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The command a reader of a CI summary runs to see the same findings on their machine: the run's own arguments,
 * quoted for a POSIX shell, without the formats that only make sense in CI ({@code github}, {@code markdown}).
 */
final class ReproduceCommand {
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");
    private static final List<String> CI_FORMATS = List.of("github", "markdown");

    private ReproduceCommand() {
    }

    static String of(List<String> arguments) {
        List<String> kept = new ArrayList<>(List.of("reportlint"));
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            boolean formatFlag = argument.equals("-f") || argument.equals("--format");
            if (formatFlag && i + 1 < arguments.size() && isCiFormat(arguments.get(i + 1))) {
                i++;
                continue;
            }
            if ((argument.startsWith("--format=") && isCiFormat(argument.substring(9)))
                    || (argument.startsWith("-f") && argument.length() > 2 && isCiFormat(argument.substring(2)))) {
                continue;
            }
            kept.add(quote(argument));
        }
        return String.join(" ", kept);
    }

    private static boolean isCiFormat(String value) {
        String id = value.contains("=") ? value.substring(0, value.indexOf('=')) : value;
        return CI_FORMATS.contains(id);
    }

    private static String quote(String argument) {
        return SAFE.matcher(argument).matches() ? argument : "'" + argument.replace("'", "'\\''") + "'";
    }
}
