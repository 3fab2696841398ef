package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * {@code --fix} on the fixable fixtures, with random edits, saved in many encodings. Two things must hold whatever
 * the encoding: the file is either left byte for byte as it was or written in its own charset, byte order mark
 * included, with every byte outside the fixes unchanged; and the fixes that go in are the ones a UTF-8 copy of the
 * same text gets, unless the run says that some were skipped because the charset cannot hold their text.
 */
class FixRoundTripProperties {

    /** How a file is saved: a charset, and whether a byte order mark or a {@code <meta>} names it. */
    record Encoding(String charset, boolean byteOrderMark, boolean declared) {
        Charset java() {
            return Charset.forName(charset);
        }

        @Override
        public String toString() {
            return charset + (byteOrderMark ? " with BOM" : "") + (declared ? " in <meta>" : "");
        }
    }

    /** Unicode with a mark works for every format; a legacy charset only where a {@code <meta>} may declare it. */
    private static final List<Encoding> ENCODINGS = List.of(
            new Encoding("UTF-8", false, false), new Encoding("UTF-8", true, false),
            new Encoding("UTF-16LE", true, false), new Encoding("UTF-16BE", true, false),
            new Encoding("windows-1252", false, true), new Encoding("ISO-8859-15", false, true),
            new Encoding("KOI8-R", false, true), new Encoding("Shift_JIS", false, true),
            new Encoding("EUC-KR", false, true), new Encoding("GB18030", false, true),
            new Encoding("windows-31j", false, true), new Encoding("Big5", false, true));

    @Provide
    Arbitrary<FuzzedInputs.Seed> fixable() {
        return FuzzedInputs.mutatedFixableFixture();
    }

    @Provide
    Arbitrary<Encoding> encodings() {
        return Arbitraries.of(ENCODINGS);
    }

    @Property(tries = 25, shrinking = ShrinkingMode.BOUNDED)
    void fixKeepsEveryByteOutsideItsEditsInEveryEncoding(@ForAll("fixable") FuzzedInputs.Seed seed,
                                                       @ForAll("encodings") Encoding encoding) {
        boolean html = seed.fileName().endsWith(".html");
        Encoding used = encoding.declared() && !html ? new Encoding("UTF-8", true, false) : encoding;
        String text = representable(seed.text(), used.java());
        String declared = used.declared() ? "<meta charset=\"" + used.charset() + "\">\n" : "";
        String asUtf8 = used.declared() ? "<meta charset=\"UTF-8\">\n" : "";
        byte[] original = encode(declared + text, used);

        try (FuzzWorkspace workspace = new FuzzWorkspace()) {
            CliRun cli = workspace.cli();
            write(cli, "enc/" + seed.fileName(), original);
            write(cli, "utf8/" + seed.fileName(), (asUtf8 + text).getBytes(StandardCharsets.UTF_8));
            CliRun.Result result = cli.run("--fix", "-f", "json=out/r.json", "enc", "utf8");
            assertTrue(result.exitCode() == 0 || result.exitCode() == 1,
                    used + ": exit " + result.exitCode() + ": " + result.err());

            byte[] fixed = workspace.read("enc/" + seed.fileName());
            if (Arrays.equals(fixed, original)) {
                return;
            }
            String fixedText = decode(fixed, used);
            assertArrayEquals(original, encode(decode(original, used), used),
                    used + ": a file whose bytes do not survive re-encoding was rewritten");
            assertArrayEquals(fixed, encode(fixedText, used), used + ": the fixed file is not in its own charset");
            if (!result.err().contains("fix skipped") && !result.err().contains("not fixed")) {
                String fixedUtf8 = new String(workspace.read("utf8/" + seed.fileName()), StandardCharsets.UTF_8);
                assertEquals(fixedUtf8.substring(asUtf8.length()), fixedText.substring(declared.length()),
                        used + ": the fixes differ from those of the same text in UTF-8");
            }
        }
    }

    /** The text with every character the charset cannot hold replaced by '?', so that the file is valid in it. */
    private static String representable(String text, Charset charset) {
        StringBuilder out = new StringBuilder(text.length());
        CharsetEncoder encoder = charset.newEncoder();
        text.codePoints().forEach(codePoint -> {
            String character = new String(Character.toChars(codePoint));
            out.append(encoder.canEncode(character) ? character : "?");
        });
        return out.toString();
    }

    private static byte[] encode(String text, Encoding encoding) {
        CharsetEncoder encoder = encoding.java().newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            ByteBuffer buffer = encoder.encode(CharBuffer.wrap(encoding.byteOrderMark() ? "\uFEFF" + text : text));
            return Arrays.copyOfRange(buffer.array(), buffer.arrayOffset() + buffer.position(),
                    buffer.arrayOffset() + buffer.limit());
        } catch (CharacterCodingException e) {
            throw new AssertionError(encoding + ": cannot encode the test's own text", e);
        }
    }

    private static String decode(byte[] bytes, Encoding encoding) {
        try {
            String text = encoding.java().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            if (encoding.byteOrderMark()) {
                assertTrue(text.startsWith("\uFEFF"), encoding + ": the byte order mark was lost");
                return text.substring(1);
            }
            return text;
        } catch (CharacterCodingException e) {
            throw new AssertionError(encoding + ": the fixed file is not valid in its charset", e);
        }
    }

    private static void write(CliRun cli, String name, byte[] bytes) {
        try {
            cli.file(name, bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
