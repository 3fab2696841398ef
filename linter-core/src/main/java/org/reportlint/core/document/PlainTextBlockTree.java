package org.reportlint.core.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the block tree of a plain text document: paragraphs at blank lines, every line end a hard line break.
 *
 * <p>Within a paragraph, a line that starts with {@code #} to {@code ######} and a space is a heading; lines marked as
 * list entries ({@code - }, {@code * }, {@code + }, {@code •}, {@code 1. }, {@code 1) }) are the items of a list, the
 * marker left out of their text, and an indented line under an entry goes on with it, after a line break; and a run
 * of at least two short lines under a heading-like line (one ending with a colon, or short and without closing
 * punctuation) is a list too, as generators write lists of companies or countries. Lines that wrap a sentence onto
 * the next line are never a list.
 */
final class PlainTextBlockTree {
    private static final Pattern HEADING = Pattern.compile("^[ \\t]{0,3}(#{1,6})[ \\t]+(?=\\S)");
    private static final Pattern BULLET = Pattern.compile("^[ \\t]*(?:[-*+\u2022\u25aa\u25cf]|\\d{1,3}[.)])[ \\t]+(?=\\S)");
    /** The characters a {@link #HEADING} or a {@link #BULLET} starts with after its blanks. */
    private static final String HEADING_START = "#";
    private static final String BULLET_START = "-*+\u2022\u25aa\u25cf0123456789";
    /** The longest line that can be an unmarked list entry, and the longest heading-like line above such entries. */
    private static final int SHORT_LINE = 60;

    private final String source;

    private PlainTextBlockTree(String source) {
        this.source = source;
    }

    /** Adds the blocks of plain text {@code source} to {@code root}. */
    static void build(String source, Block.Builder root) {
        PlainTextBlockTree tree = new PlainTextBlockTree(source);
        for (List<Line> paragraph : tree.paragraphs()) {
            tree.addParagraph(paragraph, root);
        }
    }

    /** One line without its line end; {@code start} and {@code end} are source offsets. */
    private record Line(int start, int end, String text) {
        boolean isShort() {
            return text.strip().length() <= SHORT_LINE;
        }
    }

    private List<List<Line>> paragraphs() {
        List<List<Line>> paragraphs = new ArrayList<>();
        List<Line> current = new ArrayList<>();
        int lineStart = 0;
        int length = source.length();
        while (lineStart <= length) {
            int lineEnd = lineStart;
            while (lineEnd < length && source.charAt(lineEnd) != '\n' && source.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            String text = source.substring(lineStart, lineEnd);
            if (text.isBlank()) {
                if (!current.isEmpty()) {
                    paragraphs.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(new Line(lineStart, lineEnd, text));
            }
            if (lineEnd >= length) {
                break;
            }
            lineStart = lineEnd + (source.charAt(lineEnd) == '\r' && lineEnd + 1 < length
                    && source.charAt(lineEnd + 1) == '\n' ? 2 : 1);
        }
        if (!current.isEmpty()) {
            paragraphs.add(current);
        }
        return paragraphs;
    }

    /** Adds one blank-line separated paragraph: headings, prose lines and lists in the order they come. */
    private void addParagraph(List<Line> lines, Block.Builder root) {
        List<Line> prose = new ArrayList<>();
        List<Line> items = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Matcher heading = mayStartWith(line.text(), HEADING_START) ? HEADING.matcher(line.text()) : null;
            if (heading != null && heading.find()) {
                addProse(prose, root);
                addList(items, root);
                Block.Builder block = Block.builder(BlockKind.HEADING).level(heading.group(1).length())
                        .range(line.start(), line.end());
                block.add(text(BlockKind.HEADING, line, heading.end()));
                root.add(block);
            } else if (mayStartWith(line.text(), BULLET_START) && BULLET.matcher(line.text()).find()) {
                addProse(prose, root);
                items.add(line);
            } else if (!items.isEmpty() && Character.isWhitespace(line.text().charAt(0))) {
                // An indented line under a list entry goes on with that entry, as in Markdown.
                Line entry = items.remove(items.size() - 1);
                items.add(new Line(entry.start(), line.end(), source.substring(entry.start(), line.end())));
            } else if (items.isEmpty() && prose.isEmpty() && isUnmarkedList(lines, i)) {
                prose.add(line);
                addProse(prose, root);
                items.addAll(lines.subList(i + 1, lines.size()));
                break;
            } else {
                addList(items, root);
                prose.add(line);
            }
        }
        addProse(prose, root);
        addList(items, root);
    }

    /**
     * Whether the first character after the line's leading blanks is one of {@code starts}: what a heading or bullet
     * must start with, checked before its regex, which most lines of prose would fail only after trying it.
     */
    private static boolean mayStartWith(String line, String starts) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i < line.length() && starts.indexOf(line.charAt(i)) >= 0;
    }

    /** Whether line {@code i} is heading-like and every line after it is a short entry of its own. */
    private static boolean isUnmarkedList(List<Line> lines, int i) {
        if (lines.size() - i < 3) {
            return false;
        }
        String head = lines.get(i).text().strip();
        boolean headingLike = head.endsWith(":")
                || head.length() <= SHORT_LINE && ".,;!?".indexOf(head.charAt(head.length() - 1)) < 0;
        if (!headingLike) {
            return false;
        }
        for (int k = i + 1; k < lines.size(); k++) {
            Line line = lines.get(k);
            String entry = line.text().strip();
            // A wrapped sentence goes on in lower case or with a joining word; an entry starts afresh.
            if (!line.isShort() || entry.endsWith(":") || entry.endsWith(",")
                    || !(Character.isUpperCase(entry.charAt(0)) || Character.isDigit(entry.charAt(0)))) {
                return false;
            }
        }
        return true;
    }

    private void addProse(List<Line> prose, Block.Builder root) {
        if (prose.isEmpty()) {
            return;
        }
        int start = prose.get(0).start();
        int end = prose.get(prose.size() - 1).end();
        Block.Builder paragraph = Block.builder(BlockKind.PARAGRAPH).range(start, end);
        paragraph.add(TextBlock.verbatim(BlockKind.PARAGRAPH, source.substring(start, end), start));
        root.add(paragraph);
        prose.clear();
    }

    private void addList(List<Line> items, Block.Builder root) {
        if (items.isEmpty()) {
            return;
        }
        Block.Builder list = Block.builder(BlockKind.LIST);
        for (Line line : items) {
            Matcher bullet = BULLET.matcher(line.text());
            int from = bullet.find() ? bullet.end() : 0;
            Block.Builder item = Block.builder(BlockKind.LIST_ITEM).range(line.start(), line.end());
            item.add(text(BlockKind.LIST_ITEM, line, from));
            list.add(item);
        }
        root.add(list);
        items.clear();
    }

    /** The text of a line from {@code from}, without surrounding blanks. */
    private TextBlock text(BlockKind kind, Line line, int from) {
        String text = line.text();
        int start = from;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return TextBlock.verbatim(kind, text.substring(start, end), line.start() + start);
    }
}
