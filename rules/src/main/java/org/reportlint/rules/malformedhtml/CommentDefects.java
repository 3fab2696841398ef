package org.reportlint.rules.malformedhtml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reportlint.core.document.MarkupToken;
import org.reportlint.core.source.TextRange;

/**
 * Finds comments that end somewhere other than the author meant: one never closed, which hides the rest of the
 * document; one closed at once by {@code <!-->} or {@code <!--->}, which shows the intended comment text; and one
 * written inside another, whose end shows the rest of the outer comment.
 *
 * <p>What browsers accept silently is not flagged: {@code --} inside a comment, conditional comments, and a comment
 * closed with {@code --!>} (browsers end the comment there as the author meant). An abrupt {@code <!-->} is flagged
 * only when a {@code -->} follows before the next comment, the sign that a longer comment was intended; alone it is
 * an empty comment.
 */
final class CommentDefects {
    private static final String OPEN = "<!--";
    private static final String CLOSE = "-->";

    private CommentDefects() {
    }

    static List<HtmlDefect> find(String source, List<MarkupToken> tokens) {
        List<HtmlDefect> defects = new ArrayList<>();
        NextMarker nextClose = new NextMarker(source, CLOSE);
        NextMarker nextOpen = new NextMarker(source, OPEN);
        for (MarkupToken token : tokens) {
            if (token.kind() != MarkupToken.Kind.COMMENT) {
                continue;
            }
            TextRange range = token.range();
            TextRange content = token.content();
            if (isUnterminated(source, token)) {
                defects.add(HtmlDefect.of(HtmlDefect.Kind.UNTERMINATED_COMMENT,
                        new TextRange(range.start(), range.start() + OPEN.length()), ""));
            } else if (content.isEmpty() && range.end() - range.start() < OPEN.length() + CLOSE.length()) {
                abruptlyClosed(source, range, nextClose, nextOpen).ifPresent(defects::add);
            } else {
                nested(source, token, nextClose, nextOpen).ifPresent(defects::add);
            }
        }
        return defects;
    }

    /**
     * Whether the input ends inside a comment as tokenized, so that end tags after its start were never seen. That
     * includes a comment closed only by {@code --!>}, which the markup tokens do not end but browsers do.
     */
    static boolean inputEndsInComment(String source, List<MarkupToken> tokens) {
        return !tokens.isEmpty() && runsToEnd(source, tokens.get(tokens.size() - 1));
    }

    /** Whether the comment runs to the end of input without a {@code -->} (or the {@code --!>} browsers accept). */
    static boolean isUnterminated(String source, MarkupToken comment) {
        return runsToEnd(source, comment) && source.indexOf("--!>", comment.content().start()) < 0;
    }

    private static boolean runsToEnd(String source, MarkupToken comment) {
        return comment.kind() == MarkupToken.Kind.COMMENT && comment.content().end() == source.length()
                && comment.range().end() == source.length();
    }

    /**
     * A comment written inside a comment, as when a block with comments is commented out: the inner {@code -->} ends
     * both, and what follows up to the outer {@code -->} is shown. Only reported when that outer {@code -->} comes
     * before the next comment.
     */
    private static Optional<HtmlDefect> nested(String source, MarkupToken comment, NextMarker nextClose,
                                               NextMarker nextOpen) {
        TextRange content = comment.content();
        int inner = source.indexOf(OPEN, content.start());
        if (inner < 0 || inner >= content.end()) {
            return Optional.empty();
        }
        int end = comment.range().end();
        int close = nextClose.from(end);
        int open = nextOpen.from(end);
        if (close < 0 || open >= 0 && open < close) {
            return Optional.empty();
        }
        return Optional.of(new HtmlDefect(HtmlDefect.Kind.NESTED_COMMENT,
                new TextRange(inner, inner + OPEN.length()), "",
                Optional.of(new ElementStart(OPEN, new TextRange(comment.range().start(),
                        comment.range().start() + OPEN.length()))),
                Optional.of(new ElementStart(CLOSE, new TextRange(close, close + CLOSE.length())))));
    }

    private static Optional<HtmlDefect> abruptlyClosed(String source, TextRange comment, NextMarker nextClose,
                                                       NextMarker nextOpen) {
        int close = nextClose.from(comment.end());
        if (close < 0) {
            return Optional.empty();
        }
        int open = nextOpen.from(comment.end());
        if (open >= 0 && open < close) {
            return Optional.empty();
        }
        String written = source.substring(comment.start(), comment.end());
        return Optional.of(new HtmlDefect(HtmlDefect.Kind.ABRUPT_COMMENT, comment, written, Optional.empty(),
                Optional.of(new ElementStart(CLOSE, new TextRange(close, close + CLOSE.length())))));
    }

    /**
     * The next place of a marker from increasing offsets, searched again only when the offset passes it, so that many
     * abrupt comments in a large document cost one scan and not one each.
     */
    private static final class NextMarker {
        private final String source;
        private final String marker;
        private int found = -2;

        NextMarker(String source, String marker) {
            this.source = source;
            this.marker = marker;
        }

        int from(int offset) {
            if (found == -2 || found >= 0 && found < offset) {
                found = source.indexOf(marker, offset);
            }
            return found;
        }
    }
}
