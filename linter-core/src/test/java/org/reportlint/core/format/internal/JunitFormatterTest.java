package org.reportlint.core.format.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reportlint.core.result.EngineRules;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.LintResult;
import org.reportlint.core.rule.Severity;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class JunitFormatterTest {

    @Test
    void hasASuitePerFileAndATestCasePerFinding() {
        String expected = """
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuites name="reportlint" tests="6" failures="3" errors="1" skipped="1">
                  <testsuite name="reportlint: reports/a.html" tests="1" failures="0" errors="0" skipped="0">
                    <properties><property name="reportlint.score" value="100"/><property name="reportlint.words" value="0"/></properties>
                    <testcase name="no problems" classname="reports/a.html"/>
                  </testsuite>
                  <testsuite name="reportlint: reports/b.html" tests="3" failures="3" errors="0" skipped="0">
                    <properties><property name="reportlint.score" value="32"/><property name="reportlint.words" value="0"/></properties>
                    <testcase name="placeholder 2:17" classname="reports/b.html">
                      <failure message="Placeholder &quot;$xxx&quot; left in text" type="placeholder">error: \
                Placeholder &quot;$xxx&quot; left in text
                at reports/b.html:2:17
                  2 | &lt;p&gt;Market size: $xxx billion in 20XX&lt;/p&gt;
                    |                 ^^^^
                </failure>
                    </testcase>
                    <testcase name="placeholder 2:33" classname="reports/b.html">
                      <failure message="Placeholder &quot;20XX&quot; left in text" type="placeholder">warning: \
                Placeholder &quot;20XX&quot; left in text
                at reports/b.html:2:33
                  2 | &lt;p&gt;Market size: $xxx billion in 20XX&lt;/p&gt;
                    |                                 ^^^^
                </failure>
                    </testcase>
                    <testcase name="malformed-html 3:8" classname="reports/b.html">
                      <failure message="End tag &lt;/h1&gt; does not match the open &lt;h2&gt;" \
                type="malformed-html">error: End tag &lt;/h1&gt; does not match the open &lt;h2&gt;
                at reports/b.html:3:8
                  3 | &lt;h2&gt;FAQ&lt;/h1&gt;
                    |        ^^^^^
                  = 3:1  &lt;h2&gt; opened here
                </failure>
                    </testcase>
                  </testsuite>
                  <testsuite name="reportlint: reports/image.txt" tests="1" failures="0" errors="0" skipped="1">
                    <testcase name="lint file" classname="reports/image.txt">
                      <skipped message="skipped binary file"/>
                    </testcase>
                  </testsuite>
                  <testsuite name="reportlint: reports/locked.html" tests="1" failures="0" errors="1" skipped="0">
                    <testcase name="lint file" classname="reports/locked.html">
                      <error message="cannot read: permission denied" type="unreadable"/>
                    </testcase>
                  </testsuite>
                </testsuites>
                """;
        assertEquals(expected, new JunitFormatter().format(Results.mixed()));
    }

    @Test
    void infoFindingsPassWithTheirMessageAndACrashedRuleIsAnError() {
        String source = "<p>Note this</p>\n";
        LintResult result = LintResult.of(List.of(new FileResult("n.html", Optional.of("html"), List.of(
                Results.finding(source, "style", Severity.INFO, "Note", "Consider \"Note\""),
                Results.finding(source, EngineRules.INTERNAL_ERROR, Severity.ERROR, "<p>",
                        "Rule \"style\" failed: NullPointerException")), List.of(), List.of(), 0)));
        String expected = """
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuites name="reportlint" tests="2" failures="0" errors="1" skipped="0">
                  <testsuite name="reportlint: n.html" tests="2" failures="0" errors="1" skipped="0">
                    <properties><property name="reportlint.score" value="95"/><property name="reportlint.words" value="0"/></properties>
                    <testcase name="internal-error 1:1" classname="n.html">
                      <error message="Rule &quot;style&quot; failed: NullPointerException" type="internal-error">\
                error: Rule &quot;style&quot; failed: NullPointerException
                at n.html:1:1
                  1 | &lt;p&gt;Note this&lt;/p&gt;
                    | ^^^
                </error>
                    </testcase>
                    <testcase name="style 1:4" classname="n.html">
                      <system-out>info: Consider &quot;Note&quot;
                at n.html:1:4
                  1 | &lt;p&gt;Note this&lt;/p&gt;
                    |    ^^^^
                </system-out>
                    </testcase>
                  </testsuite>
                </testsuites>
                """;
        assertEquals(expected, new JunitFormatter().format(result));
    }

    @Test
    void staysWellFormedWhateverTheDocumentsHold() throws Exception {
        Document xml = XmlReports.parse(new JunitFormatter().format(Results.nasty(XmlReports.NASTY)));
        String parsed = XmlReports.nastyAsParsed();
        Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
        assertEquals("reportlint: dir/" + parsed + ".html", suite.getAttribute("name"));
        Element failure = (Element) suite.getElementsByTagName("failure").item(0);
        assertEquals("Bad " + parsed, failure.getAttribute("message"));
        assertEquals(true, failure.getTextContent().contains("opened " + parsed));
        Element unreadable = (Element) xml.getElementsByTagName("error").item(0);
        assertEquals("cannot read: " + parsed, unreadable.getAttribute("message"));
    }
}
