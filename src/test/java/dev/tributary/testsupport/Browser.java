package dev.tributary.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Debian's chromedriver (installed by .ci/run); nothing is
 * downloaded at run time.
 */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final String base;

    private Browser(ChromeDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    public static Browser open(int port) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("tributary.test.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1360,1000", "--user-data-dir=" + tempDir());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("tributary.test.chromedriver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver, "http://localhost:" + port);
    }

    private static String tempDir() {
        try {
            return Files.createTempDirectory("tributary-chromium").toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    public Browser signIn(String user, String password) {
        go("/login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("sign-in")).click();
        waitFor(d -> !d.getCurrentUrl().contains("/login"));
        return this;
    }

    public WebElement find(By by) {
        return waitFor(d -> d.findElement(by));
    }

    /**
     * The element's text once {@code accept} holds. The element is looked up afresh on every try,
     * so a fragment htmx swaps in after a click is read rather than the one it replaced; on
     * timeout the message names the last text seen.
     */
    public String text(By by, Predicate<String> accept) {
        AtomicReference<String> last = new AtomicReference<>();
        try {
            return waitFor(d -> {
                String text = d.findElement(by).getText();
                last.set(text);
                return accept.test(text) ? text : null;
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("text of " + by + " never became acceptable; last seen: " + last.get(), e);
        }
    }

    /** The element's text, read in the same step as the lookup so a re-render cannot make it stale. */
    public String text(By by) {
        return text(by, text -> true);
    }

    public <T> T waitFor(Function<WebDriver, T> condition) {
        return waitFor(Duration.ofSeconds(20), condition);
    }

    public <T> T waitFor(Duration timeout, Function<WebDriver, T> condition) {
        try {
            // htmx swaps re-render fragments under the test's feet: a stale element means "look again".
            return new WebDriverWait(driver, timeout).ignoring(StaleElementReferenceException.class).until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            keepEvidence();
            throw e;
        }
    }

    /** On a failed wait: the screenshot and the page source, for whoever reads the failure. */
    private void keepEvidence() {
        try {
            String name = "failure-" + System.currentTimeMillis();
            screenshot(name, false);
            Files.writeString(Path.of("target", "screenshots", name + ".html"), driver.getPageSource());
            System.err.println("Browser wait failed at " + driver.getCurrentUrl() + "; evidence in target/screenshots/" + name + ".*");
        } catch (RuntimeException | IOException ignored) {
            // evidence is best effort
        }
    }

    /** Saves a PNG under target/screenshots and, when asked, under docs/screenshots for the README. */
    public Path screenshot(String name, boolean forReadme) {
        try {
            byte[] png = driver.getScreenshotAs(OutputType.BYTES);
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, png);
            if (forReadme) {
                Path docs = Path.of("docs", "screenshots", name + ".png");
                Files.createDirectories(docs.getParent());
                Files.write(docs, png);
            }
            return target;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
