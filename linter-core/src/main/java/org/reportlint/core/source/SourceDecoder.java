package org.reportlint.core.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a file's bytes: a byte order mark wins, then a charset declared in an HTML {@code <meta>} tag near the
 * start, else UTF-8. Malformed bytes never fail decoding: they become U+FFFD and the first one is remembered.
 */
public final class SourceDecoder {
    private static final int SNIFF_LIMIT = 8192;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private SourceDecoder() {
    }

    /** Whether the bytes look like a binary file rather than text: a NUL byte near the start of a file without a UTF-16 BOM. */
    public static boolean looksBinary(byte[] bytes) {
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            return false;
        }
        int limit = Math.min(bytes.length, SNIFF_LIMIT);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    public static DecodedText decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return decode(bytes, 3, StandardCharsets.UTF_8, true);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return decode(bytes, 2, StandardCharsets.UTF_16BE, true);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return decode(bytes, 2, StandardCharsets.UTF_16LE, true);
        }
        return decode(bytes, 0, declaredCharset(bytes), false);
    }

    /** Encodes text back into the bytes it came from: same charset, same byte order mark. */
    public static byte[] encode(String text, DecodedText original) {
        byte[] body = text.getBytes(original.charset());
        if (!original.byteOrderMark()) {
            return body;
        }
        byte[] bom = "\uFEFF".getBytes(original.charset());
        byte[] out = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, out, 0, bom.length);
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }

    private static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_LIMIT), StandardCharsets.ISO_8859_1);
        Matcher matcher = META_CHARSET.matcher(head);
        if (matcher.find()) {
            String name = matcher.group(1).toLowerCase(Locale.ROOT);
            // Browsers treat these labels as windows-1252, and so do the generators that write them.
            if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
                name = "windows-1252";
            }
            try {
                return Charset.forName(name);
            } catch (IllegalArgumentException unsupported) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static DecodedText decode(byte[] bytes, int skip, Charset charset, boolean bom) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate(Math.max(16, (int) ((bytes.length - skip) * (double) decoder.maxCharsPerByte()) + 16));
        OptionalInt badByte = OptionalInt.empty();
        OptionalInt badChar = OptionalInt.empty();
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isOverflow()) {
                out = grow(out);
            } else if (result.isError()) {
                if (badByte.isEmpty()) {
                    badByte = OptionalInt.of(in.position());
                    badChar = OptionalInt.of(out.position());
                }
                if (!out.hasRemaining()) {
                    out = grow(out);
                }
                out.put('\uFFFD');
                in.position(in.position() + result.length());
            } else {
                break;
            }
        }
        while (decoder.flush(out).isOverflow()) {
            out = grow(out);
        }
        out.flip();
        return new DecodedText(out.toString(), charset, bom, badByte, badChar);
    }

    private static CharBuffer grow(CharBuffer buffer) {
        CharBuffer bigger = CharBuffer.allocate(buffer.capacity() * 2 + 16);
        buffer.flip();
        bigger.put(buffer);
        return bigger;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
