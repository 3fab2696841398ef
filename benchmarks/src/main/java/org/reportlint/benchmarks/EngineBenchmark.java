package org.reportlint.benchmarks;

import java.util.concurrent.TimeUnit;
import org.jsoup.parser.Parser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.reportlint.core.config.RuleSet;
import org.reportlint.core.document.Document;
import org.reportlint.core.document.DocumentParser;
import org.reportlint.core.engine.Linter;

/**
 * The floor and the whole: a bare jsoup parse with position tracking (what any linter of this HTML cannot avoid),
 * reportlint's document parse (decoding, DOM, block tree, markup tokens), and parse plus every rule. Scores are
 * microseconds per report; {@code -prof gc} adds bytes allocated per report ({@code gc.alloc.rate.norm}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EngineBenchmark {
    private RuleSet everyRule;
    private Linter linter;

    @Setup
    public void rules() {
        everyRule = BenchmarkReports.everyRule();
        linter = new Linter();
    }

    @Benchmark
    @OperationsPerInvocation(BenchmarkReports.COUNT)
    public void jsoupParse(BenchmarkReports reports, Blackhole sink) {
        for (int i = 0; i < BenchmarkReports.COUNT; i++) {
            // A new parser per file, as the linter must: a parser keeps the state of its last parse.
            sink.consume(Parser.htmlParser().setTrackPosition(true).parseInput(reports.text(i), ""));
        }
    }

    @Benchmark
    @OperationsPerInvocation(BenchmarkReports.COUNT)
    public void documentParse(BenchmarkReports reports, Blackhole sink) {
        for (int i = 0; i < BenchmarkReports.COUNT; i++) {
            sink.consume(DocumentParser.parse(reports.names[i], reports.bytes[i]));
        }
    }

    @Benchmark
    @OperationsPerInvocation(BenchmarkReports.COUNT)
    public void fullLint(BenchmarkReports reports, Blackhole sink) {
        for (int i = 0; i < BenchmarkReports.COUNT; i++) {
            Document document = DocumentParser.parse(reports.names[i], reports.bytes[i]);
            sink.consume(linter.lint(document, everyRule));
        }
    }
}
