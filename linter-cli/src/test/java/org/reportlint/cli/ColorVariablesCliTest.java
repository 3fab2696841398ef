package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code NO_COLOR} and {@code FORCE_COLOR}, under {@code --color} and {@code --no-color}. */
class ColorVariablesCliTest {
    private static final String RED = "\u001b[31m";

    @TempDir
    Path dir;

    @BeforeEach
    void setUp() throws Exception {
        CliRun.in(dir).file("a.html", "<p>oops</p>\n");
    }

    private boolean colored(boolean terminal, Map<String, String> variables, String... options) {
        CliRun cli = CliRun.in(dir).testRulesOnly().variables(variables);
        if (terminal) {
            cli.onATerminal();
        }
        String[] args = new String[options.length + 1];
        System.arraycopy(options, 0, args, 0, options.length);
        args[options.length] = "a.html";
        CliRun.Result result = cli.run(args);
        assertEquals(1, result.exitCode(), result.err());
        return result.out().contains(RED);
    }

    @Test
    void noColorTurnsATerminalsColorsOffUnlessColorIsAskedFor() {
        assertEquals(true, colored(true, Map.of()));
        assertEquals(false, colored(true, Map.of("NO_COLOR", "1")));
        assertEquals(true, colored(true, Map.of("NO_COLOR", "")), "empty means unset");
        assertEquals(true, colored(true, Map.of("NO_COLOR", "1"), "--color"));
    }

    @Test
    void forceColorColorsWithoutATerminalUnlessNoColorIsAskedFor() {
        assertEquals(false, colored(false, Map.of()));
        assertEquals(true, colored(false, Map.of("FORCE_COLOR", "1")));
        assertEquals(true, colored(false, Map.of("FORCE_COLOR", "")));
        assertEquals(false, colored(true, Map.of("FORCE_COLOR", "0")), "0 means no color, even on a terminal");
        assertEquals(false, colored(false, Map.of("FORCE_COLOR", "1"), "--no-color"));
        assertEquals(false, colored(false, Map.of("FORCE_COLOR", "1", "NO_COLOR", "1")), "NO_COLOR wins");
    }

    @Test
    void mergeFollowsTheSameVariables() {
        CliRun cli = CliRun.in(dir).testRulesOnly();
        assertEquals(0, cli.run("--fail-on", "never", "--shard", "1/1", "-f", "json=s.json", "a.html").exitCode());
        String forced = cli.variables(Map.of("FORCE_COLOR", "1")).run("merge", "s.json").out();
        assertEquals(true, forced.contains(RED), forced);
        String plain = cli.onATerminal().variables(Map.of("NO_COLOR", "1")).run("merge", "s.json").out();
        assertEquals(false, plain.contains("\u001b"), plain);
    }
}
