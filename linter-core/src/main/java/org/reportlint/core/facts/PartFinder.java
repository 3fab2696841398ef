package org.reportlint.core.facts;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.reportlint.core.document.Block;
import org.reportlint.core.document.BlockKind;
import org.reportlint.core.document.Document;
import org.reportlint.core.document.TextBlock;

/**
 * Finds the parts of a document that are not its own report, from the block tree alone.
 *
 * <p>A heading's section runs to the next heading of the same or a higher level. A section is separate when its
 * heading is a related-reports heading ("Related Reports", "You may also like"; also a short block of only those
 * words, as sidebars write it), or names a market the document's market does not cover. Several sibling sections,
 * list items (or, on a page with no market of its own, paragraphs) that each open by naming a different market the
 * document does not cover are the items of a listing page, each its own part; so are several headings of one level naming different markets on a page whose
 * title names none. Sections about the document's market, its segments and regions stay the document's own.
 */
final class PartFinder {
    private static final Pattern RELATED = Pattern.compile("(?i)^\\W*(?:(?:related|other|similar|recent|latest"
            + "|trending|popular|more|recommended|featured|top|new)\\s+(?:market\\s+)?(?:research\\s+)?(?:reports?"
            + "|studies|research|publications|press\\s+releases|articles|insights|titles)"
            + "|related\\s+(?:markets?|links|topics|content|posts|reading)|adjacent\\s+markets?|parent\\s+markets?"
            + "|you\\s+(?:may|might)\\s+also|reports?\\s+you\\s+may|people\\s+(?:also|who)|customers\\s+(?:also|who)"
            + "|also\\s+read|see\\s+also|further\\s+reading|explore\\s+more)\\b");
    /** The longest block that can be a related-reports label without being a heading. */
    private static final int LABEL_LENGTH = 60;
    /** How far into an item its market must be named for the item to be about that market. */
    private static final int ITEM_OPENING = 100;
    /**
     * How far into a paragraph its market must be named: plain text writes a listing's items as paragraphs that
     * open with the item's headline.
     */
    private static final int PARAGRAPH_OPENING = 60;
    /** Below every real heading level, so that a label's section ends at any heading. */
    private static final int LABEL_LEVEL = 7;

    private final Document document;
    private final String market;
    private final Map<TextBlock, SeparatePart> parts = new IdentityHashMap<>();

    private PartFinder(Document document, String market) {
        this.document = document;
        this.market = market;
    }

    /** The separate part of each text block that is in one; {@code market} is the document's market, or empty. */
    static Map<TextBlock, SeparatePart> find(Document document, String market) {
        PartFinder finder = new PartFinder(document, market);
        finder.listingContainers(document.root());
        finder.headingSections();
        return finder.parts;
    }

    /**
     * The headings of one level that name at least two different markets, on a page with no market of its own: the
     * headings of a listing page's items.
     */
    static Set<TextBlock> listingHeadings(Document document, String market) {
        Map<Integer, List<TextBlock>> byLevel = new java.util.TreeMap<>();
        for (TextBlock text : document.blocks()) {
            if (text.kind() == BlockKind.HEADING && text.block() != null) {
                Optional<String> named = MarketNames.first(text.text());
                if (named.isPresent() && (market.isEmpty() || !MarketNames.covers(market, named.get()))) {
                    byLevel.computeIfAbsent(text.block().level(), l -> new ArrayList<>()).add(text);
                }
            }
        }
        Set<TextBlock> listing = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (List<TextBlock> headings : byLevel.values()) {
            Set<Set<String>> names = new HashSet<>();
            headings.forEach(h -> names.add(MarketNames.core(MarketNames.first(h.text()).orElse(""))));
            if (names.size() >= 2) {
                listing.addAll(headings);
            }
        }
        return listing;
    }

