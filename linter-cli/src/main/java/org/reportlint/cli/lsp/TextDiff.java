package org.reportlint.cli.lsp;

import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.reportlint.core.source.LineIndex;

/** The one edit that turns a text into another: the changed middle between their common prefix and suffix. */
final class TextDiff {

    private TextDiff() {
    }

    static TextEdit edit(String before, String after) {
        int prefix = 0;
        int limit = Math.min(before.length(), after.length());
        while (prefix < limit && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        // Never split a surrogate pair: the client would see half a character replaced.
        if (prefix > 0 && Character.isHighSurrogate(before.charAt(prefix - 1))) {
            prefix--;
        }
        int suffix = 0;
        while (suffix < limit - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        if (suffix > 0 && Character.isLowSurrogate(before.charAt(before.length() - suffix))) {
            suffix--;
        }
        LineIndex lines = LineIndex.of(before);
        Range range = Positions.range(lines, prefix, before.length() - suffix);
        return new TextEdit(range, after.substring(prefix, after.length() - suffix));
    }
}
