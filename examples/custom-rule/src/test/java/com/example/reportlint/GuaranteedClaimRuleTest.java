package com.example.reportlint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.document.Document;
import org.reportlint.core.document.DocumentParser;
import org.reportlint.core.rule.Problem;
import org.reportlint.core.rule.RuleContext;
import org.reportlint.core.rule.RuleOptions;

class GuaranteedClaimRuleTest {

    /** Runs the rule over {@code source} as a file named {@code path}; each finding as "line:column message". */
    private static List<String> check(String path, String source) {
        Document document = DocumentParser.parse(path, source);
        java.util.ArrayList<String> found = new java.util.ArrayList<>();
        new GuaranteedClaimRule().check(new RuleContext() {
            @Override
            public Document document() {
                return document;
            }

            @Override
            public RuleOptions options() {
                return RuleOptions.none();
            }

            @Override
            public void report(Problem problem) {
                var span = document.span(problem.range());
                found.add(span.start().line() + ":" + span.start().column() + " " + problem.message());
            }
        });
        return found;
    }

    @Test
    void findsClaimsInEveryFormatAtTheirPosition() {
        String message = " \"guaranteed returns\" promises what a report cannot";
        assertEquals(List.of("2:17" + message), check("a.html", "<h1>Guaranteed returns</h1>\n<p>It offers <b>guaranteed</b> returns.</p>"));
        assertEquals(List.of("3:3" + message), check("a.txt", "Intro\n\nA guaranteed returns pitch.\n"));
    }

    @Test
    void leavesOtherWordsAndHeadingsAlone() {
        assertEquals(List.of(), check("a.html", "<h2>Guaranteed growth?</h2><p>A guaranteed minimum wage.</p>"));
    }

    @Test
    void isFoundOnTheClassPathLikeABuiltInRule() {
        assertEquals(List.of("example-guaranteed-claim"), RuleRegistry.load(getClass().getClassLoader()).rules()
                .stream().map(rule -> rule.metadata().id()).toList());
    }
}
