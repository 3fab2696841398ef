package org.reportlint.rules.malformedhtml;

import java.util.ArrayList;
import java.util.List;
import org.reportlint.core.document.MarkupToken;
import org.reportlint.core.source.TextRange;
import org.reportlint.rules.malformedhtml.HtmlDefect.Kind;

/**
 * Follows the document-level tags as written (doctype, {@code html}, {@code head}, {@code body}) and reports those
 * that come after the content has started, where a browser ignores them.
 *
 * <p>None of these tags is required: a fragment simply starts its body with its first content. {@code </body>} and
 * {@code </html>} are only a defect when more content follows them.
 */
final class DocumentOutline {
    private final List<HtmlDefect> defects;
    /** {@code </body>} and {@code </html>} tags not yet followed by content. */
    private final List<MarkupToken> documentEnd = new ArrayList<>();
    private boolean quirks = true;
    private boolean doctypeSeen;
    private boolean htmlSeen;
    private boolean headSeen;
    private boolean headOpen;
    private boolean bodySeen;
    private boolean bodyStarted;

    DocumentOutline(List<HtmlDefect> defects) {
        this.defects = defects;
    }

    /** Whether the browser is in quirks mode, where {@code <table>} does not close a paragraph. */
    boolean quirks() {
        return quirks;
    }

    boolean bodyStarted() {
        return bodyStarted;
    }

    void doctype(MarkupToken token, String lowerCaseText) {
        if (doctypeSeen || htmlSeen || bodyStarted) {
            somethingFollows();
            defects.add(HtmlDefect.of(Kind.DOCUMENT_TAG_IN_CONTENT, token.range(), "!DOCTYPE"));
            return;
        }
        doctypeSeen = true;
        quirks = isQuirksDoctype(lowerCaseText);
    }

    /** Takes an {@code html}, {@code head} or {@code body} start tag and returns true, or returns false. */
    boolean documentStartTag(MarkupToken token, String name) {
        somethingFollows();
        boolean misplaced;
        switch (name) {
            case "html" -> {
                misplaced = htmlSeen || bodyStarted;
                htmlSeen = true;
            }
            case "head" -> {
                misplaced = headSeen || bodyStarted;
                headSeen = true;
                headOpen = !bodyStarted;
            }
            case "body" -> {
                misplaced = bodySeen || bodyStarted;
                bodySeen = true;
                contentStarts();
            }
            default -> {
                return false;
            }
        }
        if (misplaced) {
            defects.add(HtmlDefect.of(Kind.DOCUMENT_TAG_IN_CONTENT, token.range(), name));
        }
        return true;
    }

    /** Any other start tag; content inside a template in the head does not start the body. */
    void startTag(String name, boolean inTemplate) {
        somethingFollows();
        if (!ElementCategories.HEAD_CONTENT.contains(name) && !(inTemplate && !bodyStarted)) {
            contentStarts();
        }
    }

    /** Visible text outside raw-text elements. */
    void text(boolean inTemplate) {
        if (!(inTemplate && !bodyStarted)) {
            contentStarts();
        }
    }

    /** Takes a {@code body}, {@code html} or {@code head} end tag and returns true, or returns false. */
    boolean documentEndTag(MarkupToken token) {
        switch (token.name()) {
            case "body", "html" -> {
                documentEnd.add(token);
                headOpen = false;
                return true;
            }
            case "head" -> {
                somethingFollows();
                if (headOpen) {
                    headOpen = false;
                } else if (bodyStarted) {
                    defects.add(HtmlDefect.of(Kind.STRAY_END_TAG, token.range(), "head"));
                }
                return true;
            }
            default -> {
                somethingFollows();
                return false;
            }
        }
    }

    /** Reports {@code </body>} or {@code </html>} that a tag or text follows. */
    void somethingFollows() {
        if (documentEnd.isEmpty()) {
            return;
        }
        StringBuilder tags = new StringBuilder();
        for (MarkupToken token : documentEnd) {
            tags.append("</").append(token.name()).append('>');
        }
        TextRange range = new TextRange(documentEnd.get(0).range().start(),
                documentEnd.get(documentEnd.size() - 1).range().end());
        defects.add(HtmlDefect.of(Kind.DOCUMENT_END_IN_CONTENT, range, tags.toString()));
        documentEnd.clear();
    }

    private void contentStarts() {
        somethingFollows();
        bodyStarted = true;
        headOpen = false;
    }

    /** Whether a doctype puts the browser in quirks mode. */
    static boolean isQuirksDoctype(String lowerCaseDoctype) {
        String doctype = lowerCaseDoctype.replaceAll("\\s+", " ");
        if (!doctype.matches("<!doctype html\\b.*")) {
            return true;
        }
        if (!doctype.contains("public")) {
            return false;
        }
        boolean systemId = doctype.chars().filter(c -> c == '"' || c == '\'').count() >= 4;
        if (doctype.contains("transitional") || doctype.contains("frameset")) {
            return !systemId;
        }
        return doctype.matches(".*//dtd html (2|3)\\..*") || doctype.contains("-//ietf//dtd html");
    }
}
