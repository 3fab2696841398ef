package org.reportlint.core.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reportlint.core.document.Document;
import org.reportlint.core.document.TextBlock;

/**
 * What a document states, worked out once and kept with it: sentences, year ranges, years, figures, CAGR statements,
 * market sizes and the subject of each statement.
 *
 * <p>Get it with {@link #of(Document)}; every part is computed on first use, so a rule that reads only sentences
 * never pays for CAGR parsing. Values are immutable and the object is safe to share between threads. Everything is
 * read from the prose text blocks of the document, so code and front matter state nothing.
 */
public final class Facts {
    private final Document document;
    /** Each block's sentences, split when first asked for: most blocks state no year range or figure. */
    private final Map<TextBlock, Split> splits = new IdentityHashMap<>();
    private final Lazy<Map<TextBlock, List<YearRange>>> ranges = new Lazy<>(FactKind.YEAR_RANGES, this::findRanges);
    private final Lazy<Map<TextBlock, FigureScanner.Found>> figures = new Lazy<>(FactKind.FIGURES, this::findFigures);
    private final Lazy<Subjects> subjects = new Lazy<>(FactKind.SUBJECTS, () -> Subjects.of(this));
    private final Lazy<List<CagrStatement>> cagr = new Lazy<>(FactKind.CAGR_STATEMENTS, this::findCagr);
    private final Lazy<List<MarketSize>> sizes = new Lazy<>(FactKind.MARKET_SIZES, this::findSizes);
    // The document's lists, joined once: rules ask for them again and again.
    private final Lazy<List<YearRange>> allRanges = new Lazy<>(FactKind.YEAR_RANGES,
            () -> flatten(ranges.get(), r -> r));
    private final Lazy<List<Year>> allYears = new Lazy<>(FactKind.FIGURES,
            () -> flatten(figures.get(), FigureScanner.Found::years));
    private final Lazy<List<Figure>> allFigures = new Lazy<>(FactKind.FIGURES,
            () -> flatten(figures.get(), FigureScanner.Found::figures));

    private Facts(Document document) {
        this.document = document;
    }

    /** The facts of {@code document}, created once per document and kept on it. */
    public static Facts of(Document document) {
        return document.cached(Facts.class, Facts::new);
    }

    public Document document() {
        return document;
    }

    /** Every sentence of the document, in document order. */
    public List<Sentence> sentences() {
        List<Sentence> all = new ArrayList<>();
        for (TextBlock block : document.blocks()) {
            all.addAll(split(block).sentences());
        }
        return List.copyOf(all);
    }

    /** The sentences of one text block, in text order. */
    public List<Sentence> sentences(TextBlock block) {
        return split(block).sentences;
    }

    /** The sentence that holds block text offset {@code index}; empty between sentences or outside prose. */
    public Optional<Sentence> sentenceAt(TextBlock block, int index) {
        // Sentences are in text order and do not overlap: the only one that can hold index starts last at or before it.
        List<Sentence> sentences = sentences(block);
        int low = 0;
        int high = sentences.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (sentences.get(mid).start() <= index) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return high >= 0 && sentences.get(high).contains(index) ? Optional.of(sentences.get(high)) : Optional.empty();
    }

    /** Every year range, in document order, classified by the words around it. */
    public List<YearRange> yearRanges() {
        return allRanges.get();
    }

    /** The year ranges of one text block. */
    public List<YearRange> yearRanges(TextBlock block) {
        return ranges.get().getOrDefault(block, List.of());
    }

    /** Every single year named outside a year range, in document order. */
    public List<Year> years() {
        return allYears.get();
    }

    /** Every figure (money, percentage, count), in document order. */
    public List<Figure> figures() {
        return allFigures.get();
    }

    /** The figures of one text block. */
    public List<Figure> figures(TextBlock block) {
        FigureScanner.Found found = figures.get().get(block);
        return found == null ? List.of() : found.figures();
    }

    /** Every CAGR statement, in document order. */
    public List<CagrStatement> cagrStatements() {
        return cagr.get();
    }

