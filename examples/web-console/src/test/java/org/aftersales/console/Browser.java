package org.aftersales.console;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven through the system chromedriver. Nothing is downloaded: both paths are
 * given to Selenium explicitly, so Selenium Manager never runs. Without them the browser tests are
 * skipped with a message, except on CI ({@code CI=true}), where they fail.
 *
 * <p>Paths: {@code CHROMEDRIVER} (default {@code /usr/bin/chromedriver}) and {@code CHROME_BIN}
 * (default {@code /usr/bin/chromium}).
 */
final class Browser {

    static final Path DRIVER = Path.of(env("CHROMEDRIVER", "/usr/bin/chromedriver"));
    static final Path CHROMIUM = Path.of(env("CHROME_BIN", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** Selenium looks for a DevTools binding matching the browser; these tests use none. Held so the level sticks. */
    private static final java.util.logging.Logger[] QUIET = {
        java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
        java.util.logging.Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver")};

    static {
        for (java.util.logging.Logger l : QUIET) {
            l.setLevel(java.util.logging.Level.OFF);
        }
    }

    private Browser() {
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    /** Skips the calling test (or fails it on CI) when Chromium or chromedriver is missing. */
    static void requireChromium() {
        boolean present = Files.isExecutable(DRIVER) && Files.isExecutable(CHROMIUM);
        if (present) {
            return;
        }
        String message = "Browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", " + DRIVER
                + "); install them with: apt-get install -y chromium chromium-driver";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("CI=true but " + message);
        }
        Assumptions.abort("Skipped: " + message);
    }

    /** @return a headless Chromium with a fresh profile */
    static WebDriver open(Path profile) {
        requireChromium();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1400,1000", "--lang=en-US", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Saves a screenshot of the page as {@code target/screenshots/NAME.png}. */
    static Path screenshot(WebDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
