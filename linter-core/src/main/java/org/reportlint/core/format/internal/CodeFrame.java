package org.reportlint.core.format.internal;

import org.reportlint.core.result.Finding;

/**
 * The two lines that show where a finding is: the source line (or the window of a long line the finding kept) after
 * a line-number gutter, and a caret underline below the flagged columns. {@code …} marks a cut line.
 */
final class CodeFrame {
    private static final String ELLIPSIS = "\u2026";

    private CodeFrame() {
    }

    /**
     * Renders the frame, each line starting with {@code indent} and ending with a newline.
     *
     * @param caretStyle applies the finding's color to the carets
     */
    static String render(Finding finding, String indent, java.util.function.UnaryOperator<String> caretStyle,
                         Ansi ansi) {
        FrameWindow window = FrameWindow.of(finding);
        String text = DisplayText.safe(window.text());
        String left = window.truncatedLeft() ? ELLIPSIS : "";
        String right = window.truncatedRight() ? ELLIPSIS : "";
        String number = Integer.toString(window.line());
        String gutter = indent + number + " | ";
        String emptyGutter = indent + " ".repeat(number.length()) + " | ";
        return ansi.dim(gutter) + left + text + right + "\n"
                + ansi.dim(emptyGutter) + " ".repeat(left.length()) + blanksLike(text.substring(0, window.start()))
                + caretStyle.apply("^".repeat(window.end() - window.start())) + "\n";
    }

    /** Spaces as wide as {@code text}, keeping its tabs so the carets line up however the terminal sets tab stops. */
    private static String blanksLike(String text) {
        StringBuilder blanks = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            blanks.append(text.charAt(i) == '\t' ? '\t' : ' ');
        }
        return blanks.toString();
    }
}
