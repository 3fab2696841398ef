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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlint.core.document.Block;
import org.reportlint.core.document.BlockKind;
import org.reportlint.core.document.Document;
import org.reportlint.core.document.TextBlock;

/**
 * Finds the parts of a document that are not its own report, from the block tree alone.
 *
 * <p>A heading's section runs to the next heading of the same or a higher level. A section is separate when its
 * heading is a related-reports heading ("Related Reports", "You may also like", "Browse more reports", "Check out our
 * trending reports"; also a short block of only those words, as sidebars write it, or such words opening a paragraph
 * before a colon, a line break or the first title: "Related Reports: ..."), or names a market the document's market
 * does not cover. Several sibling sections, list items, table rows (or, on a page with no market of its own,
 * paragraphs) that each open by naming a different market the document does not cover, or a narrower one than the
 * page's ("Pressure Sensor Market" on a sensor market page), are the items of a listing page, each its own part; so are
 * several headings of one level naming different markets on a page whose title names none, or naming narrower markets
 * with a period of their own as report titles do. Sections about the document's market, its short forms, segments and
 * regions stay the document's own.
 */
final class PartFinder {
    static final Pattern RELATED = Pattern.compile("(?i)^\\W*(?:"
            + "(?:(?:browse|check\\s+out|explore|see|view|read|discover|find)\\s+(?:all\\s+)?)?(?:(?:our|the)\\s+)?"
            + "(?:related|other|similar|recent|latest|trending|popular|more|recommended|featured|top|new|relevant"
            + "|additional)(?:\\s+(?:trending|popular|related|latest|recent|top|new|market|industry|research))*"
            + "\\s+(?:reports?|studies|research|publications|press\\s+releases|news(?:\\s+releases)?|articles|insights"
            + "|titles|stories)"
            + "|(?:related|other|similar|adjacent|parent)\\s+markets?"
            + "|related\\s+(?:links|topics|content|posts|reading)"
            + "|you\\s+(?:may|might)\\s+also(?:\\s+(?:like|enjoy|read|be\\s+interested\\s+in))?"
            + "|reports?\\s+you\\s+may|people\\s+(?:also|who)|customers\\s+(?:also|who)"
            + "|also\\s+read|see\\s+also|further\\s+reading|explore\\s+more|read\\s+more\\s+reports?)\\b");
    /** The first letters of {@link #RELATED}'s phrases, which it matches ignoring ASCII case. */
    private static final String RELATED_FIRST_LETTERS = "bcedsvfrotmpnlay";
    /**
     * What ends a related-reports label that opens a paragraph: a colon or dash ("Related Reports: ..."), the end of
     * its line, or the capital of the first title after it, as a bold label runs into its text.
     */
    private static final Pattern LABEL_END = Pattern.compile("[ \\t\u00a0]*(?:[:\u2013\u2014-]|\n|(?=\\p{Lu}))");
    /** A year range in a heading or an item's opening, as a report's title gives its period. */
    private static final Pattern TITLE_RANGE = Pattern.compile("\\b(?:19|20)\\d{2}(?:[A-Z])?\\s*(?:[-\u2013\u2014]|to)"
            + "\\s*(?:FY|CY)?(?:19|20)?\\d{2}\\b");
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
    private final FirstNames names;
    private final Map<TextBlock, SeparatePart> parts = new IdentityHashMap<>();

    private PartFinder(Document document, String market, FirstNames names) {
        this.document = document;
        this.market = market;
        this.names = names;
    }

    /** The separate part of each text block that is in one; {@code market} is the document's market, or empty. */
    static Map<TextBlock, SeparatePart> find(Document document, String market, FirstNames names) {
        PartFinder finder = new PartFinder(document, market, names);
        finder.listingContainers(document.root());
        finder.headingSections();
        return finder.parts;
    }

    /**
     * The headings of one level that name at least two different markets, on a page with no market of its own: the
     * headings of a listing page's items.
     */
    static Set<TextBlock> listingHeadings(Document document, String market, FirstNames names) {
        Map<Integer, List<TextBlock>> byLevel = new java.util.TreeMap<>();
        for (TextBlock text : document.blocks()) {
            if (text.kind() == BlockKind.HEADING && text.block() != null) {
                Optional<String> named = names.of(text.text());
                // A heading about a narrower market is a listing's item only when it gives a period of its own, as
                // a report's title does: a report's own sections name its segments too.
                if (named.isPresent() && isItemName(market, named.get(),
                        Starts.hasDigit(text.text()) && TITLE_RANGE.matcher(text.text()).find())) {
                    byLevel.computeIfAbsent(text.block().level(), l -> new ArrayList<>()).add(text);
                }
            }
        }
        Set<TextBlock> listing = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (List<TextBlock> headings : byLevel.values()) {
            Set<Set<String>> cores = new HashSet<>();
            headings.forEach(h -> cores.add(MarketNames.core(names.of(h.text()).orElse(""))));
            if (cores.size() >= 2) {
                listing.addAll(headings);
            }
        }
        return listing;
    }

