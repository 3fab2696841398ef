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
            int tag = nextMeta(head, at);
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

    /**
     * Where the next {@code <meta} followed by whitespace or {@code /} starts (any case), or -1: a scan for {@code <}
     * rather than a case-insensitive regex tried at every offset of the head.
     */
    private static int nextMeta(String head, int from) {
        int length = head.length();
        for (int lt = head.indexOf('<', from); lt >= 0 && lt + 5 < length; lt = head.indexOf('<', lt + 1)) {
            if (head.regionMatches(true, lt + 1, "meta", 0, 4) && isSpaceOrSlash(head.charAt(lt + 5))) {
                return lt;
            }
        }
        return -1;
    }

    /** {@code [\s/]} of {@link java.util.regex.Pattern}: ASCII whitespace (with vertical tab) or a slash. */
    private static boolean isSpaceOrSlash(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '/';
    }
}
