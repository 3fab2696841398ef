package org.reportlint.core.source;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the charset an HTML file declares in a {@code <meta>} tag near its start, as the HTML standard's prescan
 * does: the bytes are read as ASCII, comments are skipped (a {@code <meta>} commented out declares nothing), and the
 * first {@code <meta>} with a {@code charset} (or a {@code content} naming one) decides.
 */
final class DeclaredCharset {
    /** How far into the file the prescan looks; the HTML standard uses 1024 bytes, generators put meta later. */
    static final int SNIFF_LIMIT = 8192;
    private static final Pattern META = Pattern.compile("<meta[\\s/]", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHARSET = Pattern.compile(
            "charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private DeclaredCharset() {
    }

    /**
     * A charset label declared in the bytes and the byte offset of its {@code <meta>} tag.
     *
     * @param label the label as written
     * @param byteOffset where its {@code <meta>} starts
     */
    record Declaration(String label, int byteOffset) {
    }

    static Optional<Declaration> find(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_LIMIT), StandardCharsets.ISO_8859_1);
        int at = 0;
        while (at < head.length()) {
            int comment = head.indexOf("<!--", at);
            Matcher meta = META.matcher(head);
            int tag = meta.find(at) ? meta.start() : -1;
            if (tag < 0) {
                return Optional.empty();
            }
            if (comment >= 0 && comment < tag) {
                int close = head.indexOf("-->", comment + 4);
                if (close < 0) {
                    return Optional.empty();
                }
                at = close + 3;
                continue;
            }
            int end = head.indexOf('>', tag);
            String attributes = head.substring(tag, end < 0 ? head.length() : end);
            Matcher charset = CHARSET.matcher(attributes);
            if (charset.find()) {
                return Optional.of(new Declaration(charset.group(1), tag));
            }
            at = end < 0 ? head.length() : end + 1;
        }
        return Optional.empty();
    }
}
