package org.reportlint.core.format.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/** Parses XML reports the way a CI server would, failing on anything that is not well-formed XML 1.0. */
final class XmlReports {
    /** Every character class that breaks careless XML, between markers so positions are easy to see. */
    static final String NASTY = "a&b<c>d\"e'f\tg]]>h\u0000i\u0001j\u001bk\u007fl\u0085m\uD800n\uDC00o\uFFFEp\uFFFFq"
            + "\uD83D\uDE00r\u202Es";

    private XmlReports() {
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** What {@link #NASTY} reads as after escaping and parsing: forbidden characters replaced, the rest kept. */
    static String nastyAsParsed() {
        return "a&b<c>d\"e'f\tg]]>h\uFFFDi\uFFFDj\uFFFDk\u007fl\u0085m\uFFFDn\uFFFDo\uFFFDp\uFFFDq\uD83D\uDE00r\u202Es";
    }
}
