package dev.tributary.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tributary.testsupport.Browser;
import dev.tributary.testsupport.BrowserTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The README's screenshots, taken from demo mode by the browser suite so they stay true:
 * the dashboard, the Huntress settings and a generated ticket.
 */
@BrowserTest
class DemoScreenshotsBrowserTest extends DemoTestSupport {

    @Test
    void dashboardHuntressSettingsAndATicket() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("admin", "demo-password");
            browser.waitFor(Duration.ofSeconds(60), d -> {
                d.navigate().refresh();
                return !d.findElements(By.cssSelector(".bars")).isEmpty()
                        && !d.findElement(By.id("open-tickets")).getText().equals("0");
            });
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Dashboard");
            browser.screenshot("dashboard", true);

            browser.go("/settings/integrations/huntress");
            assertThat(browser.text(By.id("connection-state"))).isEqualTo("connected");
            browser.screenshot("huntress-settings", true);

            browser.go("/tickets?source=huntress");
            browser.find(By.cssSelector("#ticket-table tbody tr a")).click();
            assertThat(browser.text(By.id("ticket-body"))).contains("Incident");
            browser.screenshot("ticket", true);
        }
    }
}
