package org.reportlint.core.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.reportlint.core.source.TextRange;

/**
 * Splits source text into the markup tokens a browser's tokenizer would see, with exact source ranges.
 *
 * <p>It follows HTML tokenization where it matters for positions: comments, declarations, raw-text elements
 * ({@code script}, {@code style}, {@code textarea}, {@code title}) whose content is not markup, quoted attribute
 * values that contain {@code >}, {@code <plaintext>} that runs to the end, CDATA sections inside {@code <svg>} and
 * {@code <math>} that run to {@code ]]>} or the end. A {@code <} that does not start a tag is text. Plain text documents are scanned
 * the same way so that HTML comments (suppressions, annotations) are found in every format.
 */
final class MarkupScanner {
    private static final Set<String> RAW_TEXT = Set.of(
            "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext");

    private final String source;
    private final boolean tagsToo;
    /** Foreign elements that allow CDATA sections. */
    private static final Set<String> FOREIGN = Set.of("svg", "math");
    /** HTML start tags that end foreign content wherever they appear in it (the HTML standard's list). */
    private static final Set<String> BREAKS_OUT_OF_FOREIGN = Set.of("b", "big", "blockquote", "body", "br",
            "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr",
            "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span",
            "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var");

    private final List<MarkupToken> tokens = new ArrayList<>();
    private int pos;
    /** How many {@code <svg>} and {@code <math>} elements are open, where {@code <![CDATA[} starts a CDATA section. */
    private int foreignDepth;

    private MarkupScanner(String source, boolean tagsToo) {
        this.source = source;
        this.tagsToo = tagsToo;
    }

    /** Every tag, comment and declaration of an HTML source. */
    static List<MarkupToken> scanHtml(String source) {
        return new MarkupScanner(source, true).scan();
    }

    /** Only the HTML comments of a plain text or Markdown source. */
    static List<MarkupToken> scanComments(String source) {
        return new MarkupScanner(source, false).scan();
    }

    private List<MarkupToken> scan() {
        int length = source.length();
        while (pos < length) {
            int lt = source.indexOf('<', pos);
            if (lt < 0 || lt + 1 >= length) {
                break;
            }
            pos = lt;
            if (source.startsWith("<!--", lt)) {
                comment();
            } else if (tagsToo && foreignDepth > 0 && source.startsWith("<![CDATA[", lt)) {
                cdata();
            } else if (!tagsToo) {
                pos = lt + 1;
            } else if (source.charAt(lt + 1) == '!' || source.charAt(lt + 1) == '?') {
                declaration();
            } else if (source.charAt(lt + 1) == '/' && lt + 2 < length && isAsciiLetter(source.charAt(lt + 2))) {
                endTag();
            } else if (isAsciiLetter(source.charAt(lt + 1))) {
                startTag();
            } else {
                pos = lt + 1;
            }
        }
        return List.copyOf(tokens);
    }

    private void comment() {
        int start = pos;
        int contentStart = start + 4;
        // "<!-->" and "<!--->" are complete (empty) comments in HTML.
        int end;
        int contentEnd;
        if (source.startsWith(">", contentStart)) {
            contentEnd = contentStart;
            end = contentStart + 1;
        } else if (source.startsWith("->", contentStart)) {
            contentEnd = contentStart;
            end = contentStart + 2;
        } else {
            int close = source.indexOf("-->", contentStart);
            contentEnd = close < 0 ? source.length() : close;
            end = close < 0 ? source.length() : close + 3;
        }
        tokens.add(new MarkupToken(MarkupToken.Kind.COMMENT, "", new TextRange(start, end), false, List.of(),
                new TextRange(contentStart, contentEnd)));
        pos = end;
    }

    /**
     * A CDATA section of foreign content: text up to {@code ]]>} or, unterminated, to the end of the input, so that
     * nothing in it (a tag, a comment that looks like a suppression) is read as markup.
     */
    private void cdata() {
        int start = pos;
        int close = source.indexOf("]]>", start + "<![CDATA[".length());
        int end = close < 0 ? source.length() : close + 3;
        tokens.add(new MarkupToken(MarkupToken.Kind.DECLARATION, "", new TextRange(start, end), false, List.of(),
                new TextRange(end, end)));
        pos = end;
    }

    private void declaration() {
        int start = pos;
        int close = source.indexOf('>', start);
        int end = close < 0 ? source.length() : close + 1;
        tokens.add(new MarkupToken(MarkupToken.Kind.DECLARATION, "", new TextRange(start, end), false, List.of(),
                new TextRange(end, end)));
        pos = end;
    }

