package org.reportlint.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.reportlint.benchmarks.generate.GeneratedReport;
import org.reportlint.benchmarks.generate.ReportGenerator;
import org.reportlint.core.config.Preset;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.config.RuleSet;
import org.reportlint.core.document.Document;
import org.reportlint.core.document.DocumentParser;

/**
 * The fixed set every benchmark runs over: the first {@link #COUNT} reports of one generated set, as bytes, so
 * each benchmark pays for the same decoding and parsing the linter pays for.
 */
@State(Scope.Benchmark)
public class BenchmarkReports {
    /** Reports per benchmark call; scores are per report ({@code @OperationsPerInvocation}). */
    public static final int COUNT = 50;

    @Param("42")
    public long seed;

    String[] names;
    byte[][] bytes;
    long totalBytes;

    @Setup(Level.Trial)
    public void generate() {
        List<GeneratedReport> reports = new ReportGenerator(seed).generate(1, COUNT);
        names = new String[COUNT];
        bytes = new byte[COUNT][];
        for (int i = 0; i < COUNT; i++) {
            names[i] = reports.get(i).fileName();
            bytes[i] = reports.get(i).bytes();
            totalBytes += bytes[i].length;
        }
        System.out.printf("%n%d reports, %d bytes (mean %.1f KB, seed %d)%n", COUNT, totalBytes,
                totalBytes / 1024.0 / COUNT, seed);
    }

    /** Fresh documents: facts are cached on a document, and a rule must pay for the facts it asks for. */
    Document[] parseAll() {
        Document[] documents = new Document[COUNT];
        for (int i = 0; i < COUNT; i++) {
            documents[i] = DocumentParser.parse(names[i], bytes[i]);
        }
        return documents;
    }

    String text(int i) {
        return new String(bytes[i], StandardCharsets.UTF_8);
    }

    /** Every rule of the class path at its default severity, as {@code --preset all} runs them. */
    static RuleSet everyRule() {
        return RuleSet.of(registry(), Preset.ALL, Map.of());
    }

    static RuleRegistry registry() {
        return RuleRegistry.load(BenchmarkReports.class.getClassLoader());
    }
}
