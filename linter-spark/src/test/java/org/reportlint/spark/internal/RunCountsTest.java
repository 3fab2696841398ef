package org.reportlint.spark.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import scala.jdk.javaapi.CollectionConverters;

class RunCountsTest {

    @Test
    void countsFilesUnreadableSkippedHiddenAndEachRulesFindings() {
        RunCounts first = new RunCounts(5);
        first.add(file("a.html", "html", List.of(), List.of(), 1, List.of("placeholder", "split-name", "placeholder"),
                List.of("error", "warning", "error"), List.of(true, false, false)));
        first.add(file("b.bin", null, List.of(), List.of("skipped binary file"), 0, List.of(), List.of(), List.of()));
        first.add(file("c.html", null, List.of("cannot read: too large", "second"), List.of(), 0, List.of(),
                List.of(), List.of()));
        RunCounts second = new RunCounts(5);
        // An addition: findings and hidden ones for a file counted already, so it is not a file again.
        second.add(addition("a.html", 2, List.of("duplicate-report"), List.of("info"), List.of(false)));

        RunCounts total = RunCounts.sum(List.of(first, second), 5);

        assertEquals(3, total.files);
        assertEquals(1, total.unreadable);
        assertEquals(1, total.skipped);
        assertEquals(3, total.suppressed);
        assertEquals(List.of("c.html: cannot read: too large"), total.unreadableFiles);
        assertEquals(List.of(
                RowFactory.create("duplicate-report", 0L, 0L, 1L, 0L),
                RowFactory.create("placeholder", 2L, 0L, 0L, 1L),
                RowFactory.create("split-name", 0L, 1L, 0L, 0L)), total.ruleRows());
    }

    @Test
    void namesOnlyTheFirstUnreadableFilesInPartitionOrder() {
        RunCounts first = new RunCounts(2);
        RunCounts second = new RunCounts(2);
        first.add(unreadable("1.html"));
        second.add(unreadable("2.html"));
        second.add(unreadable("3.html"));
        second.add(unreadable("4.html"));

        RunCounts total = RunCounts.sum(List.of(first, second), 2);

        assertEquals(4, total.unreadable);
        assertEquals(List.of("1.html: broken", "2.html: broken"), total.unreadableFiles);
        assertEquals(List.of("2.html: broken", "3.html: broken"), second.unreadableFiles);
    }

    @Test
    void anUnknownSeverityIsAnErrorNotACountLost() {
        RunCounts counts = new RunCounts(1);
        assertThrows(IllegalStateException.class, () -> counts.add(
                addition("a.html", 0, List.of("placeholder"), List.of("fatal"), List.of(false))));
    }

    private static Row unreadable(String path) {
        return file(path, null, List.of("broken"), List.of(), 0, List.of(), List.of(), List.of());
    }

    private static Row file(String path, String format, List<String> errors, List<String> notices, int suppressed,
                            List<String> rules, List<String> severities, List<Boolean> fixes) {
        return RowFactory.create(true, path, format, seq(errors), seq(notices), suppressed, seq(rules),
                seq(severities), seq(fixes));
    }

    private static Row addition(String path, int suppressed, List<String> rules, List<String> severities,
                                List<Boolean> fixes) {
        return RowFactory.create(false, path, null, seq(List.of()), seq(List.of()), suppressed, seq(rules),
                seq(severities), seq(fixes));
    }

    private static <T> scala.collection.immutable.Seq<T> seq(List<T> values) {
        return CollectionConverters.asScala(values).toList();
    }
}
