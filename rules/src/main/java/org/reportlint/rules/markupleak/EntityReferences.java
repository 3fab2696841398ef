package org.reportlint.rules.markupleak;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Finds HTML character references in visible text: {@code &nbsp;}, {@code &amp;}, {@code &#8217;}. In HTML or
 * Markdown text one is left only when the source escaped it twice ({@code &amp;nbsp;}); in plain text it is an
 * entity a generator wrote for an HTML page.
 *
 * <p>A name counts only with its semicolon and only when HTML defines it, so {@code AT&T}, {@code R&D} and
 * {@code Q&A;} are not references.
 */
final class EntityReferences {
    private static final Pattern REFERENCE = Pattern.compile(
            "&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|([A-Za-z][A-Za-z0-9]{1,31}));");

    private EntityReferences() {
    }

    /** A matcher over {@code text} positioned before its first reference, or null when it has none. */
    static Matcher in(String text) {
        return text.indexOf('&') < 0 || text.indexOf(';') < 0 ? null : REFERENCE.matcher(text);
    }

    /** Whether the last match of {@code matcher} is a reference HTML defines. */
    static boolean isDefined(Matcher matcher) {
        String name = matcher.group(1);
        return name == null || Entities.isNamedEntity(name);
    }
}
