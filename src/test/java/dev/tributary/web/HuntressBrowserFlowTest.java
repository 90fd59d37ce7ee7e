package dev.tributary.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tributary.simulator.huntress.HuntressSimulator;
import dev.tributary.simulator.huntress.HuntressSimulatorConfig;
import dev.tributary.testsupport.ApiTestSupport;
import dev.tributary.testsupport.Browser;
import dev.tributary.testsupport.BrowserTest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The Huntress flows an admin clicks through, in headless Chromium against the simulator:
 * connect, configure routing, map an organization, Poll now with progress, open the ticket.
 */
@BrowserTest
class HuntressBrowserFlowTest extends ApiTestSupport {

    HuntressSimulator huntress;

    @BeforeEach
    void simulator() {
        huntress = new HuntressSimulator(0, Clock.systemUTC(), HuntressSimulatorConfig.defaults()).start();
        huntress.generate(3, 12, 40, 7L);
        // The service desk the routing form points at (created through the API like provisioning scripts do).
        admin().post("/api/v1/boards", Map.of("name", "Security"));
        admin().post("/api/v1/boards", Map.of("name", "Triage"));
        for (String priority : List.of("Critical", "High", "Medium", "Low")) {
            admin().post("/api/v1/priorities", Map.of("name", priority));
        }
        admin().post("/api/v1/clients", Map.of("name", "Unassigned (triage)"));
        admin().post("/api/v1/clients", Map.of("name", "Contoso Ltd"));
    }

    @AfterEach
    void stop() {
        admin().delete("/api/v1/integrations/huntress/connection");
        huntress.close();
    }

    @Test
    void connectRouteMapPollAndOpenTheTicket() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("admin", "admin-password");
            browser.go("/settings/integrations");
            browser.find(By.cssSelector("#section-security [data-provider=huntress] a")).click();

            // Connect: the live check runs against the simulator.
            browser.find(By.id("f-apiKey")).sendKeys(huntress.apiKey());
            browser.find(By.id("f-apiSecret")).sendKeys(huntress.apiSecret());
            browser.find(By.id("f-baseUrl")).sendKeys(huntress.baseUrl());
            browser.find(By.id("connect-button")).click();
            // The status fragment is swapped in after the live check: wait for the new one.
            assertThat(browser.text(By.id("connection-state"), "connected"::equals)).isEqualTo("connected");

            // Routing: boards, fallback, priorities are chosen in the form.
            select(browser, "huntress-board", "Security");
            select(browser, "huntress-fallback-client", "Unassigned (triage)");
            select(browser, "huntress-fallback-board", "Triage");
            select(browser, "huntress-priority-critical", "Critical");
            select(browser, "huntress-priority-high", "High");
            select(browser, "huntress-priority-low", "Medium");
            WebElement backfill = browser.find(By.id("huntress-backfill"));
            backfill.clear();
            backfill.sendKeys("30");
            browser.find(By.cssSelector("#huntress-routing-form button[type=submit]")).click();
            browser.waitFor(d -> d.getPageSource().contains("Routing saved") || d.getPageSource().contains("saved"));

            // Mapping manager: map the first organization to a client; the table re-renders in place.
            WebElement picker = browser.find(By.cssSelector("#mapping-table tbody tr .client-picker"));
            String row = picker.findElement(By.xpath("ancestor::tr")).getAttribute("data-external-id");
            new Select(picker).selectByVisibleText("Contoso Ltd");
            browser.waitFor(d -> d.findElement(By.cssSelector("#mapping-table tr[data-external-id='" + row + "']")).getText()
                    .contains("mapped"));

            // Poll now: the progress panel refreshes itself until the run is done.
            browser.find(By.id("run-poll")).click();
            browser.waitFor(Duration.ofSeconds(60), d -> {
                List<WebElement> states = d.findElements(By.cssSelector("#run-history .run-state"));
                return !states.isEmpty() && states.get(0).getText().equals("succeeded");
            });
            assertThat(browser.text(By.id("run-history"))).contains("ticketsCreated");
            browser.screenshot("huntress-settings", false);

            // The created ticket: self-contained body, internal note, portal deep link.
            browser.go("/tickets?source=huntress");
            browser.find(By.cssSelector("#ticket-table tbody tr a")).click();
            assertThat(browser.text(By.id("ticket-title"))).startsWith("[");
            String body = browser.text(By.id("ticket-body"));
            assertThat(body).contains("Incident").contains("Links");
            WebElement link = browser.find(By.cssSelector("#ticket-body a[href*='huntress.io']"));
            assertThat(link.getAttribute("href")).startsWith("https://");
            assertThat(browser.driver().findElements(By.cssSelector(".comment.internal"))).isNotEmpty();
            browser.screenshot("huntress-ticket", false);
        }
    }

    private static void select(Browser browser, String id, String text) {
        new Select(browser.find(By.id(id))).selectByVisibleText(text);
    }
}
