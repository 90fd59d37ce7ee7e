package dev.tributary.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tributary.platform.SecretStore;
import dev.tributary.testsupport.ApiClient;
import dev.tributary.testsupport.ApiTestSupport;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The provider-neutral REST contract, driven with a test provider. */
@Import(TestProviderConfiguration.class)
class KernelApiTest extends ApiTestSupport {

    @Autowired
    TestProvider testProvider;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SecretStore secrets;

    ApiClient api;

    @BeforeEach
    void newTenant() {
        api = newTenant(unique("Kernel MSP"));
        testProvider.scopes.clear();
        testProvider.devices.clear();
        testProvider.hold = null;
        testProvider.started = null;
    }

    @Test
    void listsProvidersFromTheRegistry() {
        var list = api.get("/api/v1/integrations");
        assertThat(list.status()).isEqualTo(200);
        var ids = list.json().path("items").valueStream().map(n -> n.path("provider").asString()).toList();
        assertThat(ids).contains("testrmm", "testent");
        var test = list.json().path("items").valueStream().filter(n -> n.path("provider").asString().equals("testrmm")).findFirst().orElseThrow();
        assertThat(test.path("category").asString()).isEqualTo("rmm");
        assertThat(test.path("capabilities").path("deviceSync").booleanValue()).isTrue();
        assertThat(test.path("capabilities").path("webhookEvents").booleanValue()).isFalse();
        assertThat(test.path("connected").booleanValue()).isFalse();
    }

    @Test
    void connectChecksLiveAndStoresNothingWhenTheCheckFails() {
        var refused = api.put("/api/v1/integrations/testrmm/connection", Map.of("apiKey", "wrong-key"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("detail")).contains("rejected the API key");
        assertThat(refused.raw()).doesNotContain("wrong-key");
        assertThat(api.get("/api/v1/integrations/testrmm").json().path("connected").booleanValue()).isFalse();

        var missing = api.put("/api/v1/integrations/testrmm/connection", Map.of());
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.text("field")).isEqualTo("apiKey");

        var connected = api.put("/api/v1/integrations/testrmm/connection", Map.of("apiKey", "good-key"));
        assertThat(connected.status()).isEqualTo(200);
        assertThat(connected.json().path("connected").booleanValue()).isTrue();
        assertThat(connected.json().path("isActive").booleanValue()).isTrue();
        assertThat(connected.json().path("credentials").path("apiKey").asString()).isEqualTo("••••-key");
        assertThat(connected.raw()).doesNotContain("good-key");
        assertThat(connected.json().path("settings").path("accountName").asString()).isEqualTo("Test account");
        assertThat(connected.json().path("settings").path("deviceSync").path("intervalMinutes").asInt()).isEqualTo(60);
    }

    @Test
    void organizationSyncUpsertsAndAutoMatchesByExactNormalizedName() {
        connect();
        String acme = id(api.post("/api/v1/clients", Map.of("name", "ACME Inc")));
        api.post("/api/v1/clients", Map.of("name", "Globex"));
        api.post("/api/v1/clients", Map.of("name", "globex"));
        testProvider.scopes.addAll(List.of(new ScopeSnapshot("1", "Acme, Inc.", "client", Map.of()),
                new ScopeSnapshot("2", "Globex", "client", Map.of()), new ScopeSnapshot("3", "Initech", "client", Map.of())));

        var first = api.post("/api/v1/integrations/testrmm/organizations/sync", null);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("total").asInt()).isEqualTo(3);
        assertThat(first.json().path("created").asInt()).isEqualTo(3);
        assertThat(first.json().path("autoMatched").asInt()).isEqualTo(1);

        var orgs = api.get("/api/v1/integrations/testrmm/organizations").json().path("items");
        var acmeRow = orgs.valueStream().filter(o -> o.path("externalOrganizationId").asString().equals("1")).findFirst().orElseThrow();
        assertThat(acmeRow.path("clientId").asString()).isEqualTo(acme);
        assertThat(acmeRow.path("autoMatched").booleanValue()).isTrue();
        var globex = orgs.valueStream().filter(o -> o.path("externalOrganizationId").asString().equals("2")).findFirst().orElseThrow();
        assertThat(globex.path("clientId").isNull()).as("ambiguous names stay unmapped").isTrue();

