package org.reportlint.core.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Market names in any text, read and compared as the document model reads them, for rules that compare the markets
 * of several documents: a rule across documents keeps names, not documents, and compares them once all are read.
 *
 * <p>A name is lower case, without {@code global}, years, numbers or report words: "the Global Widget Market Size"
 * names {@code widget market}. Its core words are its words that are not regions ({@code widget} in {@code europe
 * widget market}); its region words are the others, in the order written. These are the names the document's own
 * market and its subjects are read with ({@link Subjects#documentMarket()}).
 */
public final class MarketPhrases {

    private MarketPhrases() {
    }

    /**
     * A market named in a text.
     *
     * @param name the normalised name, such as {@code widget market}; never empty
     * @param start the offset in the text where the phrase starts
     * @param end the offset just after {@code market}
     */
    public record Phrase(String name, int start, int end) {
    }

    /** Every phrase of {@code text} that names a market with words of its own, in text order. */
    public static List<Phrase> in(String text) {
        List<Phrase> named = new ArrayList<>();
        for (MarketNames.Mention mention : MarketNames.mentions(text)) {
            if (!mention.name().isEmpty()) {
                named.add(new Phrase(mention.name(), mention.start(), mention.end()));
            }
        }
        return named;
    }

    /** The core words of {@code name}, singular, in the order written: {@code [widget, coating]}. */
    public static Set<String> coreWords(String name) {
        return MarketNames.core(name);
    }

    /**
     * The stems of the core words of {@code name}, in the order written, so that "surgical robotic" and "surgery
     * robotics" have the same.
     */
    public static Set<String> coreStems(String name) {
        return MarketNames.coreStems(name);
    }

    /** The region and country words of {@code name}, in the order written: {@code [north, america]}. */
    public static List<String> regionWords(String name) {
        List<String> regions = new ArrayList<>();
        for (String word : MarketNames.words(name)) {
            if (MarketNames.isRegionWord(word)) {
                regions.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return regions;
    }
}
