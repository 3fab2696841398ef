package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The HTML report of 100,000 findings opens in the browser and stays usable. It measures, and does not time-assert
 * (the machine is shared): how long the page takes to load and draw, and how long a filter takes, written to
 * {@code target/screenshots/load-100k.txt} and the test output. What it asserts is that the page drew all the
 * counts and only a bounded number of rows.
 */
class HtmlReportAtScaleBrowserTest {
    private static final int DOCUMENTS = 1_000;
    private static final int FINDINGS_PER_DOCUMENT = 100;

    @TempDir
    Path dir;

    @Test
    void aHundredThousandFindingsLoad() throws IOException {
        CliRun cli = CliRun.in(dir).testRulesOnly();
        String body = "<p>oops, the market is growing</p>\n".repeat(FINDINGS_PER_DOCUMENT - 10)
                + "<p>hmm, the market is growing</p>\n".repeat(10);
        for (int i = 0; i < DOCUMENTS; i++) {
            cli.file("vendor-" + (i % 7) + "/report-" + i + ".html", "<h1>Report " + i + "</h1>\n" + body);
        }
        CliRun.Result run = cli.run("-f", "html=big.html", ".");
        assertEquals(1, run.exitCode(), run.err());
        Path page = dir.resolve("big.html");
        long bytes = Files.size(page);

        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            ChromeDriver driver = chromium.driver();
            long start = System.nanoTime();
            chromium.open(page, "");
            long opened = System.nanoTime() - start;
            assertTrue(driver.findElement(By.id("summary")).getText().startsWith("100,000 findings (90,000 errors, "
                    + "10,000 warnings, 0 infos) in 1,000 documents"), driver.findElement(By.id("summary")).getText());
            @SuppressWarnings("unchecked")
            Map<String, Object> timing = (Map<String, Object>) driver.executeScript(
                    "var n = performance.getEntriesByType('navigation')[0];"
                            + " return {domInteractive: n.domInteractive, loadEnd: n.loadEventEnd,"
                            + " script: document.documentElement.dataset.timing,"
                            + " elements: document.getElementsByTagName('*').length,"
                            + " drawn: document.querySelectorAll('#results *').length};");
            Object filter = driver.executeScript("var t = performance.now();"
                    + " document.querySelector('input[name=severity][value=warning]').click();"
                    + " return performance.now() - t;");
            assertTrue(driver.findElement(By.id("summary")).getText().startsWith("90,000 findings"));
            Object group = driver.executeScript("var t = performance.now();"
                    + " document.querySelector('#patterns tr.group-row td.pattern').click();"
                    + " return performance.now() - t;");
            long elements = ((Number) timing.get("elements")).longValue();
            long drawn = ((Number) timing.get("drawn")).longValue();
            assertTrue(drawn < 3_000, "only the first rows are drawn, not 100,000 findings: " + drawn);
            chromium.screenshot("desktop-100k");
            List<String> lines = List.of(
                    String.format(Locale.ROOT, "HTML report with %,d findings in %,d documents: %,d bytes",
                            DOCUMENTS * FINDINGS_PER_DOCUMENT, DOCUMENTS, bytes),
                    String.format(Locale.ROOT, "driver.get until the load event: %d ms", opened / 1_000_000),
                    "ms since navigation: script started, data parsed, page drawn " + timing.get("script")
                            + "; DOM interactive " + ms(timing.get("domInteractive")) + ", load event end "
                            + ms(timing.get("loadEnd")),
                    "elements after the first draw: " + drawn + " drawn by the script, " + elements + " in the page "
                            + "(with the hidden no-script tables and the document filter's options)",
                    "uncheck a severity: " + ms(filter) + " ms; open the largest group: " + ms(group) + " ms");
            Files.createDirectories(HeadlessChromium.SCREENSHOTS);
            Files.write(HeadlessChromium.SCREENSHOTS.resolve("load-100k.txt"), lines);
            lines.forEach(System.out::println);
            assertEquals(List.of(), chromium.consoleErrors());
        }
    }

    private static String ms(Object value) {
        return String.valueOf(Math.round(((Number) value).doubleValue()));
    }
}
