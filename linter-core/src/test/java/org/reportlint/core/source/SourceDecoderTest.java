package org.reportlint.core.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
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

    @Test
    void aMetaNamingACharsetThatCannotReadItsOwnAsciiIsIgnoredWithAWarning() {
        for (String label : List.of("UTF-16", "utf-16le", "UTF-32", "IBM037", "cp500")) {
            String page = "<html><head><meta charset=\"" + label + "\"></head><body><p>$xxx million</p></body></html>";
            DecodedText decoded = SourceDecoder.decode(page.getBytes(StandardCharsets.US_ASCII), "r.html");
            assertEquals(StandardCharsets.UTF_8, decoded.charset(), label);
            assertEquals(page, decoded.text(), label);
            assertEquals(1, decoded.warnings().size(), label);
            EncodingWarning warning = decoded.warnings().get(0);
            assertEquals(page.indexOf("<meta"), warning.charOffset(), label);
            assertEquals("<meta> declares \"" + label + "\", a charset that does not read this ASCII tag as ASCII: "
                    + "ignored, the file is read as UTF-8 as browsers do", warning.message());
        }
    }

    @Test
    void anUnknownDeclaredCharsetIsWarnedAbout() {
        byte[] bytes = "\u00e9<meta charset=\"x-no-such\">".getBytes(StandardCharsets.UTF_8);
        DecodedText decoded = SourceDecoder.decode(bytes, "r.html");
        assertEquals(List.of(new EncodingWarning(1, "<meta> declares \"x-no-such\", a charset Java does not know: "
                + "ignored, the file is read as UTF-8 as browsers do")), decoded.warnings());
    }

    @Test
    void aMetaInsideACommentDeclaresNothing() {
        byte[] bytes = "<!-- <meta charset=\"windows-1252\"> --><p>caf\u00e9</p>".getBytes(StandardCharsets.UTF_8);
        DecodedText decoded = SourceDecoder.decode(bytes, "r.html");
        assertEquals(StandardCharsets.UTF_8, decoded.charset());
        assertFalse(decoded.isMalformed());
        assertTrue(decoded.warnings().isEmpty());
        byte[] after = "<!-- old --><meta charset=\"windows-1252\"><p>caf\u00e9</p>"
                .getBytes(Charset.forName("windows-1252"));
        assertEquals("windows-1252", SourceDecoder.decode(after, "r.html").charset().name());
    }

    @Test
    void aMetaInAMarkdownOrTextFileDeclaresNothing() {
        byte[] bytes = "<meta charset=\"UTF-16\">\n\n$xxx million".getBytes(StandardCharsets.UTF_8);
        for (String name : List.of("notes.md", "page.markdown", "saved.TXT")) {
            DecodedText decoded = SourceDecoder.decode(bytes, name);
            assertEquals(StandardCharsets.UTF_8, decoded.charset(), name);
            assertTrue(decoded.warnings().isEmpty(), name);
        }
        byte[] latin = "<meta charset=\"windows-1252\"> caf\u00e9".getBytes(Charset.forName("windows-1252"));
        assertEquals(StandardCharsets.UTF_8, SourceDecoder.decode(latin, "notes.md").charset());
        assertTrue(SourceDecoder.decode(latin, "notes.md").isMalformed());
    }

    @Test
    void utf16AndUtf32WithoutAByteOrderMarkAreRecognisedByTheirNulBytes() {
        String text = "<p>Market size: $xxx million in 2024, caf\u00e9</p>\n";
        for (String name : List.of("UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE")) {
            byte[] bytes = text.getBytes(Charset.forName(name));
            assertFalse(SourceDecoder.looksBinary(bytes), name);
            DecodedText decoded = SourceDecoder.decode(bytes, "r.html");
            assertEquals(name, decoded.charset().name());
            assertEquals(text, decoded.text(), name);
            assertFalse(decoded.byteOrderMark(), name);
            assertEquals(List.of(new EncodingWarning(0, name + " without a byte order mark, recognised by its NUL "
                    + "bytes: save the file with a byte order mark or as UTF-8")), decoded.warnings());
        }
    }

    @Test
    void nulBytesInTextAreWarnedAboutAtTheFirstOne() {
        byte[] bytes = {'o', 'k', ' ', 0, 'x', 0};
        DecodedText decoded = SourceDecoder.decode(bytes, "named.txt");
        assertEquals("ok \0x\0", decoded.text());
        assertEquals(List.of(new EncodingWarning(3, "NUL byte: NUL is not text; the file is binary or in "
                + "an encoding it does not declare")), decoded.warnings());
        assertTrue(SourceDecoder.looksBinary(bytes));
        assertTrue(SourceDecoder.looksBinary(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13}));
    }

    @Test
    void aFallbackCharsetReadsFilesThatDeclareNone() {
        byte[] latin = "Caf\u00e9 \u20ac5".getBytes(Charset.forName("windows-1252"));
        DecodedText decoded = SourceDecoder.decode(latin, "a.txt", Charset.forName("windows-1252"));
        assertEquals("Caf\u00e9 \u20ac5", decoded.text());
        assertFalse(decoded.isMalformed());
        assertTrue(SourceDecoder.decode(latin, "a.txt").isMalformed(), "without it the bytes are invalid UTF-8");
    }

    @Test
    void aByteOrderMarkOrADeclarationWinsOverTheFallback() {
        Charset fallback = Charset.forName("windows-1252");
        byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "\u00e9".getBytes(StandardCharsets.UTF_8));
        assertEquals("\u00e9", SourceDecoder.decode(bom, "a.txt", fallback).text());
        byte[] declared = "<meta charset=\"utf-8\"><p>\u00e9</p>".getBytes(StandardCharsets.UTF_8);
        assertEquals("<meta charset=\"utf-8\"><p>\u00e9</p>", SourceDecoder.decode(declared, "a.html", fallback).text());
    }

    @Test
    void anImpossibleDeclarationFallsBackToTheFallbackAndSaysSo() {
        byte[] bytes = "<meta charset=\"utf-16\"><p>caf\u00e9</p>".getBytes(Charset.forName("windows-1252"));
        DecodedText decoded = SourceDecoder.decode(bytes, "a.html", Charset.forName("windows-1252"));
        assertEquals("<meta charset=\"utf-16\"><p>caf\u00e9</p>", decoded.text());
        assertEquals(List.of("<meta> declares \"utf-16\", a charset that does not read this ASCII tag as ASCII: "
                + "ignored, the file is read as windows-1252, the configured encoding"),
                decoded.warnings().stream().map(EncodingWarning::message).toList());
    }

    @Test
    void onlyCharsetsThatReadAsciiAsAsciiCanBeFallbacks() {
        assertTrue(SourceDecoder.readsAsciiAsAscii(StandardCharsets.ISO_8859_1));
        assertTrue(SourceDecoder.readsAsciiAsAscii(Charset.forName("windows-1252")));
        assertFalse(SourceDecoder.readsAsciiAsAscii(StandardCharsets.UTF_16LE));
        assertFalse(SourceDecoder.readsAsciiAsAscii(Charset.forName("IBM037")));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