    /** Every market size (an amount stated as a market's size in a year), in document order. */
    public List<MarketSize> marketSizes() {
        return sizes.get();
    }

    /** The document's market, its separate parts and the subject of any statement. */
    public Subjects subjects() {
        return subjects.get();
    }

    /** What the statement at block text offset {@code index} is about; shorthand for {@code subjects().at}. */
    public Subject subjectAt(TextBlock block, int index) {
        return subjects.get().at(block, index);
    }

    /** One block's split: the splitter for offsets and the non-blank sentences. */
    private record Split(SentenceSplitter splitter, List<Sentence> sentences) {
    }

    private synchronized Split split(TextBlock block) {
        Split split = splits.get(block);
        if (split == null) {
            split = FactTimes.time(FactKind.SENTENCES, () -> {
                SentenceSplitter splitter = SentenceSplitter.of(block);
                return new Split(splitter, sentencesOf(block, splitter));
            });
            splits.put(block, split);
        }
        return split;
    }

    private static List<Sentence> sentencesOf(TextBlock block, SentenceSplitter splitter) {
        String text = block.text();
        List<Sentence> found = new ArrayList<>();
        List<Integer> starts = splitter.starts();
        for (int i = 0; i < starts.size(); i++) {
            int start = starts.get(i);
            int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
            while (start < end && isBlank(text.charAt(start))) {
                start++;
            }
            while (end > start && isBlank(text.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                found.add(new Sentence(block, start, end));
            }
        }
        return List.copyOf(found);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u00a0';
    }

    private Map<TextBlock, List<YearRange>> findRanges() {
        Map<TextBlock, List<YearRange>> found = new IdentityHashMap<>();
        for (TextBlock block : document.blocks()) {
            found.put(block, List.copyOf(YearRangeExtractor.extract(block, () -> split(block).splitter)));
        }
        return Collections.unmodifiableMap(found);
    }

    private Map<TextBlock, FigureScanner.Found> findFigures() {
        Map<TextBlock, List<YearRange>> byBlock = ranges.get();
        Map<TextBlock, FigureScanner.Found> found = new IdentityHashMap<>();
        for (TextBlock block : document.blocks()) {
            found.put(block, FigureScanner.scan(block, byBlock.get(block),
                    index -> sentenceAt(block, index).orElse(null)));
        }
        return Collections.unmodifiableMap(found);
    }

    private List<CagrStatement> findCagr() {
        Map<TextBlock, FigureScanner.Found> byBlock = figures.get();
        Map<TextBlock, List<YearRange>> rangesByBlock = ranges.get();
        List<CagrStatement> found = new ArrayList<>();
        for (TextBlock block : document.blocks()) {
            FigureScanner.Found f = byBlock.get(block);
            if (f.figures().isEmpty()) {
                continue; // no rate, no statement: the block's sentences are not needed
            }
            found.addAll(CagrScanner.scan(block, sentences(block), f.figures(), f.years(), rangesByBlock.get(block),
                    subjects.get()));
        }
        return List.copyOf(found);
    }

    private List<MarketSize> findSizes() {
        Map<TextBlock, FigureScanner.Found> byBlock = figures.get();
        List<MarketSize> found = new ArrayList<>();
        for (TextBlock block : document.blocks()) {
            FigureScanner.Found f = byBlock.get(block);
            if (f.figures().isEmpty()) {
                continue; // no amount, no size: the block's sentences are not needed
            }
            found.addAll(SizeScanner.scan(block, sentences(block), f.figures(), f.years(), subjects.get()));
        }
        return List.copyOf(found);
    }

    private <V, T> List<T> flatten(Map<TextBlock, V> byBlock, java.util.function.Function<V, List<T>> part) {
        List<T> all = new ArrayList<>();
        for (TextBlock block : document.blocks()) {
            V value = byBlock.get(block);
            if (value != null) {
                all.addAll(part.apply(value));
            }
        }
        return List.copyOf(all);
    }
}
