package org.reportlint.core.fix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reportlint.core.config.Preset;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.config.RuleSet;
import org.reportlint.core.engine.Linter;
import org.reportlint.core.rule.Fix;
import org.reportlint.core.rule.Problem;
import org.reportlint.core.rule.Rule;
import org.reportlint.core.rule.RuleContext;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.Severity;
import org.reportlint.core.rule.TextEdit;

/** Fixes are written only in a charset that holds their text exactly; anything else leaves the bytes as they are. */
class FixEncodingTest {

    /** Replaces every word of {@link #REPLACEMENTS} with its value, as a repair rule would. */
    static final class ReplaceRule implements Rule {
        private final Map<String, String> replacements;

        ReplaceRule(Map<String, String> replacements) {
            this.replacements = replacements;
        }

        @Override
        public RuleMetadata metadata() {
            return RuleMetadata.builder("replace").summary("r").severity(Severity.ERROR).fixable(true).build();
        }

        @Override
        public void check(RuleContext context) {
            String source = context.document().source();
            replacements.forEach((word, replacement) -> {
                for (int i = source.indexOf(word); i >= 0; i = source.indexOf(word, i + 1)) {
                    context.report(Problem.at(i, i + word.length(), "replace " + word)
                            .withFix(Fix.of(new TextEdit(i, i + word.length(), replacement))));
                }
            });
        }
    }

    private static final Map<String, String> REPAIRS = Map.of("zhongwen", "中文", "colour", "color");

    private static FileFixer.Outcome fix(byte[] bytes) {
        return fix(bytes, REPAIRS);
    }

    private static FileFixer.Outcome fix(byte[] bytes, Map<String, String> replacements) {
        RuleSet rules = RuleSet.of(RuleRegistry.of(List.of(new ReplaceRule(replacements))), Preset.ALL, Map.of());
        return FileFixer.fix(new Linter(), "a.html", bytes, rules);
    }

