package org.reportlint.core.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The run-length source map of text blocks: the same answers as a map per character, in memory that grows with runs. */
class SourceRunsTest {

    @Test
    void answersAsAMapPerCharacterWouldForAnySequenceOfRanges() {
        Random random = new Random(12);
        for (int round = 0; round < 200; round++) {
            int n = 1 + random.nextInt(60);
            int[] starts = new int[n];
            int[] ends = new int[n];
            SourceRuns.Builder builder = new SourceRuns.Builder();
            int raw = random.nextInt(5);
            int i = 0;
            while (i < n) {
                int kind = random.nextInt(4);
                if (kind == 0 && i + 3 <= n) {
                    // A stretch copied as written, appended at once.
                    builder.addVerbatim(i, 3, raw);
                    for (int k = 0; k < 3; k++) {
                        starts[i] = raw + k;
                        ends[i] = raw + k + 1;
                        i++;
                    }
                    raw += 3;
                    continue;
                }
                int start = kind == 1 && i > 0 ? starts[i - 1] : raw;
                int end = kind == 1 && i > 0 ? ends[i - 1] : start + 1 + (kind == 2 ? random.nextInt(6) : 0);
                builder.add(i, start, end);
                starts[i] = start;
                ends[i] = end;
                raw = Math.max(raw, end);
                i++;
            }
            SourceRuns runs = builder.build();
            for (int k = 0; k < n; k++) {
                assertEquals(starts[k], runs.start(k), "start of " + k + " in round " + round);
                assertEquals(ends[k], runs.end(k), "end of " + k + " in round " + round);
            }
        }
    }

    @Test
    void aParagraphWrittenAsItReadsIsOneRunAndEachEntityAddsAFew() {
        String words = "The market grows at a steady rate every year. ".repeat(400);
        Document plain = DocumentParser.parse("a.html", "<p>" + words + "</p>");
        assertEquals(1, plain.blocks().get(0).sourceRunCount());
        Document entities = DocumentParser.parse("b.html", "<p>" + words.replace("every", "&amp; every") + "</p>");
        TextBlock text = entities.blocks().get(0);
        assertTrue(text.sourceRunCount() <= 2 * 400 + 1, "runs: " + text.sourceRunCount());
        int amp = text.text().indexOf('&');
        assertEquals(amp + 3, text.sourceStart(amp));
        assertEquals(amp + 8, text.sourceEnd(amp));
        assertEquals(amp + 8, text.sourceStart(amp + 1), "the character after the reference");
    }

    /** Parsing memory grows with the size of a document, not faster: bytes allocated, not time, are compared. */
    @Test
    void parsingAllocatesInProportionToTheSource() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        String section = "<h2>Region</h2><p>The market was valued at USD 1.5 Billion in 2023 &amp; grows.</p>"
                + "<table><tr><td>Europe</td><td>21%</td></tr></table><ul><li>One</li><li>Two</li></ul>";
        String small = "<html><body>" + section.repeat(500) + "</body></html>";
        String large = "<html><body>" + section.repeat(4000) + "</body></html>";
        DocumentParser.parse("warm.html", small);
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        DocumentParser.parse("small.html", small);
        long smallBytes = threads.getThreadAllocatedBytes(id) - before;
        before = threads.getThreadAllocatedBytes(id);
        DocumentParser.parse("large.html", large);
        long largeBytes = threads.getThreadAllocatedBytes(id) - before;
        double perCharSmall = (double) smallBytes / small.length();
        double perCharLarge = (double) largeBytes / large.length();
        assertTrue(perCharLarge < perCharSmall * 1.5, perCharSmall + " then " + perCharLarge + " bytes a char");
    }
}
