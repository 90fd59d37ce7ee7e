package dev.tributary.tanium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tributary.simulator.tanium.TaniumSimulator;
import dev.tributary.simulator.tanium.TaniumSimulatorConfig;
import dev.tributary.testsupport.ApiClient;
import dev.tributary.testsupport.ApiTestSupport;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import tools.jackson.databind.JsonNode;

/** REST tests against one Tanium simulator per class: connect, map groups, run and wait. */
abstract class TaniumApiTestSupport extends ApiTestSupport {

    protected static TaniumSimulator simulator;

    @BeforeAll
    static void startSimulator() {
        simulator = new TaniumSimulator().start();
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    @AfterEach
    void resetSwitches() {
        simulator.authMode(TaniumSimulator.AuthMode.NORMAL).fault(TaniumSimulator.Fault.NONE).latency(Duration.ZERO);
    }

    protected static Map<String, Object> connection(String gatewayUrl, String token) {
        Map<String, Object> body = new HashMap<>();
        body.put("gatewayUrl", gatewayUrl);
        body.put("apiToken", token);
        return body;
    }

    protected static Map<String, Object> goodConnection() {
        return connection(simulator.gatewayUrl(), TaniumSimulatorConfig.DEFAULT_TOKEN);
    }

    protected static ApiClient.Response connect(ApiClient api) {
        ApiClient.Response response = api.put("/api/v1/integrations/tanium/connection", goodConnection());
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response;
    }

    /** Maps each listed computer group to a client (created when missing), by group id. */
    protected static Map<String, String> mapGroups(ApiClient api, Map<String, String> groupToClientName) {
        return mapOrganizations(api, "/api/v1/integrations/tanium", groupToClientName);
    }

    protected static List<JsonNode> organizations(ApiClient api) {
        return organizations(api, "/api/v1/integrations/tanium");
    }

    protected static void patchSettings(ApiClient api, Map<String, Object> patch) {
        ApiClient.Response response = api.patch("/api/v1/integrations/tanium/settings", patch);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
    }

    /** Starts a run and waits until it finished; returns the finished run. */
    protected static JsonNode run(ApiClient api, String kind) {
        ApiClient.Response started = api.post("/api/v1/integrations/tanium/runs", Map.of("kind", kind));
        assertThat(started.status()).as(started.raw()).isEqualTo(202);
        String runId = started.text("id");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            String state = api.get("/api/v1/integrations/tanium/runs/" + runId).text("state");
            return "succeeded".equals(state) || "failed".equals(state) || "skipped".equals(state);
        });
        return api.get("/api/v1/integrations/tanium/runs/" + runId).json();
    }

    protected static JsonNode succeeded(ApiClient api, String kind) {
        JsonNode run = run(api, kind);
        assertThat(run.path("state").asString()).as(run.toString()).isEqualTo("succeeded");
        return run;
    }

    /** Every Tanium asset of the tenant, by Gateway endpoint id. */
    protected static Map<String, JsonNode> assets(ApiClient api) {
        Map<String, JsonNode> byDevice = new HashMap<>();
        JsonNode page = api.get("/api/v1/assets?provider=tanium&limit=1000").json();
        for (JsonNode asset : page.path("items")) {
            JsonNode previous = byDevice.put(asset.path("rmmDeviceId").asString(), asset);
            assertThat(previous).as("one asset per endpoint: " + asset.path("rmmDeviceId").asString()).isNull();
        }
        assertThat(page.path("total").asInt()).isEqualTo(byDevice.size());
        return byDevice;
    }

    protected static JsonNode asset(ApiClient api, String assetId) {
        return api.get("/api/v1/assets/" + assetId).json();
    }

    protected static long count(JsonNode run, String name) {
        return run.path("counts").path(name).asLong(0);
    }
}
