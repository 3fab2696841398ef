package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The headless Chromium the HTML report's browser tests drive, through the ChromeDriver of the system's
 * {@code chromium-driver} package. CI installs both, so a missing browser fails the test with a message saying how
 * to install it; {@code -Dreportlint.browserTests=skip} skips the browser tests instead, on a machine without one.
 * {@code -Dreportlint.chromium} and {@code -Dreportlint.chromedriver} point at other binaries.
 */
final class HeadlessChromium implements AutoCloseable {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private final ChromeDriver driver;

    private HeadlessChromium(ChromeDriver driver) {
        this.driver = driver;
    }

    static HeadlessChromium start() {
        Assumptions.assumeFalse("skip".equals(System.getProperty("reportlint.browserTests")),
                "browser tests skipped by -Dreportlint.browserTests=skip");
        Path browser = Path.of(System.getProperty("reportlint.chromium", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getProperty("reportlint.chromedriver", "/usr/bin/chromedriver"));
        for (Path binary : List.of(browser, chromedriver)) {
            if (!Files.isExecutable(binary)) {
                fail("headless Chromium is needed for the HTML report's browser tests, but " + binary
                        + " is missing: install it with `apt-get install -y chromium chromium-driver`, "
                        + "or skip these tests with -Dreportlint.browserTests=skip");
            }
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--hide-scrollbars");
        // A dialog stays open so that the test can see it, instead of being dismissed unnoticed.
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(180));
        return new HeadlessChromium(driver);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Opens {@code page} afresh, even when only its fragment differs from the page already open. */
    void open(Path page, String fragment) {
        driver.get("about:blank");
        driver.get(page.toUri() + fragment);
    }

    void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    void media(String type) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", type));
    }

    /** Saves what the browser shows as {@code target/screenshots/NAME.png}, a test artifact to look at. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** The console's errors since the last call, such as a script the Content-Security-Policy refused. */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
