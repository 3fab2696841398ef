package org.reportlint.rules.foreignmarketname;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.reportlint.core.document.BlockKind;
import org.reportlint.core.document.TextBlock;
import org.reportlint.core.facts.Facts;
import org.reportlint.core.facts.MarketPhrases;
import org.reportlint.core.facts.SeparatePart;
import org.reportlint.core.facts.Sentence;
import org.reportlint.core.facts.Subjects;
import org.reportlint.core.rule.CollectContext;

/**
 * Reads one report into {@link ReportParagraphs}: each prose paragraph of at least the minimum words, with the market
 * names it holds, as a template fingerprint.
 *
 * <p>A paragraph that names the report's market is a template of the report's market, with the other markets it names
 * (most of them words such as "expanding market" that name no report). A paragraph that names another market (not
 * the report's own, a part of it or a market it is part of: see {@link Markets#areForeign}) keeps that name with its
 * fingerprint, unless the name is a comparison ("unlike the gadget market"). Related-reports sections and the items of
 * a listing are left out (a report's list of related reports can make it look like a listing page, so the page itself
 * is not), and so is a page that names no market of its own.
 */
final class ParagraphCollector {
    private final CollectContext context;
    private final Facts facts;
    private final String market;
    private final String marketKey;
    private final int minWords;
    private final List<ReportParagraphs.Template> templates = new ArrayList<>();
    private final List<ReportParagraphs.ForeignName> foreignNames = new ArrayList<>();
    /**
     * {@link Markets#key} and {@link Markets#areForeign} of each name read, by name: a report names its own market
     * and a few others in paragraph after paragraph, and both are pure functions of the name.
     */
    private final Map<String, String> keys = new HashMap<>();
    private final Map<String, Boolean> foreignByName = new HashMap<>();

    private ParagraphCollector(CollectContext context, Facts facts, String market, int minWords) {
        this.context = context;
        this.facts = facts;
        this.market = market;
        this.marketKey = Markets.key(market);
        this.minWords = minWords;
    }

    /** What the rule keeps of the context's document; empty when it has no paragraph to compare. */
    static Optional<ReportParagraphs> collect(CollectContext context, int minWords) {
        Facts facts = Facts.of(context.document());
        Subjects subjects = facts.subjects();
        Optional<String> market = subjects.documentMarket();
        if (market.isEmpty()) {
            return Optional.empty();
        }
        ParagraphCollector collector = new ParagraphCollector(context, facts, market.get(), minWords);
        for (TextBlock block : context.document().blocks()) {
            if (isParagraph(block) && !inRelatedPart(subjects, block)) {
                collector.read(block);
            }
        }
        return collector.templates.isEmpty() && collector.foreignNames.isEmpty() ? Optional.empty()
                : Optional.of(new ReportParagraphs(market.get(), collector.templates, collector.foreignNames));
    }

    /** Text that a template writes as running prose: not a title, heading, table cell, code or front matter. */
    private static boolean isParagraph(TextBlock block) {
        BlockKind kind = block.kind();
        return kind == BlockKind.PARAGRAPH || kind == BlockKind.LIST_ITEM || kind == BlockKind.QUOTE
                || kind == BlockKind.SECTION || kind == BlockKind.DOCUMENT;
    }

    /**
     * Whether the block is in a related-reports section or an item of a listing, which name other markets on purpose.
     * A section headed by another market stays in: its paragraphs, copied with their heading, are the defect.
     */
    private static boolean inRelatedPart(Subjects subjects, TextBlock block) {
        return subjects.partOf(block).map(part -> part.reason() != SeparatePart.Reason.OTHER_MARKET).orElse(false);
    }

    private void read(TextBlock block) {
        String text = block.text();
        if (ParagraphFingerprint.words(text) < minWords) {
            return;
        }
        List<Named> names = new ArrayList<>();
        for (MarketPhrases.Phrase phrase : MarketPhrases.in(text)) {
            if (!block.isCode(phrase.start(), phrase.end())) {
                names.add(new Named(phrase, keys.computeIfAbsent(phrase.name(), Markets::key)));
            }
        }
        if (names.isEmpty()) {
            return;
        }
        boolean namesOwn = false;
        Map<String, Named> foreign = new LinkedHashMap<>();
        Set<String> compared = new LinkedHashSet<>();
        for (Named name : names) {
            if (name.key.equals(marketKey)) {
                namesOwn = true;
            } else if (foreignByName.computeIfAbsent(name.phrase.name(), other -> Markets.areForeign(market, other))) {
                foreign.putIfAbsent(name.key, name);
                if (isComparison(block, name.phrase)) {
                    compared.add(name.key);
                }
            }
        }
        if (namesOwn) {
            templates.add(new ReportParagraphs.Template(fingerprint(text, names, Set.of(marketKey)),
                    context.locate(block.sourceRange()),
                    foreign.values().stream().map(name -> name.phrase.name()).toList()));
        }
        foreign.forEach((key, name) -> {
            if (!compared.contains(key)) {
                foreignNames.add(new ReportParagraphs.ForeignName(name.phrase.name(),
                        text.substring(name.phrase.start(), name.phrase.end()),
                        fingerprint(text, names, Set.of(marketKey, key)),
                        context.locate(block.sourceRange(name.phrase.start(), name.phrase.end()))));
            }
        });
    }

    private boolean isComparison(TextBlock block, MarketPhrases.Phrase phrase) {
        int sentenceStart = facts.sentenceAt(block, phrase.start()).map(Sentence::start).orElse(0);
        return Comparisons.before(block.text(), sentenceStart, phrase.start());
    }

    /** The paragraph's fingerprint with the names of the markets of {@code slotted} keys as slots. */
    private static long fingerprint(String text, List<Named> names, Set<String> slotted) {
        List<ParagraphFingerprint.Slot> slots = new ArrayList<>();
        for (Named name : names) {
            if (slotted.contains(name.key)) {
                slots.add(new ParagraphFingerprint.Slot(name.phrase.start(), name.phrase.end()));
            }
        }
        return ParagraphFingerprint.of(text, slots);
    }

    /** A market phrase of a paragraph and its {@link Markets#key}. */
    private record Named(MarketPhrases.Phrase phrase, String key) {
    }
}
