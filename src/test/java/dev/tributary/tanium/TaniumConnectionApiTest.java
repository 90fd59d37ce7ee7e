package dev.tributary.tanium;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tributary.simulator.RecordedRequest;
import dev.tributary.simulator.tanium.TaniumSimulator;
import dev.tributary.simulator.tanium.TaniumSimulatorConfig;
import dev.tributary.testsupport.ApiClient;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Connecting Tanium through the REST API: a live probe, actionable 422s, nothing stored on failure. */
class TaniumConnectionApiTest extends TaniumApiTestSupport {

    ApiClient api;

    @BeforeEach
    void tenant() {
        api = newTenant(unique("Tanium MSP"));
        simulator.clearWorld().loadFixtures().clearRequests();
    }

    private void assertNotConnected() {
        var status = api.get("/api/v1/integrations/tanium").json();
        assertThat(status.path("connected").booleanValue()).isFalse();
        assertThat(status.path("credentials").isEmpty()).isTrue();
    }

    @Test
    void connectsWithAProbeAndStoresTheTokenAsASecret() {
        String client = id(api.post("/api/v1/clients", Map.of("name", "Contoso Ltd")));
        var connected = connect(api);
        var status = connected.json();
        assertThat(status.path("connected").booleanValue()).isTrue();
        assertThat(status.path("credentials").path("apiToken").asString()).isEqualTo("••••" + TaniumSimulatorConfig.DEFAULT_TOKEN
                .substring(TaniumSimulatorConfig.DEFAULT_TOKEN.length() - 4));
        assertThat(connected.raw()).doesNotContain(TaniumSimulatorConfig.DEFAULT_TOKEN);
        var settings = status.path("settings");
        assertThat(settings.path("gatewayVersion").asString()).isEqualTo("1.9.72.0000");
        assertThat(settings.path("pageSize").asInt()).isEqualTo(1000);
        assertThat(settings.path("onlineWindowMinutes").asInt()).isEqualTo(15);
        assertThat(settings.path("useAssetApiFallback").booleanValue()).isFalse();
        assertThat(settings.path("deviceSync").path("enabled").booleanValue()).isFalse();
        assertThat(settings.path("markMissingInactive").booleanValue()).isFalse();

        RecordedRequest probe = simulator.requests().get(0);
        assertThat(probe.method()).isEqualTo("POST");
        assertThat(probe.path()).isEqualTo(TaniumSimulator.GATEWAY_PATH);
        assertThat(probe.header("session")).isEqualTo(TaniumSimulatorConfig.DEFAULT_TOKEN);
        assertThat(probe.header("Authorization")).isNull();
        assertThat(probe.body()).contains("TributaryConnectionProbe").doesNotContain("reportingConsoleURL");
        assertThat(probe.status()).isEqualTo(200);

        // The first group discovery runs right after connecting; a group named like a client is mapped to it.
        var groups = organizations(api);
        assertThat(groups).hasSize(7);
        var contoso = groups.stream().filter(g -> g.path("externalOrganizationId").asString().equals("30229")).findFirst().orElseThrow();
        assertThat(contoso.path("clientId").asString()).isEqualTo(client);
        assertThat(contoso.path("autoMatched").booleanValue()).isTrue();
    }

    @Test
    void aBareHostGetsTheGatewayPath() {
        var response = api.put("/api/v1/integrations/tanium/connection",
                connection(simulator.baseUrl() + "/", TaniumSimulatorConfig.DEFAULT_TOKEN));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        assertThat(simulator.requests().get(0).path()).isEqualTo(TaniumSimulator.GATEWAY_PATH);
    }

