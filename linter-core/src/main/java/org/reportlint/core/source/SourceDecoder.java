package org.reportlint.core.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Decodes a file's bytes: a byte order mark wins; then, in a file that may be HTML, a charset declared in a
 * {@code <meta>} tag near the start (outside comments); then UTF-16 or UTF-32 recognised by its NUL bytes; else
 * the fallback charset, UTF-8 unless the caller names another (as a build's {@code encoding} does). Malformed bytes
 * never fail decoding: they become U+FFFD and the first one is remembered.
 *
 * <p>A declaration that cannot be true is ignored with a warning, as browsers ignore it: the {@code <meta>} was
 * found by reading the bytes as ASCII, so a charset that does not read ASCII as ASCII (UTF-16, UTF-32, EBCDIC) would
 * turn the page into garbage that no rule can read. A {@code <meta>} in a Markdown or text file is content, not a
 * declaration. NUL bytes in text are reported: they are not text, and tools downstream may stop at them.
 */
public final class SourceDecoder {
    private static final String ASCII_TEXT = asciiText();

    private SourceDecoder() {
    }

    /**
     * Whether the bytes look like a binary file rather than text: a NUL byte near the start of a file that has no
     * UTF-16 byte order mark and is not UTF-16 or UTF-32 recognisable by where its NUL bytes are.
     */
    public static boolean looksBinary(byte[] bytes) {
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            return false;
        }
        return firstNul(bytes, 0, DeclaredCharset.SNIFF_LIMIT) >= 0 && BomlessUnicode.detect(bytes).isEmpty();
    }

    /** Decodes bytes whose file name is not known; a {@code <meta>} charset may declare the encoding. */
    public static DecodedText decode(byte[] bytes) {
        return decode(bytes, "");
    }

    /** Decodes the bytes of the file {@code fileName}, whose extension says whether a {@code <meta>} may declare. */
    public static DecodedText decode(byte[] bytes, String fileName) {
        return decode(bytes, fileName, StandardCharsets.UTF_8);
    }

    /**
     * Decodes the bytes of the file {@code fileName}, reading them as {@code fallback} when neither a byte order mark,
     * a {@code <meta>} declaration nor NUL bytes say otherwise.
     *
     * @param fallback a charset that reads ASCII as ASCII (see {@link #readsAsciiAsAscii})
     */
    public static DecodedText decode(byte[] bytes, String fileName, Charset fallback) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return withNulWarning(decode(bytes, 3, StandardCharsets.UTF_8, true), bytes, 3);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return decode(bytes, 2, StandardCharsets.UTF_16BE, true);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return decode(bytes, 2, StandardCharsets.UTF_16LE, true);
        }
        Optional<Charset> unicode = BomlessUnicode.detect(bytes);
        if (unicode.isPresent()) {
            return warn(decode(bytes, 0, unicode.get(), false), new EncodingWarning(0, unicode.get().name()
                    + " without a byte order mark, recognised by its NUL bytes: save the file with a byte order mark "
                    + "or as UTF-8"));
        }
        Optional<DeclaredCharset.Declaration> declared = mayDeclare(fileName)
                ? DeclaredCharset.find(bytes) : Optional.empty();
        if (declared.isEmpty()) {
            return withNulWarning(decode(bytes, 0, fallback, false), bytes, 0);
        }
        String label = declared.get().label();
        Optional<Charset> charset = charsetFor(label);
        if (charset.isPresent() && readsAsciiAsAscii(charset.get())) {
            return withNulWarning(decode(bytes, 0, charset.get(), false), bytes, 0);
        }
        String why = charset.isEmpty() ? "a charset Java does not know"
                : "a charset that does not read this ASCII tag as ASCII";
        String readAs = fallback.equals(StandardCharsets.UTF_8) ? "UTF-8 as browsers do"
                : fallback.name() + ", the configured encoding";
        DecodedText asFallback = warn(decode(bytes, 0, fallback, false),
                new EncodingWarning(charOffset(bytes, declared.get().byteOffset(), fallback), "<meta> declares \"" + label
                        + "\", " + why + ": ignored, the file is read as " + readAs));
        return withNulWarning(asFallback, bytes, 0);
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

    /** Markdown and text files show HTML as content: a {@code <meta>} in them declares nothing. */
    private static boolean mayDeclare(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return !(name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".txt"));
    }

    private static Optional<Charset> charsetFor(String label) {
        String name = label.toLowerCase(Locale.ROOT);
        // Browsers treat these labels as windows-1252, and so do the generators that write them.
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
            name = "windows-1252";
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalArgumentException unsupported) {
            return Optional.empty();
        }
    }

    /**
     * Whether the charset reads ASCII bytes as the same characters, as every encoding a page may declare does; only
     * such a charset can be a fallback, since the markup that decides a file's format is ASCII.
     */
    public static boolean readsAsciiAsAscii(Charset charset) {
        try {
            return new String(ASCII_TEXT.getBytes(StandardCharsets.US_ASCII), charset).equals(ASCII_TEXT);
        } catch (UnsupportedOperationException cannotDecode) {
            return false;
        }
    }

    private static String asciiText() {
        StringBuilder ascii = new StringBuilder("\t\n\r");
        for (char c = 0x20; c < 0x7F; c++) {
            ascii.append(c);
        }
        return ascii.toString();
    }

    /** The text offset of {@code byteOffset} in bytes read as {@code charset}, each malformed sequence one U+FFFD. */
    private static int charOffset(byte[] bytes, int byteOffset, Charset charset) {
        return decode(Arrays.copyOf(bytes, byteOffset), 0, charset, false).text().length();
    }

    /** Adds a warning at the first NUL of text in an ASCII-compatible charset, where a NUL byte is a NUL char. */
    private static DecodedText withNulWarning(DecodedText decoded, byte[] bytes, int skip) {
        int nulChar = decoded.text().indexOf('\0');
        if (nulChar < 0) {
            return decoded;
        }
        // The warning sits at the NUL; its message names no offset, which would move with every line inserted above.
        return warn(decoded, new EncodingWarning(nulChar,
                "NUL byte: NUL is not text; the file is binary or in an encoding it does not declare"));
    }

    private static DecodedText warn(DecodedText decoded, EncodingWarning warning) {
        List<EncodingWarning> warnings = new ArrayList<>(decoded.warnings());
        warnings.add(warning);
        warnings.sort(Comparator.comparingInt(EncodingWarning::charOffset));
        return new DecodedText(decoded.text(), decoded.charset(), decoded.byteOrderMark(),
                decoded.firstMalformedByte(), decoded.firstMalformedChar(), warnings);
    }

    private static int firstNul(byte[] bytes, int from, int limit) {
        int end = (int) Math.min(bytes.length, (long) from + limit);
        for (int i = from; i < end; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static DecodedText decode(byte[] bytes, int skip, Charset charset, boolean bom) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            // The common case, valid UTF-8, decoded by the runtime's fast path straight into a compact string; only
            // text with a U+FFFD (malformed input, or a real one) takes the decoder that finds the first bad byte.
            String text = new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') < 0) {
                return new DecodedText(text, charset, bom, OptionalInt.empty(), OptionalInt.empty());
            }
        }
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
