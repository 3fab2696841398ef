package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Random HTML-like text, random bytes and mutated fixtures through every rule and every report format: no rule
 * fails, every position agrees with its offset and keeps surrogate pairs whole, every report is well-formed, and
 * the output does not depend on the thread count. Tries are few enough that the suite runs in well under a minute.
 */
class FuzzProperties {
    private static final List<String> FORMATS = List.of("-f", "json", "-f", "sarif=out/r.sarif", "-f",
            "junit=out/r.junit.xml", "-f", "checkstyle=out/r.checkstyle.xml", "-f", "html=out/r.html", "-f",
            "github=out/r.github", "-f",
            "text=out/r.txt");

    @Provide
    Arbitrary<String> htmlLike() {
        return FuzzedInputs.htmlLikeText();
    }

    @Provide
    Arbitrary<String> names() {
        return FuzzedInputs.fileName();
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return FuzzedInputs.randomBytes();
    }

    @Provide
    Arbitrary<FuzzedInputs.Seed> mutated() {
        return FuzzedInputs.mutatedFixture();
    }

    @Property(tries = 100, shrinking = ShrinkingMode.BOUNDED)
    void htmlLikeTextLintsCleanlyInEveryFormat(@ForAll("htmlLike") String text, @ForAll("names") String name) {
        lintInEveryFormat(name, text.getBytes(StandardCharsets.UTF_8),
                new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }

    @Property(tries = 60, shrinking = ShrinkingMode.BOUNDED)
    void randomBytesLintCleanlyInEveryFormat(@ForAll("bytes") byte[] bytes, @ForAll("names") String name) {
        // The linter decides how to decode random bytes, so only what does not depend on that is checked.
        lintInEveryFormat(name, bytes, null);
    }

    @Property(tries = 50, shrinking = ShrinkingMode.BOUNDED)
    void mutatedFixturesLintCleanlyInEveryFormat(@ForAll("mutated") FuzzedInputs.Seed seed) {
        byte[] bytes = seed.text().getBytes(StandardCharsets.UTF_8);
        lintInEveryFormat(seed.fileName(), bytes, new String(bytes, StandardCharsets.UTF_8));
    }

    @Property(tries = 8, shrinking = ShrinkingMode.BOUNDED)
    void outputDoesNotDependOnTheThreadCount(@ForAll("mutated") FuzzedInputs.Seed a,
                                             @ForAll("mutated") FuzzedInputs.Seed b,
                                             @ForAll("htmlLike") String c, @ForAll("names") String cName) {
        try (FuzzWorkspace workspace = new FuzzWorkspace()) {
            CliRun cli = workspace.cli();
            write(cli, "docs/a/" + a.fileName(), a.text().getBytes(StandardCharsets.UTF_8));
            write(cli, "docs/b/" + b.fileName(), b.text().getBytes(StandardCharsets.UTF_8));
            write(cli, "docs/c/" + cName, c.getBytes(StandardCharsets.UTF_8));
            for (String format : List.of("json", "text")) {
                CliRun.Result one = cli.run("-f", format, "--threads", "1", "docs");
                CliRun.Result three = cli.run("-f", format, "--threads", "3", "docs");
                assertEquals(one, three, format);
            }
        }
    }

    /** {@code source} is the text the linter must have read, or null when that is the linter's to decide. */
    private static void lintInEveryFormat(String name, byte[] bytes, String source) {
        try (FuzzWorkspace workspace = new FuzzWorkspace()) {
            CliRun cli = workspace.cli();
            write(cli, name, bytes);
            List<String> args = new java.util.ArrayList<>(FORMATS);
            args.add(name);
            CliRun.Result result = cli.run(args.toArray(String[]::new));
            assertTrue(result.exitCode() == 0 || result.exitCode() == 1,
                    "exit " + result.exitCode() + ": " + result.err());
            ReportChecks.assertFindingsConsistent(ReportChecks.parseJson(result.out()), source);
            ReportChecks.parseJson(new String(workspace.read("out/r.sarif"), StandardCharsets.UTF_8));
            ReportChecks.assertXml(workspace.read("out/r.junit.xml"), "junit");
            ReportChecks.assertXml(workspace.read("out/r.checkstyle.xml"), "checkstyle");
            for (String report : List.of("r.html", "r.github", "r.txt")) {
                ReportChecks.assertUtf8(workspace.read("out/" + report), report);
            }
        }
    }

    private static void write(CliRun cli, String name, byte[] bytes) {
        try {
            cli.file(name, bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