    @Test
    void anUnknownTokenIsRefusedWithTheTokenChecklist() {
        var refused = api.put("/api/v1/integrations/tanium/connection", connection(simulator.gatewayUrl(), "token-not-a-real-one"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("detail")).contains("HTTP 401", "token-\" prefix", "trusted IP addresses");
        assertThat(refused.raw()).doesNotContain("token-not-a-real-one");
        assertNotConnected();
    }

    @Test
    void aTokenWithoutThePrefixIsRefusedBeforeAnyRequest() {
        var refused = api.put("/api/v1/integrations/tanium/connection",
                connection(simulator.gatewayUrl(), TaniumSimulatorConfig.DEFAULT_TOKEN.substring("token-".length())));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("field")).isEqualTo("apiToken");
        assertThat(refused.text("detail")).contains("apiToken", "\"token-\" prefix");
        assertThat(simulator.requestCount()).isZero();
        assertNotConnected();

        var missing = api.put("/api/v1/integrations/tanium/connection", Map.of("gatewayUrl", simulator.gatewayUrl()));
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.text("field")).isEqualTo("apiToken");
        var noUrl = api.put("/api/v1/integrations/tanium/connection", Map.of("apiToken", TaniumSimulatorConfig.DEFAULT_TOKEN));
        assertThat(noUrl.status()).isEqualTo(422);
        assertThat(noUrl.text("field")).isEqualTo("gatewayUrl");
    }

    @Test
    void aRedirectToTheConsoleLoginIsAnAuthenticationProblem() {
        simulator.authMode(TaniumSimulator.AuthMode.OIDC_REDIRECT);
        var refused = api.put("/api/v1/integrations/tanium/connection", goodConnection());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("detail")).contains("redirected", "sign-in page", "authentication problem", "API host");
        assertThat(simulator.requestCount()).as("the redirect is not followed").isEqualTo(1);
        assertNotConnected();
    }

    @Test
    void anHtmlLoginPageIsRecognised() {
        simulator.authMode(TaniumSimulator.AuthMode.HTML_LOGIN);
        var refused = api.put("/api/v1/integrations/tanium/connection", goodConnection());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("detail")).contains("HTML login page", "not the API host");
        assertNotConnected();
    }

    @Test
    void aForbiddenTokenNamesThePermission() {
        simulator.authMode(TaniumSimulator.AuthMode.FORBIDDEN);
        var refused = api.put("/api/v1/integrations/tanium/connection", goodConnection());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("detail")).contains("HTTP 403", "Gateway API");
        simulator.authMode(TaniumSimulator.AuthMode.NORMAL).denyPermission("endpoints");
        try {
            var denied = api.put("/api/v1/integrations/tanium/connection", goodConnection());
            assertThat(denied.status()).isEqualTo(422);
            assertThat(denied.text("detail")).contains("missing required permissions", "persona");
        } finally {
            simulator.denyPermission();
        }
        assertNotConnected();
    }

    @Test
    void anUnreachableGatewaySaysSo() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var refused = api.put("/api/v1/integrations/tanium/connection",
                connection("http://127.0.0.1:" + closedPort, TaniumSimulatorConfig.DEFAULT_TOKEN));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("detail")).contains("Cannot reach Tanium Gateway", "check the URL");
        assertNotConnected();
    }

    @Test
    void theAssetApiIsCheckedWhenItsFallbackIsOn() {
        Map<String, Object> body = goodConnection();
        body.put("useAssetApiFallback", true);
        body.put("assetApiUrl", simulator.assetApiUrl());
        var connected = api.put("/api/v1/integrations/tanium/connection", body);
        assertThat(connected.status()).as(connected.raw()).isEqualTo(200);
        assertThat(connected.json().path("settings").path("useAssetApiFallback").booleanValue()).isTrue();
        assertThat(connected.json().path("settings").path("assetApiUrl").asString()).isEqualTo(simulator.assetApiUrl());
        List<RecordedRequest> assetCalls = simulator.requests(r -> r.path().startsWith(TaniumSimulator.ASSET_BASE_PATH));
        assertThat(assetCalls).hasSize(1);
        assertThat(assetCalls.get(0).header("session")).isEqualTo(TaniumSimulatorConfig.DEFAULT_TOKEN);

        body.put("assetApiUrl", simulator.baseUrl() + "/somewhere-else");
        var wrong = api.put("/api/v1/integrations/tanium/connection", body);
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.text("detail")).contains("Tanium Asset API", "404");
    }

    @Test
    void settingsAreValidatedAndTheTokenIsDeletedOnDisconnect() {
        connect(api);
        var ok = api.patch("/api/v1/integrations/tanium/settings", Map.of("pageSize", 250, "onlineWindowMinutes", 30,
                "deviceSync", Map.of("enabled", true, "intervalMinutes", 30), "markMissingInactive", true));
        assertThat(ok.status()).as(ok.raw()).isEqualTo(200);
        assertThat(ok.json().path("settings").path("pageSize").asInt()).isEqualTo(250);
        assertThat(ok.json().path("settings").path("deviceSync").path("intervalMinutes").asInt()).isEqualTo(30);
        for (var bad : List.<Map<String, Object>>of(Map.of("pageSize", 6000), Map.of("onlineWindowMinutes", 0),
                Map.of("gatewayVersion", "9"), Map.of("webhookSecret", "x"))) {
            var refused = api.patch("/api/v1/integrations/tanium/settings", bad);
            assertThat(refused.status()).as(bad.toString()).isEqualTo(422);
            assertThat(refused.text("field")).isEqualTo(bad.keySet().iterator().next());
        }
        assertThat(api.delete("/api/v1/integrations/tanium/connection").status()).isEqualTo(204);
        assertNotConnected();
    }
}
