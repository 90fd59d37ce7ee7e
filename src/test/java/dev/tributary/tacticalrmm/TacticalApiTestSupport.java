package dev.tributary.tacticalrmm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tributary.simulator.RecordedRequest;
import dev.tributary.simulator.tactical.TacticalFixtures;
import dev.tributary.simulator.tactical.TacticalSimulator;
import dev.tributary.testsupport.ApiClient;
import dev.tributary.testsupport.ApiTestSupport;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import tools.jackson.databind.JsonNode;

/** REST tests against one Tactical simulator per class (on the real clock, like the application). */
abstract class TacticalApiTestSupport extends ApiTestSupport {

    static final String BASE = "/api/v1/integrations/tacticalrmm";
    protected static TacticalSimulator simulator;

    @BeforeAll
    static void startSimulator() {
        simulator = new TacticalSimulator(0, Clock.systemUTC()).start();
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    @AfterEach
    void resetSwitches() {
        simulator.config().betaEnabled(true).dashboardHost(false);
    }

    /** A fresh world: the fixture clients, sites, agents, users and key. */
    protected static void fixtureWorld() {
        simulator.reset();
        simulator.loadFixtures();
        simulator.clearRequests();
    }

    protected static Map<String, Object> apiKeyConnection() {
        Map<String, Object> body = new HashMap<>();
        body.put("instanceUrl", simulator.baseUrl());
        body.put("authMode", "api_key");
        body.put("apiKey", TacticalFixtures.API_KEY);
        return body;
    }

    protected static Map<String, Object> credentialsConnection(String username, String password) {
        Map<String, Object> body = new HashMap<>();
        body.put("instanceUrl", simulator.baseUrl());
        body.put("authMode", "credentials");
        body.put("username", username);
        body.put("password", password);
        return body;
    }

    protected static ApiClient.Response connect(ApiClient api, Map<String, Object> body) {
        ApiClient.Response response = api.put(BASE + "/connection", body);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response;
    }

    /** Maps Tactical clients (by id) to Tributary clients (created when missing); returns client ids by Tactical id. */
    protected static Map<String, String> mapClients(ApiClient api, Map<String, String> tacticalToClientName) {
        return mapOrganizations(api, BASE, tacticalToClientName);
    }

    protected static List<JsonNode> organizations(ApiClient api) {
        return organizations(api, BASE);
    }

    protected static void patchSettings(ApiClient api, Map<String, Object> patch) {
        ApiClient.Response response = api.patch(BASE + "/settings", patch);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
    }

    protected static JsonNode run(ApiClient api, String kind) {
        ApiClient.Response started = api.post(BASE + "/runs", Map.of("kind", kind));
        assertThat(started.status()).as(started.raw()).isEqualTo(202);
        return awaitRun(api, started.text("id"));
    }

    protected static JsonNode awaitRun(ApiClient api, String runId) {
        return awaitRun(api, runId, Duration.ofMillis(50));
    }

    protected static JsonNode awaitRun(ApiClient api, String runId, Duration pollInterval) {
        await().atMost(Duration.ofMinutes(15)).pollInterval(pollInterval).until(() -> {
            String state = api.get(BASE + "/runs/" + runId).text("state");
            return "succeeded".equals(state) || "failed".equals(state) || "skipped".equals(state);
        });
        return api.get(BASE + "/runs/" + runId).json();
    }

    protected static JsonNode succeeded(ApiClient api, String kind) {
        JsonNode run = run(api, kind);
        assertThat(run.path("state").asString()).as(run.toString()).isEqualTo("succeeded");
        return run;
    }

    /** Every Tactical asset of the tenant, by agent_id. */
    protected static Map<String, JsonNode> assets(ApiClient api) {
        Map<String, JsonNode> byDevice = new HashMap<>();
        int offset = 0;
        while (true) {
            JsonNode page = api.get("/api/v1/assets?provider=tacticalrmm&limit=1000&offset=" + offset).json();
            for (JsonNode asset : page.path("items")) {
                JsonNode previous = byDevice.put(asset.path("rmmDeviceId").asString(), asset);
                assertThat(previous).as("one asset per agent").isNull();
            }
            offset += 1000;
            if (offset >= page.path("total").asInt()) {
                return byDevice;
            }
        }
    }

    protected static JsonNode asset(ApiClient api, String assetId) {
        return api.get("/api/v1/assets/" + assetId).json();
    }

    protected static long count(JsonNode run, String name) {
        return run.path("counts").path(name).asLong(0);
    }

    /** Connects by API key, maps the fixture clients 1 and 2 to Acme and Globex, and runs a full sync. */
    protected static void connectMapAndSyncFixtureClients(ApiClient api) {
        connect(api, apiKeyConnection());
        mapClients(api, Map.of("1", "Acme", "2", "Globex"));
        succeeded(api, "full_sync");
    }

    /** The headers of the URL action as an admin sets them up in Tactical (a JSON object), with the webhook secret. */
    protected static String webhookHeaders(String secret, boolean contentType) {
        return "{" + (contentType ? "\"Content-Type\": \"application/json\", " : "") + "\"X-Alga-Webhook-Secret\": \""
                + secret + "\"}";
    }

    protected static List<RecordedRequest> requests(String path) {
        return simulator.requests(r -> r.path().equals(path));
    }
}