        // Rename at the provider; map Initech by hand; resync keeps the manual choice and refreshes names.
        String initech = id(api.post("/api/v1/clients", Map.of("name", "Initech Corp")));
        String initechRow = orgs.valueStream().filter(o -> o.path("externalOrganizationId").asString().equals("3")).findFirst().orElseThrow()
                .path("id").asString();
        var mapped = api.patch("/api/v1/integrations/testrmm/organizations/" + initechRow, Map.of("clientId", initech, "autoSyncAssets", false));
        assertThat(mapped.status()).isEqualTo(200);
        assertThat(mapped.json().path("autoMatched").booleanValue()).isFalse();
        assertThat(mapped.json().path("autoSyncAssets").booleanValue()).isFalse();
        testProvider.scopes.set(2, new ScopeSnapshot("3", "Initech (renamed)", "client", Map.of()));
        var second = api.post("/api/v1/integrations/testrmm/organizations/sync", null);
        assertThat(second.json().path("created").asInt()).isZero();
        assertThat(second.json().path("updated").asInt()).isEqualTo(3);
        var after = api.get("/api/v1/integrations/testrmm/organizations").json().path("items").valueStream()
                .filter(o -> o.path("externalOrganizationId").asString().equals("3")).findFirst().orElseThrow();
        assertThat(after.path("externalOrganizationName").asString()).isEqualTo("Initech (renamed)");
        assertThat(after.path("clientId").asString()).isEqualTo(initech);
        assertThat(after.path("autoSyncAssets").booleanValue()).isFalse();

        // Unmapping by hand is remembered: the next sync does not auto-match the row again.
        String acmeRowId = acmeRow.path("id").asString();
        var unmapped = api.patch("/api/v1/integrations/testrmm/organizations/" + acmeRowId, java.util.Collections.singletonMap("clientId", null));
        assertThat(unmapped.json().path("clientId").isNull()).isTrue();
        api.post("/api/v1/integrations/testrmm/organizations/sync", null);
        var stillUnmapped = api.get("/api/v1/integrations/testrmm/organizations").json().path("items").valueStream()
                .filter(o -> o.path("externalOrganizationId").asString().equals("1")).findFirst().orElseThrow();
        assertThat(stillUnmapped.path("clientId").isNull()).isTrue();

