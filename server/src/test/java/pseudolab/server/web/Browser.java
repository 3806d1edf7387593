package pseudolab.server.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/** Debian's headless Chromium driven by its chromedriver, kept off the network, with a fresh profile. */
public final class Browser implements AutoCloseable {
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path BINARY = Path.of("/usr/bin/chromium");

    private final Path profile;
    private final ChromeDriver driver;

    public Browser() {
        try {
            profile = Files.createTempDirectory("pseudolab-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--disable-extensions",
                "--window-size=1280,1000",
                "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().window().setSize(new Dimension(1280, 1000));
    }

    /** Whether this machine has the Debian browser and driver the test needs. */
    public static boolean installed() {
        return Files.isExecutable(DRIVER) && Files.isExecutable(BINARY);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** The console errors of the page so far, leaving out failed HTTP answers (4xx the page expects). */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !message.contains("Failed to load resource"))
                .toList();
    }

    /** Whether the current page scrolls sideways at a window {@code width} CSS pixels wide (tables may scroll inside). */
    public boolean overflowsAtWidth(int width) {
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(width, before.getHeight()));
        try {
            Object overflow = driver.executeScript(
                    "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
            return Boolean.TRUE.equals(overflow);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /** A full-page PNG of the current page, written to {@code file}. */
    public void screenshot(Path file) throws IOException {
        Object height = driver.executeScript("return document.documentElement.scrollHeight");
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(before.getWidth(), ((Number) height).intValue() + 120));
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(before);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // a leftover temporary profile is harmless
            }
        }
    }
}
