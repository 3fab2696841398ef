package org.reportlint.core.document;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The input formats reportlint understands; {@link #id()} is the name used in reports. */
public enum DocumentFormat {
    HTML("html"),
    MARKDOWN("markdown"),
    TEXT("text");

    private static final int SNIFF_CHARS = 8192;
    /** How much of a Markdown file is read to decide whether it is mostly HTML. */
    private static final int MOSTLY_HTML_CHARS = 65_536;
    private static final Pattern MARKUP = Pattern.compile(
            "<(?:!doctype|html|head|body|p|div|span|h[1-6]|ul|ol|li|table|tr|td|th|br|a|b|i|strong|em|img|meta|"
                    + "blockquote|section|article|header|footer|nav|pre|code|dl|dt|dd|hr)(?=[\\s/>])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DOCUMENT_START = Pattern.compile("<(?:!doctype|html|head|body)(?=[\\s/>])",
            Pattern.CASE_INSENSITIVE);
    /** The block-level tags that start an HTML block in CommonMark, the ones a page of HTML starts with. */
    private static final Pattern BLOCK_START = Pattern.compile(
            "</?(?:address|article|aside|blockquote|center|details|dialog|dir|div|dl|fieldset|figcaption|figure|"
                    + "footer|form|h[1-6]|header|hr|main|menu|nav|ol|p|section|table|ul|meta|link|title|style|"
                    + "script)(?=[\\s/>])",
            Pattern.CASE_INSENSITIVE);

    private final String id;

    DocumentFormat(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /**
     * The format of a file: HTML by extension or when its content is mostly HTML, Markdown by extension, otherwise
     * HTML when the start of the text contains HTML markup, else plain text.
     *
     * <p>Content that is mostly HTML starts, after blank lines and comments, with a doctype or an {@code html},
     * {@code head} or {@code body} tag, or with a block-level tag (such as {@code div}, {@code p}, {@code table}) and
     * has at least half of its non-blank lines starting with a tag and none that is a Markdown heading or code fence:
     * generators save whole pages as {@code .md} or {@code .txt}. A Markdown file with an HTML table or a
     * {@code <br>} in it is still Markdown.
     */
    public static DocumentFormat detect(String fileName, CharSequence text) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return HTML;
        }
        boolean markdown = name.endsWith(".md") || name.endsWith(".markdown");
        if (isMostlyHtml(text)) {
            return HTML;
        }
        if (markdown) {
            return MARKDOWN;
        }
        CharSequence head = text.subSequence(0, Math.min(text.length(), SNIFF_CHARS));
        return containsMarkup(head) ? HTML : TEXT;
    }

    /**
     * Whether {@link #MARKUP} occurs in {@code head}: tried only where a {@code <} is, so that prose without any is
     * read once by a plain scan instead of by the regex at every offset.
     */
    private static boolean containsMarkup(CharSequence head) {
        Matcher markup = MARKUP.matcher(head);
        for (int i = 0; i < head.length(); i++) {
            if (head.charAt(i) == '<' && markup.region(i, head.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} reads as an HTML page or fragment rather than as prose with some HTML in it. */
    static boolean isMostlyHtml(CharSequence text) {
        CharSequence head = text.subSequence(0, Math.min(text.length(), MOSTLY_HTML_CHARS));
        int start = afterBlanksAndComments(head);
        Matcher document = DOCUMENT_START.matcher(head).region(start, head.length());
        if (document.lookingAt()) {
            return true;
        }
        if (!BLOCK_START.matcher(head).region(start, head.length()).lookingAt()) {
            return false;
        }
        // One pass over the lines: none may be a Markdown heading or code fence, half must start with a tag.
        int lines = 0;
        int tagLines = 0;
        int length = head.length();
        int lineStart = 0;
        while (lineStart < length) {
            int lineEnd = lineStart;
            while (lineEnd < length && !isLineEnd(head.charAt(lineEnd))) {
                lineEnd++;
            }
            int indent = lineStart;
            while (indent < lineEnd && (head.charAt(indent) == ' ' || head.charAt(indent) == '\t')) {
                indent++;
            }
            if (indent - lineStart <= 3 && isMarkdownLine(head, indent, lineEnd)) {
                return false;
            }
            // As the regex \S does, a line end other than CR or LF after the blanks counts as a character.
            if (indent < length && !isAsciiSpace(head.charAt(indent))) {
                lines++;
                if (head.charAt(indent) == '<' && indent + 1 < length && isTagStart(head.charAt(indent + 1))) {
                    tagLines++;
                }
            }
            lineStart = lineEnd + 1;
        }
        return 2 * tagLines >= lines;
    }

    /** A line end as {@code (?m)^} sees one: LF, CR, NEL, or the Unicode line or paragraph separator. */
    private static boolean isLineEnd(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** Whether the line goes on at {@code at} with an ATX heading marker and a blank, or a code fence. */
    private static boolean isMarkdownLine(CharSequence line, int at, int end) {
        if (at < end && line.charAt(at) == '#') {
            int hashes = at;
            while (hashes < end && line.charAt(hashes) == '#') {
                hashes++;
            }
            return hashes - at <= 6 && hashes < end && (line.charAt(hashes) == ' ' || line.charAt(hashes) == '\t');
        }
        return at + 3 <= end && (isRun(line, at, '`') || isRun(line, at, '~'));
    }

    private static boolean isRun(CharSequence line, int at, char c) {
        return line.charAt(at) == c && line.charAt(at + 1) == c && line.charAt(at + 2) == c;
    }

    /** The regex {@code \s}: ASCII blanks, line feed, vertical tab, form feed, carriage return. */
    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isTagStart(char c) {
        return c == '!' || c == '/' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** Where the first thing that is neither whitespace nor an HTML comment starts. */
    private static int afterBlanksAndComments(CharSequence text) {
        String head = text.toString();
        int i = 0;
        while (i < head.length()) {
            if (Character.isWhitespace(head.charAt(i)) || head.charAt(i) == '\uFEFF') {
                i++;
            } else if (head.startsWith("<!--", i)) {
                int close = head.indexOf("-->", i + 4);
                i = close < 0 ? head.length() : close + 3;
            } else {
                break;
            }
        }
        return i;
    }
}