    private void endTag() {
        int start = pos;
        int nameEnd = nameEnd(start + 2);
        String name = source.substring(start + 2, nameEnd).toLowerCase(Locale.ROOT);
        int close = source.indexOf('>', nameEnd);
        if (close < 0) {
            pos = source.length();
            return;
        }
        tokens.add(new MarkupToken(MarkupToken.Kind.END_TAG, name, new TextRange(start, close + 1), false,
                List.of(), new TextRange(close + 1, close + 1)));
        if (FOREIGN.contains(name) && foreignDepth > 0) {
            foreignDepth--;
        }
        pos = close + 1;
    }

    private void startTag() {
        int start = pos;
        int nameEnd = nameEnd(start + 1);
        String name = source.substring(start + 1, nameEnd).toLowerCase(Locale.ROOT);
        List<MarkupToken.Attribute> attributes = new ArrayList<>();
        int i = nameEnd;
        int length = source.length();
        boolean selfClosing = false;
        while (i < length) {
            char c = source.charAt(i);
            if (c == '>') {
                break;
            }
            if (c == '/' ) {
                selfClosing = i + 1 < length && source.charAt(i + 1) == '>';
                i++;
                continue;
            }
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            i = attribute(i, attributes);
        }
        if (i >= length) {
            // An unterminated tag at the end of input is text to a browser.
            pos = start + 1;
            return;
        }
        int end = i + 1;
        tokens.add(new MarkupToken(MarkupToken.Kind.START_TAG, name, new TextRange(start, end), selfClosing,
                attributes, new TextRange(end, end)));
        pos = end;
        if (BREAKS_OUT_OF_FOREIGN.contains(name)) {
            foreignDepth = 0;
        } else if (FOREIGN.contains(name) && !selfClosing) {
            foreignDepth++;
        }
        if (name.equals("plaintext") && foreignDepth == 0) {
            // Nothing ends <plaintext>, not even </plaintext>: the rest of the input is its text.
            pos = source.length();
        } else if (RAW_TEXT.contains(name)) {
            skipRawText(name);
        }
    }

    private int attribute(int start, List<MarkupToken.Attribute> attributes) {
        int length = source.length();
        int i = start;
        while (i < length && !Character.isWhitespace(source.charAt(i)) && source.charAt(i) != '='
                && source.charAt(i) != '>' && (source.charAt(i) != '/' || i == start)) {
            i++;
        }
        String name = source.substring(start, i).toLowerCase(Locale.ROOT);
        int afterName = i;
        while (i < length && Character.isWhitespace(source.charAt(i))) {
            i++;
        }
        if (i >= length || source.charAt(i) != '=') {
            attributes.add(new MarkupToken.Attribute(name, "", new TextRange(start, afterName),
                    new TextRange(afterName, afterName)));
            return afterName;
        }
        i++;
        while (i < length && Character.isWhitespace(source.charAt(i))) {
            i++;
        }
        int valueStart;
        int valueEnd;
        int end;
        if (i < length && (source.charAt(i) == '"' || source.charAt(i) == '\'')) {
            char quote = source.charAt(i);
            valueStart = i + 1;
            int close = source.indexOf(quote, valueStart);
            valueEnd = close < 0 ? length : close;
            end = close < 0 ? length : close + 1;
        } else {
            valueStart = i;
            while (i < length && !Character.isWhitespace(source.charAt(i)) && source.charAt(i) != '>') {
                i++;
            }
            valueEnd = i;
            end = i;
        }
        attributes.add(new MarkupToken.Attribute(name, source.substring(valueStart, valueEnd),
                new TextRange(start, end), new TextRange(valueStart, valueEnd)));
        return end;
    }

    private void skipRawText(String name) {
        String closing = "</" + name;
        for (int close = source.indexOf("</", pos); close >= 0; close = source.indexOf("</", close + 2)) {
            int after = close + closing.length();
            if (source.regionMatches(true, close, closing, 0, closing.length())
                    && (after >= source.length() || !isNameChar(source.charAt(after)))) {
                pos = close;
                return;
            }
        }
        pos = source.length();
    }

    private int nameEnd(int from) {
        int i = from;
        while (i < source.length() && isNameChar(source.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isNameChar(char c) {
        return c != '>' && c != '/' && !Character.isWhitespace(c);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