        var badClient = api.patch("/api/v1/integrations/testrmm/organizations/" + acmeRowId,
                Map.of("clientId", java.util.UUID.randomUUID().toString()));
        assertThat(badClient.status()).isEqualTo(422);
        assertThat(badClient.text("field")).isEqualTo("clientId");
        assertThat(api.get("/api/v1/integrations/testrmm").json().path("details").path("unmappedOrganizations").asInt()).isEqualTo(2);
    }

    @Test
    void runsAreQueuedOneAtATimeAndRecordProgressAndCounts() throws Exception {
        connect();
        String client = id(api.post("/api/v1/clients", Map.of("name", "Umbrella")));
        testProvider.scopes.add(new ScopeSnapshot("u1", "Umbrella", "client", Map.of()));
        api.post("/api/v1/integrations/testrmm/organizations/sync", null);
        testProvider.devices.put("u1", List.of(
                IngestionFixtures.device("d1", "u1", "UMB-WS-01"),
                IngestionFixtures.device("d2", "u1", "UMB-WS-02"),
                IngestionFixtures.device("d3", "u1", "UMB-SRV-01")));
        testProvider.hold = new CountDownLatch(1);
        testProvider.started = new CountDownLatch(1);

        var run = api.post("/api/v1/integrations/testrmm/runs", Map.of("kind", "full_sync"));
        assertThat(run.status()).isEqualTo(202);
        assertThat(run.text("state")).isIn("queued", "running");
        assertThat(run.text("trigger")).isEqualTo("manual");
        assertThat(testProvider.started.await(10, TimeUnit.SECONDS)).isTrue();

        var busy = api.post("/api/v1/integrations/testrmm/runs", Map.of("kind", "incremental_sync"));
        assertThat(busy.status()).isEqualTo(409);
        var wrongKind = api.post("/api/v1/integrations/testrmm/runs", Map.of("kind", "poll"));
        assertThat(wrongKind.status()).isEqualTo(422);
        assertThat(wrongKind.text("field")).isEqualTo("kind");
        var unknownKind = api.post("/api/v1/integrations/testrmm/runs", Map.of("kind", "dance"));
        assertThat(unknownKind.status()).isEqualTo(422);

        testProvider.hold.countDown();
        String runId = run.text("id");
        await().atMost(Duration.ofSeconds(20)).until(() ->
                "succeeded".equals(api.get("/api/v1/integrations/testrmm/runs/" + runId).text("state")));
        var done = api.get("/api/v1/integrations/testrmm/runs/" + runId).json();
        assertThat(done.path("counts").path("created").asInt()).isEqualTo(3);
        assertThat(done.path("counts").path("requests").asInt()).isEqualTo(1);
        assertThat(done.path("progress").path("done").asInt()).isEqualTo(1);
        assertThat(done.path("progress").path("total").asInt()).isEqualTo(1);
        assertThat(done.path("finishedAt").isNull()).isFalse();

        var assets = api.get("/api/v1/assets?provider=testrmm&clientId=" + client).json();
        assertThat(assets.path("total").asInt()).isEqualTo(3);
        var status = api.get("/api/v1/integrations/testrmm").json();
        assertThat(status.path("deviceCount").asInt()).isEqualTo(3);
        assertThat(status.path("lastFullSyncAt").isNull()).isFalse();
        assertThat(status.path("syncStatus").asString()).isEqualTo("completed");

        var history = api.get("/api/v1/integrations/testrmm/runs").json().path("items");
        assertThat(history.size()).isEqualTo(1);
    }

    @Test
    void settingsPatchValidatesKernelKeysAndRefusesUnknownOnes() {
        connect();
        var ok = api.patch("/api/v1/integrations/testrmm/settings",
                Map.of("deviceSync", Map.of("enabled", true, "intervalMinutes", 30), "markMissingInactive", true));
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().path("settings").path("deviceSync").path("intervalMinutes").asInt()).isEqualTo(30);
        assertThat(ok.json().path("settings").path("markMissingInactive").booleanValue()).isTrue();
        assertThat(ok.json().path("settings").path("accountName").asString()).isEqualTo("Test account");

        var tooShort = api.patch("/api/v1/integrations/testrmm/settings", Map.of("deviceSync", Map.of("intervalMinutes", 5)));
        assertThat(tooShort.status()).isEqualTo(422);
        assertThat(tooShort.text("field")).isEqualTo("deviceSync.intervalMinutes");
        var unknown = api.patch("/api/v1/integrations/testrmm/settings", Map.of("colour", "blue"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.text("field")).isEqualTo("colour");
    }

    @Test
    void disconnectDeletesSecretsAndKeepsHistory() {
        connect();
        testProvider.scopes.add(new ScopeSnapshot("k1", "Keep Me", "client", Map.of()));
        api.post("/api/v1/integrations/testrmm/organizations/sync", null);
        var tenantId = java.util.UUID.fromString(api.get("/api/v1/me").text("tenantId"));
        assertThat(secrets.get(tenantId, TestProvider.SECRET)).isPresent();

        assertThat(api.delete("/api/v1/integrations/testrmm/connection").status()).isEqualTo(204);
        assertThat(secrets.get(tenantId, TestProvider.SECRET)).isEmpty();
        var status = api.get("/api/v1/integrations/testrmm").json();
        assertThat(status.path("isActive").booleanValue()).isFalse();
        assertThat(status.path("credentials").isEmpty()).isTrue();
        assertThat(api.get("/api/v1/integrations/testrmm/organizations").json().path("total").asInt()).isEqualTo(1);
        assertThat(api.post("/api/v1/integrations/testrmm/runs", Map.of("kind", "full_sync")).status()).isEqualTo(409);
    }

    @Test
    void anotherTenantSeesNoneOfThis() {
        connect();
        ApiClient other = newTenant(unique("Other MSP"));
        assertThat(other.get("/api/v1/integrations/testrmm").json().path("connected").booleanValue()).isFalse();
        assertThat(other.get("/api/v1/integrations/testrmm/organizations").status()).isEqualTo(404);
        assertThat(other.get("/api/v1/integrations/unknown").status()).isEqualTo(404);
    }

    private void connect() {
        var response = api.put("/api/v1/integrations/testrmm/connection", Map.of("apiKey", "good-key"));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
    }
}
