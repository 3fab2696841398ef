package org.reportlint.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;
import org.reportlint.core.config.ConfiguredRule;
import org.reportlint.core.rule.Rule;

class RuleBenchmarkTest {
    @Test
    void thePerRuleBenchmarkCoversEveryRuleOnTheClassPath() throws NoSuchFieldException {
        List<String> benchmarked = List.of(RuleBenchmark.class.getField("rule").getAnnotation(Param.class).value());
        List<String> registered = BenchmarkReports.registry().rules().stream().map(r -> r.metadata().id())
                .sorted().toList();
        assertEquals(registered, benchmarked);
    }

    @Test
    void aRuleAloneRunsOnlyThatRule() {
        assertEquals(List.of("mojibake"),
                RuleBenchmark.onlyRule("mojibake").rules().stream().map(ConfiguredRule::id).toList());
    }

    @Test
    void everyRuleMeansEveryRegisteredRule() {
        assertEquals(BenchmarkReports.registry().rules().stream().map(Rule::metadata).count(),
                BenchmarkReports.everyRule().rules().size());
    }
}
