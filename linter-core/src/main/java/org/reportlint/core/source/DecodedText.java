package org.reportlint.core.source;

import java.nio.charset.Charset;
import java.util.List;
import java.util.OptionalInt;

/**
 * A file's bytes turned into text.
 *
 * @param text the decoded text, without a leading byte order mark
 * @param charset the charset the bytes were decoded with
 * @param byteOrderMark whether the bytes started with a byte order mark
 * @param firstMalformedByte the byte offset of the first byte that was not valid in {@code charset}, if any;
 *     such bytes are decoded as U+FFFD
 * @param firstMalformedChar the text offset of the replacement character for that byte, if any
 * @param warnings what else the reader should know about the decoding, in text order
 */
public record DecodedText(String text, Charset charset, boolean byteOrderMark,
                          OptionalInt firstMalformedByte, OptionalInt firstMalformedChar,
                          List<EncodingWarning> warnings) {

    public DecodedText {
        warnings = List.copyOf(warnings);
    }

    /** Text decoded without anything to warn about besides malformed bytes. */
    public DecodedText(String text, Charset charset, boolean byteOrderMark,
                       OptionalInt firstMalformedByte, OptionalInt firstMalformedChar) {
        this(text, charset, byteOrderMark, firstMalformedByte, firstMalformedChar, List.of());
    }

    public boolean isMalformed() {
        return firstMalformedByte.isPresent();
    }
}
