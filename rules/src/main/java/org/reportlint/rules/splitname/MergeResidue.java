package org.reportlint.rules.splitname;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlint.core.rule.Fix;
import org.reportlint.core.rule.TextEdit;
import org.reportlint.core.source.TextRange;

/**
 * Whether a merge fix deletes only what separates two entries: the emptied entry's own tags, line breaks, blanks,
 * a list marker or a comma. The moved fragment is written again in the previous entry, but everything else a fix
 * deletes is gone, so a link, a comment, a script, an {@code id} or {@code value} attribute, or any other text
 * there means the fix is not offered: a reader fixes that by hand, knowing what it holds.
 */
final class MergeResidue {
    private static final Pattern TAG = Pattern.compile(
            "</?([A-Za-z][A-Za-z0-9-]*)((?:\\s+[A-Za-z_:][-A-Za-z0-9_:.]*(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+))?)*)\\s*/?>");
    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("([A-Za-z_:][-A-Za-z0-9_:.]*)(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+))?");
    /** Elements that hold content or behaviour of their own even when empty of text. */
    private static final Set<String> KEPT_ELEMENTS = Set.of("a", "area", "audio", "button", "canvas", "embed",
            "form", "iframe", "img", "input", "link", "map", "math", "meta", "noscript", "object", "picture",
            "script", "select", "source", "style", "svg", "template", "textarea", "track", "video");
    /** Attributes that only style the entry; any other (id, value, href, data-, on...) carries something. */
    private static final Set<String> STYLING_ATTRIBUTES = Set.of("class", "style", "dir", "lang");
    /** Blanks, separators and list markers: bullets, numbers such as {@code 2.} or {@code 3)}, blank entities. */
    private static final Pattern SEPARATORS = Pattern.compile("(?:[\\s\\u00A0,;*+\\-\\u2022\\u00B7]|\\d{1,9}[.)]"
            + "|&(?:nbsp|ensp|emsp|thinsp);|&#(?:32|160);|&#[xX](?:20|[aA]0);)*");

    private MergeResidue() {
    }

    /** Whether applying {@code fix} to {@code source} loses nothing but separators, once {@code moved} is written again. */
    static boolean onlySeparators(String source, Fix fix, TextRange moved) {
        if (source.substring(moved.start(), moved.end()).indexOf('<') >= 0) {
            // Markup inside the fragment may be cut in two by the fragment's ends.
            return false;
        }
        for (TextEdit edit : fix.edits()) {
            String deleted = source.substring(edit.offset(), edit.endOffset());
            if (edit.offset() <= moved.start() && moved.end() <= edit.endOffset()) {
                deleted = source.substring(edit.offset(), moved.start()) + " "
                        + source.substring(moved.end(), edit.endOffset());
            }
            if (!isSeparators(deleted)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSeparators(String deleted) {
        StringBuilder text = new StringBuilder();
        Matcher tag = TAG.matcher(deleted);
        int last = 0;
        while (tag.find()) {
            if (!isOwnMarkup(tag.group(1), tag.group(2))) {
                return false;
            }
            text.append(deleted, last, tag.start()).append(' ');
            last = tag.end();
        }
        text.append(deleted, last, deleted.length());
        return SEPARATORS.matcher(text).matches();
    }

    private static boolean isOwnMarkup(String name, String attributes) {
        if (KEPT_ELEMENTS.contains(name.toLowerCase(Locale.ROOT))) {
            return false;
        }
        Matcher attribute = ATTRIBUTE_NAME.matcher(attributes);
        while (attribute.find()) {
            if (!STYLING_ATTRIBUTES.contains(attribute.group(1).toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}
