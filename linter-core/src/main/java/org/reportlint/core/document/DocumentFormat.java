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
    private static final Pattern LINE_STARTS_WITH_TAG = Pattern.compile("(?m)^[ \\t]*<[!/A-Za-z]");
    private static final Pattern NON_BLANK_LINE = Pattern.compile("(?m)^[ \\t]*\\S");
    /** A Markdown heading or code fence, which HTML pages do not have at the start of a line. */
    private static final Pattern MARKDOWN_LINE = Pattern.compile("(?m)^[ \\t]{0,3}(?:#{1,6}[ \\t]|```|~~~)");

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
        return MARKUP.matcher(head).find() ? HTML : TEXT;
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
        if (MARKDOWN_LINE.matcher(head).find()) {
            return false;
        }
        int lines = count(NON_BLANK_LINE.matcher(head));
        int tagLines = count(LINE_STARTS_WITH_TAG.matcher(head));
        return 2 * tagLines >= lines;
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

    private static int count(Matcher matcher) {
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }
}
