package org.reportlint.cli;

import java.util.ArrayList;
import java.util.List;
import org.reportlint.core.format.FormatterProvider;
import org.reportlint.core.format.FormatterRegistry;
import org.reportlint.core.run.UsageException;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The {@code Formats:} section of the help of the commands that lint: every registered format with its description,
 * by id, so a format jar on the class path shows up there as it does in {@code --format}.
 */
final class FormatHelp {
    private static final String HEADING = "formatListHeading";
    private static final String LIST = "formatList";

    private FormatHelp() {
    }

    /** Adds the section after the options of {@code commandLine}; a broken format jar only leaves it out. */
    static void addTo(CommandLine commandLine, CliEnvironment environment) {
        String list;
        try {
            list = list(Formats.load(environment));
        } catch (UsageException broken) {
            return;
        }
        UsageMessageSpec usage = commandLine.getCommandSpec().usageMessage();
        List<String> keys = new ArrayList<>(usage.sectionKeys());
        keys.add(keys.indexOf(UsageMessageSpec.SECTION_KEY_OPTION_LIST) + 1, HEADING);
        keys.add(keys.indexOf(HEADING) + 1, LIST);
        usage.sectionKeys(keys);
        usage.sectionMap().put(HEADING, help -> help.createHeading("%nFormats (-f FMT):%n"));
        usage.sectionMap().put(LIST, help -> list);
    }

    /** A line per format: its id padded to the longest, then its description. */
    static String list(FormatterRegistry formats) {
        int width = formats.ids().stream().mapToInt(String::length).max().orElse(0);
        StringBuilder out = new StringBuilder();
        for (FormatterProvider format : formats.providers()) {
            out.append("  ").append(format.id()).append(" ".repeat(width - format.id().length() + 2))
                    .append(format.description()).append(System.lineSeparator());
        }
        return out.toString();
    }
}