    /** What ASCII bytes read as in {@code charset}: the text a rule sees, and may offer to fix, in such a file. */
    private static Map<String, String> repairOfMisread(String word, String charset) {
        return Map.of(new String(ascii(word), Charset.forName(charset)), "x");
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void fixWhoseTextTheCharsetCannotHoldIsSkippedAndTheOthersGoIn() {
        byte[] bytes = "<meta charset=\"windows-1252\"><p>zhongwen, colour, caf\u00e9</p>"
                .getBytes(Charset.forName("windows-1252"));
        FileFixer.Outcome outcome = fix(bytes);
        assertArrayEquals("<meta charset=\"windows-1252\"><p>zhongwen, color, caf\u00e9</p>"
                .getBytes(Charset.forName("windows-1252")), outcome.fixedBytes().orElseThrow());
        assertEquals(List.of("fix skipped: windows-1252 cannot hold the text of the replace fix"),
                outcome.result().notices());
        assertEquals(1, outcome.result().findings().size(), "the skipped finding is still reported");
    }

    @Test
    void onlyUnwritableFixesMeanNothingIsWritten() {
        FileFixer.Outcome outcome = fix(ascii("<meta charset=\"windows-1252\"><p>zhongwen</p>"));
        assertFalse(outcome.changed());
        assertEquals(List.of("fix skipped: windows-1252 cannot hold the text of the replace fix"),
                outcome.original().notices());
    }

    @Test
    void theSameFixInUtf8IsWritten() {
        FileFixer.Outcome outcome = fix("<p>zhongwen</p>".getBytes(StandardCharsets.UTF_8));
        assertArrayEquals("<p>中文</p>".getBytes(StandardCharsets.UTF_8), outcome.fixedBytes().orElseThrow());
    }

    /**
     * An EBCDIC meta in a page of ASCII bytes is ignored when the page is read (as browsers do), so no text garbled
     * through it exists to be "repaired", and a fix of the text as read is written back in the bytes it came from.
     */
    @Test
    void ebcdicDeclaredInAsciiBytesIsNeitherReadNorWrittenThroughTheDeclaration() {
        byte[] bytes = ascii("<meta charset=\"IBM037\">\n<p>colour $xxx million</p>\n");
        assertFalse(fix(bytes, repairOfMisread("million", "IBM037")).changed());
        assertArrayEquals(ascii("<meta charset=\"IBM037\">\n<p>color $xxx million</p>\n"),
                fix(bytes).fixedBytes().orElseThrow());
    }

    @Test
    void ebcdicBytesUnderAnEbcdicDeclarationAreNotFixedEither() {
        byte[] meta = ascii("<meta charset=\"IBM037\">");
        byte[] body = "\n<p>colour</p>\n".getBytes(Charset.forName("IBM037"));
        byte[] bytes = new byte[meta.length + body.length];
        System.arraycopy(meta, 0, bytes, 0, meta.length);
        System.arraycopy(body, 0, bytes, meta.length, body.length);
        assertFalse(fix(bytes).changed());
    }

    @Test
    void utf16NamedInAMetaIsNeitherReadNorWrittenThroughTheDeclaration() {
        byte[] bytes = ascii("<meta charset=\"utf-16\"><p>colour</p>\n");
        assertFalse(fix(bytes, repairOfMisread("colour", "UTF-16")).changed());
        assertArrayEquals(ascii("<meta charset=\"utf-16\"><p>color</p>\n"), fix(bytes).fixedBytes().orElseThrow());
    }

    @Test
    void utf16WithAByteOrderMarkIsFixedAndKeepsTheMark() {
        byte[] bytes = "\uFEFF<p>colour</p>".getBytes(StandardCharsets.UTF_16LE);
        FileFixer.Outcome outcome = fix(bytes);
        assertArrayEquals("\uFEFF<p>color</p>".getBytes(StandardCharsets.UTF_16LE), outcome.fixedBytes().orElseThrow());
    }

    @Test
    void charsetsThatDecodeButCannotEncodeLeaveTheFileWithANotice() {
        for (String charset : List.of("x-JISAutoDetect", "ISO-2022-CN")) {
            FileFixer.Outcome outcome = fix(ascii("<meta charset=\"" + charset + "\"><p>colour</p>"));
            assertFalse(outcome.changed(), charset);
            assertEquals(List.of("not fixed: charset " + charset + " can be read but not written"),
                    outcome.result().notices());
        }
    }

    @Test
    void aFileWithNothingToFixGetsNoNoticeWhateverItsCharset() {
        FileFixer.Outcome outcome = fix(ascii("<meta charset=\"x-JISAutoDetect\"><p>fine</p>"));
        assertFalse(outcome.changed());
        assertEquals(List.of(), outcome.result().notices());
    }
    /**
     * Some charsets give two byte sequences the same character and write it back as only one of them (NEC and IBM
     * duplicates in windows-31j, a few Big5 signs): writing the fixed text would rewrite bytes no fix touched.
     */
    @Test
    void aFileWhoseBytesDoNotSurviveReEncodingIsNotFixed() {
        for (String charset : List.of("windows-31j", "Big5")) {
            byte[] duplicate = charset.equals("Big5") ? new byte[] {(byte) 0xA1, 0x5A}
                    : new byte[] {(byte) 0x87, (byte) 0x90};
            byte[] head = ascii("<meta charset=\"" + charset + "\"><p>colour ");
            byte[] bytes = new byte[head.length + duplicate.length + 4];
            System.arraycopy(head, 0, bytes, 0, head.length);
            System.arraycopy(duplicate, 0, bytes, head.length, duplicate.length);
            System.arraycopy(ascii("</p>"), 0, bytes, head.length + duplicate.length, 4);
            FileFixer.Outcome outcome = fix(bytes);
            assertFalse(outcome.changed(), charset);
            assertEquals(List.of("not fixed: re-encoding the file in " + charset
                    + " would change bytes no fix touches"), outcome.result().notices(), charset);
        }
    }
}
