package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;

/** What every report must be whatever the document held: well-formed, with positions that agree with offsets. */
final class ReportChecks {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportChecks() {
    }

    static JsonNode parseJson(String json) {
        assertNoLoneSurrogate(json, "json");
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            return fail("JSON report does not parse: " + e.getMessage());
        }
    }

    static void assertXml(byte[] xml, String format) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            fail(format + " report is not well-formed XML: " + e.getMessage());
        }
    }

    /** Text reports are written as UTF-8; a lone surrogate in them would have been written as garbage. */
    static void assertUtf8(byte[] report, String format) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(report));
        } catch (CharacterCodingException e) {
            fail(format + " report is not valid UTF-8: " + e);
        }
    }

    static void assertNoLoneSurrogate(String text, String what) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                fail(what + " holds a lone surrogate at " + i);
            }
        }
    }

    /** No rule failed, and every finding's line and column are those of its offsets in {@code source}. */
    static void assertFindingsConsistent(JsonNode report, String source) {
        for (JsonNode file : report.get("files")) {
            for (JsonNode finding : file.get("findings")) {
                assertFalse(finding.get("rule").asText().equals("internal-error"), finding.toString());
                if (source == null) {
                    continue;
                }
                int offset = finding.get("offset").asInt();
                int endOffset = finding.get("endOffset").asInt();
                assertTrue(0 <= offset && offset <= endOffset && endOffset <= source.length(), finding.toString());
                assertFalse(insidePair(source, offset) || insidePair(source, endOffset),
                        "a range cuts a surrogate pair: " + finding);
                assertEquals(position(source, offset), finding.get("line").asInt() + ":" + finding.get("column").asInt(),
                        finding.toString());
                assertEquals(position(source, endOffset),
                        finding.get("endLine").asInt() + ":" + finding.get("endColumn").asInt(), finding.toString());
            }
        }
    }

    private static boolean insidePair(String text, int offset) {
        return offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1))
                && Character.isLowSurrogate(text.charAt(offset));
    }

    /** Line and column counted here independently: lines end at \n, \r\n or a lone \r. */
    private static String position(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                continue;
            }
            if (c == '\n' || c == '\r') {
                line++;
                lineStart = i + 1;
            }
        }
        return line + ":" + (offset - lineStart + 1);
    }
}
