package org.reportlint.rules.placeholder;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.reportlint.core.document.Document;
import org.reportlint.core.document.DocumentFormat;
import org.reportlint.core.source.TextRange;

/**
 * The source ranges that show code rather than report text: {@code <code>}, {@code <pre>}, {@code <kbd>} and
 * {@code <samp>} elements in HTML, backtick spans and fenced blocks in Markdown. Template syntax there is shown on
 * purpose, as in a page that documents a template.
 */
final class CodeRegions {
    private static final String CODE_ELEMENTS = "code, pre, kbd, samp";
    private static final Pattern MARKDOWN_CODE = Pattern.compile(
            "(?m)^[ \\t]{0,3}(```|~~~)[^\\n]*\\n[\\s\\S]*?(?:^[ \\t]{0,3}\\1[ \\t]*$|\\z)|`[^`\\n]+`");

    private final List<TextRange> ranges;

    private CodeRegions(List<TextRange> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    static CodeRegions of(Document document) {
        List<TextRange> ranges = new ArrayList<>();
        if (document.format() == DocumentFormat.HTML) {
            for (Element element : document.dom().select(CODE_ELEMENTS)) {
                if (element.sourceRange().isTracked() && element.endSourceRange().isTracked()) {
                    ranges.add(new TextRange(element.sourceRange().startPos(), element.endSourceRange().endPos()));
                }
            }
        } else if (document.format() == DocumentFormat.MARKDOWN) {
            Matcher code = MARKDOWN_CODE.matcher(document.source());
            while (code.find()) {
                ranges.add(new TextRange(code.start(), code.end()));
            }
        }
        return new CodeRegions(ranges);
    }

    boolean contains(TextRange range) {
        for (TextRange code : ranges) {
            if (range.start() >= code.start() && range.end() <= code.end()) {
                return true;
            }
        }
        return false;
    }
}
