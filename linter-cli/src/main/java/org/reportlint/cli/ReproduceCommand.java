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
        boolean formatsKept = false;
        boolean keptToStandardOutput = false;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            boolean formatFlag = argument.equals("-f") || argument.equals("--format");
            String value = formatFlag && i + 1 < arguments.size() ? arguments.get(i + 1)
                    : argument.startsWith("--format=") ? argument.substring(9)
                    : argument.startsWith("-f") && argument.length() > 2 && !argument.startsWith("--")
                    ? argument.substring(2) : null;
            if (value != null && isCiFormat(value)) {
                i += formatFlag ? 1 : 0;
                continue;
            }
            if (value != null) {
                formatsKept = true;
                keptToStandardOutput |= !value.contains("=");
            }
            kept.add(quote(argument));
        }
        // With -f github dropped, the formats left may all go to files, which leaves standard output quiet: the
        // reader runs the command to see the findings, so they get the text report too.
        if (formatsKept && !keptToStandardOutput && !arguments.contains("-o")
                && arguments.stream().noneMatch(a -> a.equals("--output-file") || a.startsWith("--output-file="))) {
            kept.addAll(1, List.of("-f", "text"));
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
