package org.reportlint.core.fix;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import java.util.Optional;
import org.reportlint.core.source.DecodedText;

/**
 * Whether fixed text can go back into a file's own charset without losing a character. Encoding reports every
 * malformed or unmappable character instead of writing {@code ?}, so a fix either fits the file exactly or is not
 * written at all.
 */
final class FixEncoding {
    private final DecodedText decoded;

    private FixEncoding(DecodedText decoded) {
        this.decoded = decoded;
    }

    static FixEncoding of(DecodedText decoded) {
        return new FixEncoding(decoded);
    }

    /**
     * Why no fix may be written to a file decoded this way, if there is a reason: a charset that cannot encode, or
     * one declared in the file that does not keep ASCII bytes as they are. Such a declaration was read from ASCII
     * bytes, so when the charset maps ASCII elsewhere the decoded text is not what the file holds, and writing it
     * back would rewrite every byte. A byte order mark, by contrast, names the encoding of the whole file.
     */
    Optional<String> whyNotWritable() {
        Charset charset = decoded.charset();
        if (!charset.canEncode()) {
            return Optional.of("charset " + charset.name() + " can be read but not written");
        }
        if (!decoded.byteOrderMark() && !keepsAscii(charset)) {
            return Optional.of("charset " + charset.name() + " is not ASCII-compatible");
        }
        return Optional.empty();
    }

    /**
     * Whether writing {@code text} gives back exactly {@code bytes}. A fix re-encodes the whole text, so every byte
     * no fix touched stays as it is only when decoding and encoding are inverse for this file: not so where a
     * charset reads two byte sequences as one character (windows-31j, Big5) or keeps shift state (ISO-2022-JP).
     */
    boolean roundTrips(String text, byte[] bytes) {
        return bytesOf(text).map(encoded -> Arrays.equals(encoded, bytes)).orElse(false);
    }

    /** Whether every character of {@code text} has a byte sequence in the file's charset. */
    boolean canHold(CharSequence text) {
        return encode(text).isPresent();
    }

    /** The file's bytes for {@code text}: same charset, same byte order mark; empty if a character does not fit. */
    Optional<byte[]> bytesOf(String text) {
        String withMark = decoded.byteOrderMark() ? "\uFEFF" + text : text;
        return encode(withMark);
    }

    private Optional<byte[]> encode(CharSequence text) {
        CharsetEncoder encoder = decoded.charset().newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            ByteBuffer bytes = encoder.encode(CharBuffer.wrap(text));
            return Optional.of(Arrays.copyOfRange(bytes.array(), bytes.arrayOffset() + bytes.position(),
                    bytes.arrayOffset() + bytes.limit()));
        } catch (CharacterCodingException doesNotFit) {
            return Optional.empty();
        }
    }

    /** Encodes the printable ASCII range and the line-ending controls and compares the bytes with their codes. */
    private static boolean keepsAscii(Charset charset) {
        StringBuilder ascii = new StringBuilder("\t\n\r");
        for (char c = 0x20; c < 0x7F; c++) {
            ascii.append(c);
        }
        byte[] expected = new byte[ascii.length()];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = (byte) ascii.charAt(i);
        }
        return Arrays.equals(expected, ascii.toString().getBytes(charset));
    }
}
