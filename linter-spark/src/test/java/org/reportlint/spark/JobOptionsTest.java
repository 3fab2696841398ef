package org.reportlint.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reportlint.core.rule.Severity;
import org.reportlint.spark.internal.JobOptions;

/** The job's command line; no Spark needed. */
class JobOptionsTest {

    @Test
    void parsesEveryOptionInBothSpellings() {
        JobOptions options = JobOptions.parse(new String[] {"--output=out", "--output-format", "JSON", "-c",
            "cfg.json", "--rule", "date-range=error", "--disable=mojibake", "--rule", "split-name",
            "--include", "**/*.html", "--exclude=drafts/**", "--fail-on", "warning", "--max-warnings", "5",
            "--partitions", "8", "--overwrite", "s3a://bucket/reports", "local"}).orElseThrow();

        assertEquals(List.of("s3a://bucket/reports", "local"), options.inputs());
        assertEquals("out", options.output());
        assertEquals("json", options.format());
        assertTrue(options.overwrite());
        assertEquals(Optional.of("cfg.json"), options.config());
        assertEquals(List.of("date-range:error", "mojibake:off", "split-name:"),
                options.rules().stream().map(rule -> rule[0] + ":" + rule[1]).toList());
        assertEquals(List.of("**/*.html"), options.includes());
        assertEquals(List.of("drafts/**"), options.excludes());
        assertEquals(Optional.of(Severity.WARNING), options.failPolicy().failOn());
        assertEquals(5, options.failPolicy().maxWarnings());
        assertEquals(8, options.partitions());
    }

    @Test
    void defaultsAreTheClisAndParquet() {
        JobOptions options = JobOptions.parse(new String[] {"--output", "out", "reports"}).orElseThrow();
        assertEquals("parquet", options.format());
        assertEquals(Optional.of(Severity.ERROR), options.failPolicy().failOn());
        assertEquals(-1, options.failPolicy().maxWarnings());
        assertEquals(0, options.partitions());
        assertTrue(JobOptions.parse(new String[] {"--help"}).isEmpty());
    }

    @Test
    void eachMistakeIsOneLine() {
        assertEquals("no PATH to lint", error("--output", "out"));
        assertEquals("--output DIR is required", error("reports"));
        assertEquals("invalid --output-format \"csv\" (use parquet or json)",
                error("--output", "o", "--output-format", "csv", "r"));
        assertEquals("invalid --fail-on level \"loud\" (use error, warning, info or never)",
                error("--output", "o", "--fail-on", "loud", "r"));
        assertEquals("--partitions must be at least 1, not 0", error("--output", "o", "--partitions", "0", "r"));
        assertEquals("--max-warnings takes a whole number, not \"many\"",
                error("--output", "o", "--max-warnings", "many", "r"));
        assertEquals("--disable takes a rule id without a level: mojibake=off",
                error("--output", "o", "--disable", "mojibake=off", "r"));
        assertEquals("unknown option --treads", error("--output", "o", "--treads", "2", "r"));
        assertEquals("--output needs a value", error("r", "--output"));
        assertTrue(error("--output", "o", "--include", "[abc", "r").startsWith("invalid glob \"[abc\": unclosed ["));
    }

    private static String error(String... args) {
        return assertThrows(IllegalArgumentException.class, () -> JobOptions.parse(args)).getMessage();
    }
}
