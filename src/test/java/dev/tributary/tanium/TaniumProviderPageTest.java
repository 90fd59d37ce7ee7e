package dev.tributary.tanium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tributary.simulator.tanium.TaniumSimulatorConfig;
import dev.tributary.testsupport.WebSession;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Tanium's settings page is the kernel's generic provider page and nothing else: status, the connect
 * form rendered from Tanium's connection fields, device sync, the mapping manager and runs — no
 * webhook section and no Tanium-specific section.
 */
class TaniumProviderPageTest extends TaniumApiTestSupport {

    @Test
    void theKernelPageRendersTaniumFromItsCapabilities() {
        simulator.clearWorld().loadFixtures().clearRequests();
        admin().delete("/api/v1/integrations/tanium/connection");
        WebSession browser = WebSession.signIn(port, "admin", "admin-password");

        var list = browser.get("/settings/integrations");
        assertThat(list.status()).isEqualTo(200);
        String rmm = list.body().substring(list.body().indexOf("id=\"section-rmm\""));
        assertThat(rmm.substring(0, rmm.indexOf("</section>"))).contains("Tanium").contains("/settings/integrations/tanium");

        var page = browser.get("/settings/integrations/tanium");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("data-provider=\"tanium\"").contains("id=\"connect-form\"")
                .contains("name=\"gatewayUrl\"").contains("name=\"apiToken\" type=\"password\"")
                .contains("name=\"assetApiUrl\"").contains("name=\"useAssetApiFallback\"").contains("token-")
                .doesNotContain("id=\"webhook-panel\"").doesNotContain("id=\"mapping-manager\"");

        // A token without its prefix is refused on the form, next to the field.
        var refused = browser.postForm("/settings/integrations/tanium/connect",
                Map.of("gatewayUrl", simulator.gatewayUrl(), "apiToken", "5f3c0a9e7b2d"), true);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"connect-error\"").contains("apiToken: must be the whole Tanium API token")
                .doesNotContain("5f3c0a9e7b2d");

        var connected = browser.postForm("/settings/integrations/tanium/connect",
                Map.of("gatewayUrl", simulator.gatewayUrl(), "apiToken", TaniumSimulatorConfig.DEFAULT_TOKEN), true);
        assertThat(connected.status()).as(connected.body()).isEqualTo(302);

        var managed = browser.get("/settings/integrations/tanium");
        assertThat(managed.body()).contains("id=\"connection-state\"").contains(">connected<")
                .contains("id=\"devicesync-panel\"").contains("id=\"mapping-manager\"").contains("Contoso Ltd")
                .contains("Fabrikam Inc").contains("id=\"run-full_sync\"").contains("id=\"run-incremental_sync\"")
                .contains(">Full device sync</button>").contains(">Incremental sync</button>")
                .doesNotContain("id=\"run-poll\"").doesNotContain("id=\"webhook-panel\"")
                .doesNotContain(TaniumSimulatorConfig.DEFAULT_TOKEN);

        // Map a group and sync from the page; the runs panel shows the finished run with its counts.
        mapGroups(admin(), Map.of("30229", "Contoso Web"));
        browser.get("/settings/integrations/tanium");
        var started = browser.postForm("/settings/integrations/tanium/runs", Map.of("kind", "full_sync"), true);
        assertThat(started.status()).isEqualTo(302);
        await().atMost(Duration.ofSeconds(30)).until(() -> admin().get("/api/v1/integrations/tanium/runs").json().path("items")
                .path(0).path("state").asString().equals("succeeded"));
        var runs = browser.get("/settings/integrations/tanium/runs");
        assertThat(runs.status()).isEqualTo(200);
        assertThat(runs.body()).contains("id=\"run-history\"").contains("succeeded");
    }
}