    private void headingSections() {
        Set<TextBlock> listing = listingHeadings(document, market, names);
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
        boolean alone = text.block() != null && text.block().texts().size() == 1
                && text.block().children().isEmpty() && text.kind() != BlockKind.TABLE_CELL
                && text.kind() != BlockKind.TITLE;
        if (!alone) {
            return 0;
        }
        if (!mayBeRelated(text.text())) {
            return 0;
        }
        String label = text.text().strip();
        Matcher related = RELATED.matcher(label);
        if (!related.lookingAt()) {
            return 0;
        }
        // A label alone, or one that opens a paragraph of the related reports it introduces.
        boolean opens = LABEL_END.matcher(label).region(related.end(), label.length()).lookingAt();
        return label.length() <= LABEL_LENGTH || opens ? LABEL_LEVEL : 0;
    }

    /**
     * Whether {@link #RELATED} can match at the start of {@code text}: every one of its phrases opens with a letter
     * from {@link #RELATED_FIRST_LETTERS}, right after the non-word characters {@code \\W*} skips (leading blanks
     * among them, so the text need not be stripped first). Most blocks fail here, before the long alternation.
     */
    static boolean mayBeRelated(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean word = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
            if (word) {
                return RELATED_FIRST_LETTERS.indexOf(Character.toLowerCase(c)) >= 0;
            }
        }
        return false;
    }

    /** The part a heading starts, or null when its section is the document's own. */
    private SeparatePart separation(TextBlock heading, Set<TextBlock> listing) {
        String text = heading.text().strip();
        if (mayBeRelated(text) && RELATED.matcher(text).lookingAt()) {
            return new SeparatePart(heading.block(), SeparatePart.Reason.RELATED_REPORTS, "");
        }
        Optional<String> named = names.of(text);
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
        List<String> itemNames = new ArrayList<>();
        for (Block child : block.children()) {
            // Paragraphs of a report often open with a short form of its market's name, so paragraphs are items only
            // on a page with no market of its own.
            if (child.kind() == BlockKind.SECTION || child.kind() == BlockKind.LIST_ITEM
                    || child.kind() == BlockKind.TABLE_ROW
                    || child.kind() == BlockKind.PARAGRAPH && market.isEmpty()) {
                String opening = opening(child, child.kind() == BlockKind.PARAGRAPH ? PARAGRAPH_OPENING : ITEM_OPENING);
                // A section that opens with a nested section or item has the same opening: read once.
                Optional<String> named = names.of(opening);
                if (named.isPresent() && isItemName(market, named.get(), true)) {
                    items.add(child);
                    itemNames.add(named.get());
                }
            }
        }
        Set<Set<String>> distinct = new HashSet<>();
        itemNames.forEach(n -> distinct.add(MarketNames.core(n)));
        if (distinct.size() >= 2) {
            for (int i = 0; i < items.size(); i++) {
                SeparatePart part = new SeparatePart(items.get(i), SeparatePart.Reason.LISTING_ITEM, itemNames.get(i));
                items.get(i).visit(b -> b.texts().forEach(t -> parts.putIfAbsent(t, part)));
            }
        }
        for (Block child : block.children()) {
            if (!items.contains(child) || distinct.size() < 2) {
                listingContainers(child);
            }
        }
    }

    /**
     * Whether a heading or item that names {@code named} can be one item of a listing on a page about {@code market}:
     * it names another market, or, when {@code narrower} allows it, a narrower market than the page's ("Pressure
     * Sensor Market" on a page of sensor market reports).
     */
    private static boolean isItemName(String market, String named, boolean narrower) {
        if (market.isEmpty() || !MarketNames.covers(market, named)) {
            return true;
        }
        return narrower && MarketNames.isNarrower(market, named);
    }

    /** The first words of an item. */
    private static String opening(Block item, int window) {
        return BlockText.opening(item, window);
    }

    /** A heading whose section is still open, with the part it starts or null. */
    private record Open(int level, SeparatePart part) {
    }
}
