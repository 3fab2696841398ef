package org.reportlint.rules.duplicatereport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.reportlint.core.rule.DocumentLocation;
import org.reportlint.core.source.SourcePosition;
import org.reportlint.core.source.SourceSpan;

/** Banding finds the pairs above the threshold that comparing every pair finds, and compares few pairs below it. */
class CandidatePairsTest {
    private static final DocumentLocation NOWHERE = new DocumentLocation() {
        @Override
        public String path() {
            return "x";
        }

        @Override
        public SourceSpan span() {
            return new SourceSpan(new SourcePosition(0, 1, 1), new SourcePosition(0, 1, 1));
        }
    };

    @Test
    void theBandWidthFindsAPairAtTheThresholdAlmostAlways() {
        for (double threshold : new double[] {0.5, 0.7, 0.8, 0.9, 0.95, 1.0}) {
            int rows = CandidatePairs.rowsFor(threshold);
            int bands = MinHashSignature.SIZE / rows;
            double recall = 1 - Math.pow(1 - Math.pow(threshold, rows), bands);
            assertTrue(recall >= CandidatePairs.RECALL, threshold + ": " + recall);
            double wider = 1 - Math.pow(1 - Math.pow(threshold, rows + 1), MinHashSignature.SIZE / (rows + 1));
            assertTrue(rows == 32 || wider < CandidatePairs.RECALL, "the widest band that still finds it: " + rows);
        }
        assertEquals(12, CandidatePairs.rowsFor(0.9));
    }

    @Test
    void everyPairAboveTheThresholdIsACandidate() {
        // Texts made from a few base texts by replacing a varying share of their words, so similarities spread.
        Random random = new Random(7);
        List<List<String>> bases = new ArrayList<>();
        for (int b = 0; b < 5; b++) {
            bases.add(words(random, 400));
        }
        List<ReportText> texts = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            List<String> words = new ArrayList<>(bases.get(i % bases.size()));
            int changes = random.nextInt(8);
            for (int c = 0; c < changes; c++) {
                words.set(random.nextInt(words.size()), "w" + random.nextInt(100_000));
            }
            texts.add(text(ProseWords.of(String.join(" ", words))));
        }
        double threshold = 0.9;
        List<int[]> candidates = CandidatePairs.of(texts, CandidatePairs.rowsFor(threshold));
        int above = 0;
        for (int i = 0; i < texts.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (texts.get(i).similarity(texts.get(j)) >= threshold) {
                    above++;
                    int earlier = j;
                    assertTrue(Arrays.stream(candidates.get(i)).anyMatch(c -> c == earlier), i + " and " + j);
                }
            }
        }
        assertTrue(above > 100, "the test needs pairs above the threshold: " + above);
    }

    @Test
    void aFamilyOfReportsFromOneTemplateIsRarelyCompared() {
        List<ReportText> texts = new ArrayList<>();
        long seed = 1;
        for (String market : TemplateFamily.MARKETS) {
            for (int year = 2015; year <= 2024; year++) {
                texts.add(text(ProseWords.of(TemplateFamily.report(market, year, seed++)
                        .replaceAll("<[^>]*>", " "))));
            }
        }
        List<int[]> candidates = CandidatePairs.of(texts, CandidatePairs.rowsFor(0.9));
        long compared = candidates.stream().mapToLong(earlier -> earlier.length).sum();
        long pairs = (long) texts.size() * (texts.size() - 1) / 2;
        assertTrue(compared * 100 < pairs, compared + " of " + pairs + " pairs compared");
    }

    private static ReportText text(long[] words) {
        return new ReportText(NOWHERE, words.length, MinHashSignature.digest(words), MinHashSignature.of(words), 0.9);
    }

    private static List<String> words(Random random, int count) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            words.add("w" + random.nextInt(100_000));
        }
        return words;
    }
}
