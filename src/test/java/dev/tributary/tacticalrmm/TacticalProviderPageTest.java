package dev.tributary.tacticalrmm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tributary.simulator.tactical.TacticalFixtures;
import dev.tributary.testsupport.WebSession;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Tactical's settings page is the kernel's generic page rendered from its capabilities: the connect form from its
 * connection fields (auth-mode dependent fields, the two-factor prompt), device sync, mappings, webhook details and
 * the four run kinds.
 */
class TacticalProviderPageTest extends TacticalApiTestSupport {

    @Test
    void theKernelPageRendersTacticalFromItsCapabilities() {
        fixtureWorld();
        admin().delete(BASE + "/connection");
        WebSession browser = WebSession.signIn(port, "admin", "admin-password");

        var list = browser.get("/settings/integrations");
        String rmm = list.body().substring(list.body().indexOf("id=\"section-rmm\""));
        assertThat(rmm.substring(0, rmm.indexOf("</section>"))).contains("Tactical RMM").contains("/settings/integrations/tacticalrmm");

        var page = browser.get("/settings/integrations/tacticalrmm");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("data-provider=\"tacticalrmm\"").contains("name=\"instanceUrl\"")
                .contains("name=\"authMode\"").contains("value=\"credentials\"").contains("name=\"apiKey\" type=\"password\"")
                .contains("data-show-when=\"authMode=credentials\"").contains("name=\"totpCode\"")
                .contains("BETA_API_ENABLED");

        Map<String, String> form = new HashMap<>();
        form.put("instanceUrl", simulator.baseUrl());
        form.put("authMode", "credentials");
        form.put("username", TacticalFixtures.TOTP_USER);
        form.put("password", TacticalFixtures.TOTP_PASSWORD);
        var prompt = browser.postForm("/settings/integrations/tacticalrmm/connect", form, true);
        assertThat(prompt.status()).isEqualTo(200);
        assertThat(prompt.body()).contains("id=\"totp-required\"").doesNotContain(TacticalFixtures.TOTP_PASSWORD);

        form.put("totpCode", simulator.totpCode(TacticalFixtures.TOTP_USER));
        var connected = browser.postForm("/settings/integrations/tacticalrmm/connect", form, true);
        assertThat(connected.status()).as(connected.body()).isEqualTo(302);

        var managed = browser.get("/settings/integrations/tacticalrmm");
        assertThat(managed.body()).contains(">connected<").contains("id=\"devicesync-panel\"").contains("id=\"mapping-manager\"")
                .contains("Acme Corp").contains("Globex").contains("id=\"webhook-panel\"").contains("X-Alga-Webhook-Secret")
                .contains("id=\"run-full_sync\"").contains("id=\"run-incremental_sync\"").contains("id=\"run-alerts_backfill\"")
                .contains("id=\"run-software_sync\"").doesNotContain("id=\"run-poll\"")
                .contains("id=\"tactical-setup\"").contains("username and password (Knox token)")
                .contains("{{global.tributary_webhook_secret}}")
                .doesNotContain(TacticalFixtures.TOTP_PASSWORD);
        admin().delete(BASE + "/connection");
    }
}
