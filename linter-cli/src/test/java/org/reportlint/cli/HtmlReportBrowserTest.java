package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The HTML report as a reviewer uses it, in headless Chromium: the real command line writes the report (and the
 * JSON report of the same run, which says what every count must be), and the tests filter, search, open groups,
 * follow permalinks, export CSV and look for anything a hostile document could make the page run.
 */
class HtmlReportBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Each payload sets window.pwned or opens a dialog if the page ever treats document text as markup or script. */
    private static final String HOSTILE = """
            <h1><script>window.pwned=1</script>"><img src=x onerror="window.pwned=2;alert(2)"></h1>
            <p>oops <script>window.pwned=3</script> <svg onload=window.pwned=4></svg></p>
            <p><a href="javascript:window.pwned=5">oops</a> </script><script>window.pwned=6</script> hmm</p>
            <p>oops \u2028 window.pwned=7 \u2029 '-alert(8)-' </p>
            """;

    @TempDir
    static Path dir;
    private static HeadlessChromium chromium;
    private static ChromeDriver driver;
    private static Path page;
    private static JsonNode report;

    @BeforeAll
    static void writeTheReport() throws IOException {
        chromium = HeadlessChromium.start();
        driver = chromium.driver();
        CliRun cli = CliRun.in(dir).testRulesOnly();
        for (int i = 1; i <= 4; i++) {
            cli.file("vendor-a/p" + i + ".html", "<h1>Vendor A brief " + i + "</h1>\n<p>oops, the size is hmm</p>\n"
                    + "<p>hmm again</p>\n");
        }
        cli.file("vendor-a/long.html", "<h1>Long</h1>\n<p>" + "lorem ipsum ".repeat(20) + "oops"
                + " dolor sit".repeat(20) + "</p>\n");
        for (int i = 1; i <= 3; i++) {
            cli.file("vendor-b/q" + i + ".md", "# Same title\n\noops NB: here\n");
        }
        cli.file("vendor-b/a,\"b\".md", "# Other\n\nNB: quoted name\n");
        cli.file("=cmd/sheet.html", "<h1>Formula</h1>\n<p>=HYPERLINK(\"x\") oops</p>\n");
        cli.file("hostile/<img src=x onerror=window.pwned=9>.html", HOSTILE);
        cli.file("hostile/copy.html", HOSTILE);
        CliRun.Result run = cli.run("--rule", "test-note=info", "--rule", "test-same-title=warning", "-f", "html=report.html", "-f", "json=report.json",
                ".");
        assertEquals(1, run.exitCode(), run.err());
        page = dir.resolve("report.html");
        report = JSON.readTree(dir.resolve("report.json").toFile());
    }

    @AfterAll
    static void quit() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void fresh() {
        chromium.viewport(1280, 900);
        chromium.media("");
        chromium.open(page, "");
    }

    @Test
    void countsFollowEveryFilter() {
        assertShown(finding -> true);
        click("input[name=severity][value=warning]");
        assertShown(finding -> !finding.get("severity").asText().equals("warning"));
        new Select(driver.findElement(By.id("group-filter"))).selectByValue("vendor-b");
        assertShown(finding -> !finding.get("severity").asText().equals("warning")
                && path(finding).startsWith("vendor-b/"));
        assertEquals(4, rows("#ranking tbody tr").size(), "the documents of vendor-b that still have findings");
        click("#clear");
        click("input[name=rule][value=test-oops]");
        assertShown(finding -> !finding.get("rule").asText().equals("test-oops"));
        assertEquals(List.of(), chromium.consoleErrors(), "the policy let the script run, and it ran cleanly");
    }

    @Test
    void aGroupOpensToItsDocumentsAndFindings() {
        WebElement row = patternRow("test-oops", "Word \"\u2026\" in text");
        List<JsonNode> oops = findings(finding -> finding.get("rule").asText().equals("test-oops"));
        long documents = oops.stream().map(HtmlReportBrowserTest::path).distinct().count();
        assertEquals(List.of(String.valueOf(documents), String.valueOf(oops.size())),
                row.findElements(By.cssSelector("td.n")).stream().map(WebElement::getText).toList());
        row.findElement(By.cssSelector("td.pattern")).click();
        WebElement detail = driver.findElement(By.cssSelector("tr.group-detail"));
        assertEquals(Math.min(10, documents), detail.findElements(By.cssSelector(".doc")).size());
        for (WebElement mark : detail.findElements(By.cssSelector("pre.frame mark"))) {
            assertEquals("oops", mark.getText());
        }
        assertFlaggedTextVisible();
        chromium.screenshot("desktop-group-open");
    }

    @Test
    void ranksDocumentsWorstScoreFirst() {
        Map<String, Integer> scores = new TreeMap<>();
        report.get("files").forEach(file -> scores.put(file.get("path").asText(), file.get("score").asInt()));
        int previous = -1;
        for (WebElement row : rows("#ranking tbody tr")) {
            int score = Integer.parseInt(cells(row).get(1));
            assertEquals(scores.get(row.getAttribute("data-doc")), score, row.getText());
            assertTrue(score >= previous, "worst first: " + row.getText());
            previous = score;
        }
        assertEquals(scores.size(), rows("#ranking tbody tr").size());
    }

    @Test
    void searchNarrowsEveryCount() {
        WebElement search = driver.findElement(By.id("search"));
        search.sendKeys("vendor-b");
        waitForSummary(findings(finding -> path(finding).contains("vendor-b")).size());
        assertShown(finding -> path(finding).contains("vendor-b") || finding.get("message").asText()
                .contains("vendor-b"));
    }

    @Test
    void permalinksRestoreADocumentAndAGroup() {
        chromium.open(page, "#doc=" + "vendor-a%2Fp2.html" + "&line=3");
        assertEquals("vendor-a/p2.html", driver.findElement(By.cssSelector("#document h2")).getText());
        assertEquals("vendor-a/p2.html", new Select(driver.findElement(By.id("doc-filter")))
                .getFirstSelectedOption().getText());
        assertEquals(1, rows("#ranking tbody tr").size());
        WebElement target = driver.findElement(By.cssSelector("#document li.finding.target"));
        assertTrue(target.getText().startsWith("warning 3:4 "), "the first finding on line 3: " + target.getText());

        String id = patternRow("test-hmm", "Word \"\u2026\" in text").getAttribute("data-pattern");
        chromium.open(page, "#group=" + id);
        WebElement open = driver.findElement(By.cssSelector("tr.group-row.open"));
        assertEquals(id, open.getAttribute("data-pattern"));
        assertShown(finding -> finding.get("rule").asText().equals("test-hmm"));

        driver.findElement(By.cssSelector("#ranking tbody a.path")).click();
        assertTrue(driver.getCurrentUrl().contains("#doc="), "a document link is a permalink too");
        assertEquals(1, rows("#ranking tbody tr").size());
    }

    @Test
    void exportsTheVisibleFindingsAsCsv() {
        new Select(driver.findElement(By.id("group-filter"))).selectByValue("=cmd");
        String csv = exportCsv();
        List<String> lines = csv.lines().toList();
        assertEquals("document,group,line,column,severity,rule,message,flagged,pattern", lines.get(0));
        assertEquals(1 + findings(finding -> path(finding).startsWith("=cmd/")).size(), lines.size(), csv);
        assertTrue(lines.get(1).startsWith("'=cmd/sheet.html,'=cmd,2,"), "a formula is made text: " + lines.get(1));

        click("#clear");
        new Select(driver.findElement(By.id("group-filter"))).selectByValue("vendor-b");
        csv = exportCsv();
        assertTrue(csv.contains("\r\n\"vendor-b/a,\"\"b\"\".md\",vendor-b,3,1,info,test-note,A note,NB:,A note\r\n"),
                csv);
        assertEquals(1 + findings(finding -> path(finding).startsWith("vendor-b/")).size(), csv.lines().count());
    }

    @Test
    void hostileDocumentsRunNothing() {
        openEveryGroup();
        StringBuilder shown = new StringBuilder();
        for (String document : List.of("hostile%2F%3Cimg%20src%3Dx%20onerror%3Dwindow.pwned%3D9%3E.html",
                "hostile%2Fcopy.html")) {
            chromium.open(page, "#doc=" + document);
            List<WebElement> frames = rows("#document pre.frame");
            assertFalse(frames.isEmpty());
            String text = driver.findElement(By.id("document")).getText();
            assertTrue(text.contains("</script><script>window.pwned=6</script>"), "shown as text: " + text);
            shown.append(text);
            assertNothingRan();
        }
        assertTrue(shown.toString().contains("Title \"<script>window.pwned=1</script>\"><img src=x onerror=\""
                + "window.pwned=2;alert(2)\">\" is also the title of hostile/"), "the hostile title, as text: " + shown);
        chromium.open(page, "");
        openEveryGroup();
        assertNothingRan();
        String title = driver.findElement(By.cssSelector("tr.group-detail")).getText();
        assertTrue(driver.findElement(By.id("results")).getText().contains("<img src=x onerror=window.pwned=9>.html"),
                "the hostile path, as text");
        assertFalse(title.isEmpty());
        Object links = driver.executeScript("return Array.from(document.querySelectorAll('a[href]'))"
                + ".map(a => a.getAttribute('href')).filter(h => !h.startsWith('#')).length");
        assertEquals(0L, links, "every link stays in the page: no javascript: link from a document");
        assertEquals(List.of(), chromium.consoleErrors());
    }

    @Test
    void flaggedTextStaysInViewAndFramesWrapOnANarrowScreen() {
        chromium.open(page, "#doc=vendor-a%2Flong.html");
        assertFlaggedTextVisible();
        chromium.screenshot("desktop");
        chromium.viewport(400, 900);
        chromium.open(page, "#doc=vendor-a%2Flong.html");
        for (WebElement frame : rows("pre.frame")) {
            assertEquals(Boolean.TRUE, driver.executeScript(
                    "return arguments[0].scrollWidth <= arguments[0].clientWidth", frame), "wrapped, not scrolled");
        }
        assertFlaggedTextVisible();
        chromium.screenshot("narrow");
        chromium.viewport(1280, 900);
        chromium.media("print");
        chromium.open(page, "#doc=vendor-a%2Flong.html");
        assertFalse(driver.findElement(By.id("filters")).isDisplayed(), "the controls are not printed");
        chromium.screenshot("print");
    }

    // ---- helpers ----

    /** Asserts that the summary, the rule totals, the groups, the ranking and the CSV button all count the same. */
    private static void assertShown(Predicate<JsonNode> shown) {
        List<JsonNode> expected = findings(shown);
        Map<String, Integer> perRule = new TreeMap<>();
        expected.forEach(finding -> perRule.merge(finding.get("rule").asText(), 1, Integer::sum));
        String summary = driver.findElement(By.id("summary")).getText();
        assertTrue(summary.startsWith(expected.size() + (expected.size() == 1 ? " finding " : " findings ")), summary);
        assertEquals(String.valueOf(expected.size()),
                driver.findElement(By.cssSelector("#overview tr.total td:last-child")).getText());
        Map<String, Integer> shownPerRule = new TreeMap<>();
        for (WebElement row : rows("#overview tbody tr[data-rule]")) {
            shownPerRule.put(row.getAttribute("data-rule"), Integer.valueOf(cells(row).get(3)));
        }
        assertEquals(perRule, shownPerRule, "totals per rule");
        assertEquals(expected.size(), sum("#patterns tr.group-row", 1), "findings over the groups");
        assertEquals(expected.size(), sum("#ranking tbody tr", 1), "findings over the ranked documents");
        assertEquals(expected.size(), sum("#groups tbody tr", 2), "findings over the document groups (before the mean score)");
        assertEquals("Export CSV (" + expected.size() + ")", driver.findElement(By.id("export-csv")).getText());
    }

    /** The sum of the {@code fromEnd}-th number cell from the right in each row (1: the last). */
    private static int sum(String selector, int fromEnd) {
        int total = 0;
        for (WebElement row : rows(selector)) {
            List<String> numbers = row.findElements(By.cssSelector("td.n")).stream().map(WebElement::getText).toList();
            total += Integer.parseInt(numbers.get(numbers.size() - fromEnd).replace(",", ""));
        }
        return total;
    }

    private static List<String> cells(WebElement row) {
        return row.findElements(By.cssSelector("td.n")).stream().map(WebElement::getText).toList();
    }

    private static List<WebElement> rows(String selector) {
        return driver.findElements(By.cssSelector(selector));
    }

    /** Opens each group in turn; every click draws the table anew, so each row is looked up again. */
    private static void openEveryGroup() {
        int groups = rows("#patterns tr.group-row").size();
        for (int i = 0; i < groups; i++) {
            rows("#patterns tr.group-row:not(.open) td.pattern").get(0).click();
            assertNothingRan();
        }
        assertEquals(groups, rows("#patterns tr.group-row.open").size());
    }

    private static void click(String selector) {
        driver.findElement(By.cssSelector(selector)).click();
    }

    private static WebElement patternRow(String rule, String pattern) {
        for (WebElement row : rows("#patterns tr.group-row")) {
            if (row.findElement(By.cssSelector("code.rule")).getText().equals(rule)
                    && row.findElement(By.cssSelector("td.pattern")).getText().equals(pattern)) {
                return row;
            }
        }
        throw new AssertionError("no group " + rule + " " + pattern + " in "
                + driver.findElement(By.id("patterns")).getText());
    }

    private static void waitForSummary(int findings) {
        long until = System.nanoTime() + 10_000_000_000L;
        while (!driver.findElement(By.id("summary")).getText().startsWith(findings + " finding")
                && System.nanoTime() < until) {
            driver.executeScript("return 0");
        }
    }

    /** Clicks the export button with URL.createObjectURL watched, and reads the Blob it made. */
    private static String exportCsv() {
        driver.executeScript("var make = URL.createObjectURL; URL.createObjectURL = function (blob) {"
                + " window.exported = blob; return make.call(URL, blob); };");
        click("#export-csv");
        Object text = ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + " window.exported.text().then(function (t) { done(encodeURIComponent(t)); });");
        // Encoded on the way out: the driver would otherwise hand back the text with its line ends changed.
        String csv = java.net.URLDecoder.decode((String) text, java.nio.charset.StandardCharsets.UTF_8);
        return csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    }

    private static void assertNothingRan() {
        assertNull(driver.executeScript("return window.pwned"), "a hostile payload ran");
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert(), "a dialog opened");
        assertEquals(0L, driver.executeScript("return document.querySelectorAll('img, svg, iframe').length"));
        assertEquals(2L, driver.executeScript("return document.scripts.length"), "only the page's own scripts");
    }

    /** Every marked span shown lies inside its frame's visible width. */
    private static void assertFlaggedTextVisible() {
        Object outside = driver.executeScript("""
                return Array.from(document.querySelectorAll('pre.frame')).filter(function (pre) {
                  var frame = pre.getBoundingClientRect(), mark = pre.querySelector('mark').getBoundingClientRect();
                  return mark.left < frame.left - 1 || mark.right > frame.right + 1;
                }).length""");
        assertEquals(0L, outside, "flagged text scrolled out of its code frame");
        assertTrue(rows("pre.frame").size() > 0);
    }

    private static List<JsonNode> findings(Predicate<JsonNode> keep) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode file : report.get("files")) {
            for (JsonNode finding : file.get("findings")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) finding).put("path", file.get("path").asText());
                if (keep.test(finding)) {
                    out.add(finding);
                }
            }
        }
        return out;
    }

    private static String path(JsonNode finding) {
        return finding.get("path").asText();
    }
}
