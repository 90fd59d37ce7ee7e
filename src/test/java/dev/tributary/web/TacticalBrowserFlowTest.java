package dev.tributary.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tributary.simulator.tactical.FleetGenerator;
import dev.tributary.simulator.tactical.TacticalClient;
import dev.tributary.simulator.tactical.TacticalFixtures;
import dev.tributary.simulator.tactical.TacticalSimulator;
import dev.tributary.testsupport.ApiClient;
import dev.tributary.testsupport.ApiTestSupport;
import dev.tributary.testsupport.Browser;
import dev.tributary.testsupport.BrowserTest;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The Tactical RMM flows an admin clicks through, in headless Chromium against the simulator:
 * connect with an API key, run a device sync with its progress, filter the asset list by
 * {@code overdue}, and reveal then rotate the webhook secret.
 */
@BrowserTest
class TacticalBrowserFlowTest extends ApiTestSupport {

    TacticalSimulator tactical;
    FleetGenerator.Summary fleet;

    @BeforeEach
    void simulator() {
        tactical = new TacticalSimulator(0, Clock.systemUTC()).start();
        tactical.loadFixtures();
        fleet = tactical.generateFleet(2, 2, 40, 11L);
        // Clients named like Tactical's are auto-matched when the connection discovers them.
        for (TacticalClient client : tactical.clients()) {
            admin().post("/api/v1/clients", Map.of("name", client.name()));
        }
    }

    @AfterEach
    void stop() {
        admin().delete("/api/v1/integrations/tacticalrmm/connection");
        tactical.close();
    }

    @Test
    void connectSyncFilterOverdueAndRotateTheWebhookSecret() {
        assertThat(fleet.overdue()).as("the generated fleet has overdue agents").isPositive();
        try (Browser browser = Browser.open(port)) {
            browser.signIn("admin", "admin-password");
            browser.go("/settings/integrations");
            browser.find(By.cssSelector("#section-rmm [data-provider=tacticalrmm] a")).click();

            browser.find(By.id("f-instanceUrl")).sendKeys(tactical.baseUrl());
            new Select(browser.find(By.id("f-authMode"))).selectByValue("api_key");
            browser.find(By.id("f-apiKey")).sendKeys(TacticalFixtures.API_KEY);
            browser.find(By.id("connect-button")).click();
            // The status fragment is swapped in after the live check: wait for the new one.
            String state = browser.waitFor(d -> {
                List<WebElement> errors = d.findElements(By.id("connect-error"));
                if (!errors.isEmpty()) {
                    return "error: " + errors.get(0).getText();
                }
                String text = d.findElement(By.id("connection-state")).getText();
                return text.equals("connected") ? text : null;
            });
            assertThat(state).isEqualTo("connected");
            assertThat(browser.text(By.id("mapping-table"))).contains("mapped");

            // Full sync from the runs panel: the panel refreshes itself until the run is done.
            browser.find(By.id("run-full_sync")).click();
            browser.waitFor(Duration.ofSeconds(60), d -> {
                List<WebElement> states = d.findElements(By.cssSelector("#run-history .run-state"));
                return !states.isEmpty() && states.get(0).getText().equals("succeeded");
            });
            assertThat(browser.text(By.id("run-history"))).contains("created");

            // The asset list, filtered by provider and overdue through the filter form.
            browser.go("/assets");
            new Select(browser.find(By.id("provider"))).selectByValue("tacticalrmm");
            new Select(browser.find(By.id("agentStatus"))).selectByValue("overdue");
            browser.find(By.id("apply-filters")).click();
            browser.waitFor(d -> d.getCurrentUrl().contains("agentStatus=overdue"));
            List<WebElement> rows = browser.driver().findElements(By.cssSelector("#asset-table tbody tr"));
            long overdue = admin().get("/api/v1/assets?provider=tacticalrmm&agentStatus=overdue").json().path("total").asLong();
            assertThat(overdue).isPositive();
            assertThat(rows).hasSize((int) Math.min(overdue, 50));
            assertThat(rows).allSatisfy(row -> assertThat(row.findElement(By.cssSelector(".badge")).getText()).isEqualTo("overdue"));

            // Webhook: masked until revealed; rotating replaces it and the old one stops working.
            browser.go("/settings/integrations/tacticalrmm");
            assertThat(browser.text(By.id("webhook-secret"))).startsWith("•");
            browser.find(By.id("reveal-secret")).click();
            String revealed = browser.waitFor(d -> {
                String text = d.findElement(By.id("webhook-secret")).getText();
                return text.startsWith("•") ? null : text;
            });
            String url = browser.text(By.id("webhook-url"));
            assertThat(url).contains("/api/v1/webhooks/tacticalrmm/");
            browser.find(By.id("rotate-secret")).click();
            browser.waitFor(ExpectedConditions.alertIsPresent()).accept();
            // The rotated panel shows the new secret in clear, with a notice.
            String rotated = browser.waitFor(d -> {
                if (d.findElements(By.cssSelector("#webhook-panel .banner")).isEmpty()) {
                    return null;
                }
                String text = d.findElement(By.id("webhook-secret")).getText();
                return text.startsWith("•") || text.equals(revealed) ? null : text;
            });
            assertThat(rotated).isNotEqualTo(revealed);

            String path = URI.create(url).getPath();
            String agentId = tactical.agents().get(0).agentId();
            String body = "{\"agent_id\": \"" + agentId + "\", \"alert_id\": 4242, \"event\": \"trigger\", \"severity\": \"error\"}";
            ApiClient anonymous = anonymous();
            assertThat(anonymous.sendRaw("POST", path, body, "application/json", Map.of("X-Alga-Webhook-Secret", revealed)).status())
                    .as("the old secret").isEqualTo(401);
            assertThat(anonymous.sendRaw("POST", path, body, "application/json", Map.of("X-Alga-Webhook-Secret", rotated)).status())
                    .as("the rotated secret").isEqualTo(202);
        }
    }
}
