package org.reportlint.benchmarks.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates templated market reports for benchmarks, deterministically: the same seed gives the same files, byte
 * for byte, on any machine and Java version (a {@link SplittableRandom} per report, seeded from the set's seed and
 * the report's index, so report 7 does not depend on how many reports come before it).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.reportlint.benchmarks.generate.ReportGenerator \
 *     --count 10000 --out /tmp/reports [--seed 42]</pre>
 */
public final class ReportGenerator {
    public static final long DEFAULT_SEED = 42;

    private final long seed;

    public ReportGenerator(long seed) {
        this.seed = seed;
    }

    /** Report number {@code index} of this generator's set. */
    public GeneratedReport generate(int index) {
        // Two independent streams: drawing the spec never shifts the words of the text.
        SplittableRandom reportRandom = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        ReportSpec spec = ReportMix.draw(index, reportRandom.split());
        Report report = ReportWriter.write(spec, reportRandom.split());
        String text = switch (spec.format()) {
            case HTML_FRAGMENT -> HtmlRenderer.render(report, false, spec.oneLine());
            case HTML_PAGE -> HtmlRenderer.render(report, true, spec.oneLine());
            case MARKDOWN -> MarkdownRenderer.render(report);
            case TEXT -> TextRenderer.render(report, spec.oneLine());
        };
        return new GeneratedReport(spec, text);
    }

    /** Reports {@code from} to {@code from + count - 1}. */
    public List<GeneratedReport> generate(int from, int count) {
        List<GeneratedReport> reports = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            reports.add(generate(from + i));
        }
        return reports;
    }

    /** Writes reports 1 to {@code count} into {@code dir}, creating it, and returns their paths. */
    public List<Path> write(Path dir, int count) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            GeneratedReport report = generate(i);
            Path file = dir.resolve(report.fileName());
            Files.write(file, report.bytes());
            written.add(file);
        }
        return written;
    }

    public static void main(String[] args) {
        try {
            GeneratorArguments arguments = GeneratorArguments.parse(args);
            new ReportGenerator(arguments.seed()).write(arguments.out(), arguments.count());
            System.out.println("wrote " + arguments.count() + " reports to " + arguments.out());
        } catch (IllegalArgumentException bad) {
            System.err.println("report-generator: " + bad.getMessage());
            System.err.println("usage: ReportGenerator --count N --out DIR [--seed S]");
            System.exit(2);
        } catch (IOException | UncheckedIOException failed) {
            System.err.println("report-generator: cannot write: " + failed.getMessage());
            System.exit(1);
        }
    }
}
