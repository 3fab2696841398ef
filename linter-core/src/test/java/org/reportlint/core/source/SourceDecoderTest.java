package org.reportlint.core.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceDecoderTest {

    @Test
    void utf8ByDefault() {
        DecodedText decoded = SourceDecoder.decode("café".getBytes(StandardCharsets.UTF_8));
        assertEquals("café", decoded.text());
        assertEquals(StandardCharsets.UTF_8, decoded.charset());
        assertFalse(decoded.byteOrderMark());
        assertFalse(decoded.isMalformed());
    }

    @Test
    void byteOrderMarkIsNotPartOfTheText() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
        DecodedText decoded = SourceDecoder.decode(bytes);
        assertEquals("hi", decoded.text());
        assertTrue(decoded.byteOrderMark());
        assertArrayEquals(bytes, SourceDecoder.encode(decoded.text(), decoded));
    }

    @Test
    void utf16ByteOrderMarks() {
        byte[] bytes = "\uFEFFhé".getBytes(StandardCharsets.UTF_16LE);
        DecodedText decoded = SourceDecoder.decode(bytes);
        assertEquals("hé", decoded.text());
        assertEquals(StandardCharsets.UTF_16LE, decoded.charset());
        assertFalse(SourceDecoder.looksBinary(bytes));
    }

    @Test
    void declaredCharsetIsHonoured() {
        byte[] bytes = "<meta charset=\"windows-1252\"><p>caf\u00e9 \u2019</p>".getBytes(Charset.forName("windows-1252"));
        DecodedText decoded = SourceDecoder.decode(bytes);
        assertEquals("windows-1252", decoded.charset().name());
        assertTrue(decoded.text().contains("café \u2019"));
    }

    @Test
    void httpEquivContentTypeIsHonoured() {
        byte[] bytes = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">\u00e9"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("windows-1252", SourceDecoder.decode(bytes).charset().name());
    }

    @Test
    void malformedBytesAreReplacedAndTheFirstIsRemembered() {
        byte[] bytes = {'a', 'b', (byte) 0xFF, 'c', (byte) 0xC3};
        DecodedText decoded = SourceDecoder.decode(bytes);
        assertEquals("ab\uFFFDc\uFFFD", decoded.text());
        assertEquals(2, decoded.firstMalformedByte().getAsInt());
        assertEquals(2, decoded.firstMalformedChar().getAsInt());
    }

    @Test
    void unknownDeclaredCharsetFallsBackToUtf8() {
        byte[] bytes = "<meta charset=\"x-no-such\">é".getBytes(StandardCharsets.UTF_8);
        assertEquals(StandardCharsets.UTF_8, SourceDecoder.decode(bytes).charset());
    }

    @Test
    void nulBytesMeanBinary() {
        assertTrue(SourceDecoder.looksBinary(new byte[] {'P', 'K', 3, 4, 0, 0}));
        assertFalse(SourceDecoder.looksBinary("plain".getBytes(StandardCharsets.UTF_8)));
        assertFalse(SourceDecoder.looksBinary(new byte[0]));
    }
}
