package org.reportlint.benchmarks;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.reportlint.core.config.Preset;
import org.reportlint.core.config.RuleSet;
import org.reportlint.core.config.RuleSetting;
import org.reportlint.core.document.Document;
import org.reportlint.core.engine.Linter;

/**
 * One rule alone over freshly parsed reports (the parse is set-up, not measured). Alone, a rule pays for every
 * shared fact it reads (sentences, market names, figures), which in a full run only the first rule to ask pays
 * for: per-rule times add up to more than the full lint's rule time.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RuleBenchmark {
    /** Every built-in rule; {@code RuleBenchmarkTest} checks the list against the registry. */
    @Param({"cagr-arithmetic", "conflicting-figures", "date-range", "generator-leftover", "heading-structure",
            "malformed-html", "markup-leak", "mojibake", "placeholder", "region-membership", "share-sum",
            "split-name"})
    public String rule;

    private RuleSet onlyThisRule;
    private Linter linter;
    private Document[] documents;

    @Setup(Level.Trial)
    public void rules() {
        onlyThisRule = onlyRule(rule);
        linter = new Linter();
    }

    /** Per call, not per report: each call lints {@link BenchmarkReports#COUNT} reports and takes a second. */
    @Setup(Level.Invocation)
    public void parse(BenchmarkReports reports) {
        documents = reports.parseAll();
    }

    @Benchmark
    @OperationsPerInvocation(BenchmarkReports.COUNT)
    public void check(Blackhole sink) {
        for (Document document : documents) {
            sink.consume(linter.lint(document, onlyThisRule));
        }
    }

    static RuleSet onlyRule(String id) {
        return RuleSet.of(BenchmarkReports.registry(), Preset.NONE,
                Map.of(id, RuleSetting.of(BenchmarkReports.registry().metadata(id)
                        .orElseThrow(() -> new IllegalArgumentException("no rule " + id)).defaultSeverity())));
    }
}
