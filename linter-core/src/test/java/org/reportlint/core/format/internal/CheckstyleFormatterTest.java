package org.reportlint.core.format.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlint.core.result.LintResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class CheckstyleFormatterTest {

    @Test
    void listsEveryFileWithAnErrorElementPerFinding() {
        String expected = """
                <?xml version="1.0" encoding="UTF-8"?>
                <checkstyle version="4.3">
                  <file name="reports/a.html"/>
                  <file name="reports/b.html">
                    <error line="2" column="17" severity="error" message="Placeholder &quot;$xxx&quot; left in text" \
                source="reportlint.placeholder"/>
                    <error line="2" column="33" severity="warning" message="Placeholder &quot;20XX&quot; left in text" \
                source="reportlint.placeholder"/>
                    <error line="3" column="8" severity="error" message="End tag &lt;/h1&gt; does not match the open \
                &lt;h2&gt;" source="reportlint.malformed-html"/>
                  </file>
                  <file name="reports/image.txt">
                    <error severity="info" message="skipped binary file" source="reportlint.skipped"/>
                  </file>
                  <file name="reports/locked.html">
                    <error severity="error" message="cannot read: permission denied" source="reportlint.unreadable"/>
                  </file>
                </checkstyle>
                """;
        assertEquals(expected, new CheckstyleFormatter().format(Results.mixed()));
    }

    @Test
    void anEmptyRunIsAnEmptyReport() {
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n</checkstyle>\n",
                new CheckstyleFormatter().format(LintResult.of(List.of())));
    }

    @Test
    void staysWellFormedWhateverTheDocumentsHold() throws Exception {
        Document xml = XmlReports.parse(new CheckstyleFormatter().format(Results.nasty(XmlReports.NASTY)));
        NodeList files = xml.getElementsByTagName("file");
        assertEquals(2, files.getLength());
        Element file = (Element) files.item(0);
        assertEquals("dir/" + XmlReports.nastyAsParsed() + ".html", file.getAttribute("name"));
        Element error = (Element) file.getElementsByTagName("error").item(0);
        assertEquals("Bad " + XmlReports.nastyAsParsed(), error.getAttribute("message"));
        assertEquals("reportlint.placeholder", error.getAttribute("source"));
        assertEquals("cannot read: " + XmlReports.nastyAsParsed(),
                ((Element) ((Element) files.item(1)).getElementsByTagName("error").item(0)).getAttribute("message"));
    }
}