    private void headingSections() {
        Set<TextBlock> listing = listingHeadings(document, market);
        Deque<Open> open = new ArrayDeque<>();
        for (TextBlock text : document.blocks()) {
            int level = headingLevel(text);
            if (level > 0) {
                while (!open.isEmpty() && open.peek().level >= level) {
                    open.pop();
                }
                open.push(new Open(level, separation(text, listing)));
            }
            if (parts.containsKey(text)) {
                continue;
            }
            for (Open section : open) {
                if (section.part != null) {
                    parts.put(text, section.part);
                    break;
                }
            }
        }
    }

    /** A heading's level, {@value #LABEL_LEVEL} for a short related-reports label, else 0. */
    private static int headingLevel(TextBlock text) {
        if (text.kind() == BlockKind.HEADING && text.block() != null) {
            return Math.max(1, text.block().level());
        }
        String label = text.text().strip();
        boolean alone = text.block() != null && text.block().texts().size() == 1
                && text.block().children().isEmpty() && text.kind() != BlockKind.TABLE_CELL
                && text.kind() != BlockKind.TITLE;
        return alone && label.length() <= LABEL_LENGTH && RELATED.matcher(label).find() ? LABEL_LEVEL : 0;
    }

    /** The part a heading starts, or null when its section is the document's own. */
    private SeparatePart separation(TextBlock heading, Set<TextBlock> listing) {
        String text = heading.text().strip();
        if (RELATED.matcher(text).find()) {
            return new SeparatePart(heading.block(), SeparatePart.Reason.RELATED_REPORTS, "");
        }
        Optional<String> named = MarketNames.first(text);
        if (named.isEmpty()) {
            return null;
        }
        if (listing.contains(heading)) {
            return new SeparatePart(heading.block(), SeparatePart.Reason.LISTING_ITEM, named.get());
        }
        if (!market.isEmpty() && !MarketNames.covers(market, named.get())) {
            return new SeparatePart(heading.block(), SeparatePart.Reason.OTHER_MARKET, named.get());
        }
        return null;
    }

    /** Marks sibling sections and list items that each open with a different market the document does not cover. */
    private void listingContainers(Block block) {
        List<Block> items = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Block child : block.children()) {
            // Paragraphs of a report often open with a short form of its market's name, so paragraphs are items only
            // on a page with no market of its own.
            if (child.kind() == BlockKind.SECTION || child.kind() == BlockKind.LIST_ITEM
                    || child.kind() == BlockKind.PARAGRAPH && market.isEmpty()) {
                Optional<String> named = openingMarket(child,
                        child.kind() == BlockKind.PARAGRAPH ? PARAGRAPH_OPENING : ITEM_OPENING);
                if (named.isPresent() && (market.isEmpty() || !MarketNames.covers(market, named.get()))) {
                    items.add(child);
                    names.add(named.get());
                }
            }
        }
        Set<Set<String>> distinct = new HashSet<>();
        names.forEach(n -> distinct.add(MarketNames.core(n)));
        if (distinct.size() >= 2) {
            for (int i = 0; i < items.size(); i++) {
                SeparatePart part = new SeparatePart(items.get(i), SeparatePart.Reason.LISTING_ITEM, names.get(i));
                items.get(i).visit(b -> b.texts().forEach(t -> parts.putIfAbsent(t, part)));
            }
        }
        for (Block child : block.children()) {
            if (!items.contains(child) || distinct.size() < 2) {
                listingContainers(child);
            }
        }
    }

    /** The market an item names in its first words, if any. */
    private static Optional<String> openingMarket(Block item, int window) {
        String text = BlockText.of(item);
        String opening = text.substring(0, Math.min(text.length(), window));
        return MarketNames.mentions(opening).stream()
                .filter(m -> !m.name().isEmpty())
                .map(MarketNames.Mention::name)
                .findFirst();
    }

    /** A heading whose section is still open, with the part it starts or null. */
    private record Open(int level, SeparatePart part) {
    }
}
