package dev.tributary.tacticalrmm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tributary.simulator.RecordedRequest;
import dev.tributary.simulator.tactical.TacticalAgent;
import dev.tributary.simulator.tactical.TacticalAlert;
import dev.tributary.simulator.tactical.TacticalWebhooks;
import dev.tributary.tacticalrmm.sync.AgentRefresher;
import dev.tributary.testsupport.ApiClient;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Alert webhooks fired by the simulator exactly as Tactical sends them (its template rendering, re-serialization,
 * headers), plus alert backfill and software inventory, through the REST API.
 */
class TacticalWebhookApiTest extends TacticalApiTestSupport {

    @Autowired
    AgentRefresher refresher;

    ApiClient api;
    Map<String, JsonNode> assets;
    String url;
    String secret;

    @BeforeEach
    void connectedAndSynced() {
        await().atMost(Duration.ofSeconds(30)).until(refresher::idle);
        api = newTenant(unique("Tactical MSP"));
        fixtureWorld();
        simulator.makeOnline(11);
        simulator.makeOnline(12);
        simulator.makeOnline(13);
        connectMapAndSyncFixtureClients(api);
        assets = assets(api);
        JsonNode webhook = api.get(BASE + "/webhook").json();
        url = webhook.path("url").asString();
        secret = webhook.path("secret").asString();
        assertThat(webhook.path("headerName").asString()).isEqualTo("X-Alga-Webhook-Secret");
        assertThat(webhook.path("payloadTemplate").asString()).contains("\"agent_id\": \"{{agent.agent_id}}\"")
                .contains("{{alert.id}}");
        simulator.clearRequests();
    }

    private int fire(String body, String headers, int alertId) {
        return simulator.fireAlertWebhook(url, body, headers, "post", alertId).status();
    }

    private List<JsonNode> alerts() {
        List<JsonNode> rows = new ArrayList<>();
        api.get("/api/v1/alerts?provider=tacticalrmm&limit=1000").json().path("items").forEach(rows::add);
        return rows;
    }

    private JsonNode alert(int id) {
        return alerts().stream().filter(a -> a.path("externalAlertId").asString().equals(String.valueOf(id))).findFirst().orElseThrow();
    }

    private String path() {
        return URI.create(url).getPath();
    }

    @Test
    void aDeliveryRecordsTheAlertOnceLinkedToItsAssetAndAResolveClosesIt() {
        TacticalAlert raised = simulator.raiseAvailabilityAlert(13);
        assertThat(fire(TacticalWebhooks.DEFAULT_REST_BODY, webhookHeaders(secret, true), raised.id())).isEqualTo(202);
        assertThat(alerts()).hasSize(1);
        JsonNode alert = alert(raised.id());
        assertThat(alert.path("status").asString()).isEqualTo("active");
        assertThat(alert.path("severity").asString()).isEqualTo("critical");
        assertThat(alert.path("externalDeviceId").asString()).isEqualTo(TacticalSyncApiTest.WEB01);
        assertThat(alert.path("assetId").asString()).isEqualTo(assets.get(TacticalSyncApiTest.WEB01).path("id").asString());
        assertThat(alert.path("deviceName").asString()).isEqualTo("globex-web01");
        assertThat(alert.path("message").asString()).isEqualTo("globex-web01 in Globex, Main is overdue.");
        assertThat(alert.path("triggeredAt").asString()).isNotEmpty();

        assertThat(fire(TacticalWebhooks.DEFAULT_REST_BODY, webhookHeaders(secret, true), raised.id())).as("redelivery").isEqualTo(202);
        assertThat(alerts()).hasSize(1);

        simulator.resolveAlert(raised.id());
        assertThat(fire(TacticalWebhooks.DEFAULT_RESOLVED_REST_BODY, webhookHeaders(secret, true), raised.id())).isEqualTo(202);
        assertThat(alerts()).hasSize(1);
        assertThat(alert(raised.id()).path("status").asString()).isEqualTo("resolved");
        assertThat(alert(raised.id()).path("resolvedAt").isNull()).isFalse();
    }

    @Test
    void aMessageWithQuotesArrivesAsAJsonStringWithoutContentTypeAndIsAccepted() {
        TacticalAlert raised = simulator.raiseCheckAlert(12, "warning", "diskspace", "Drive \"C:\" below 10%", 7);
        var result = simulator.fireAlertWebhook(url, TacticalWebhooks.DEFAULT_REST_BODY, webhookHeaders(secret, false), "post", raised.id());
        assertThat(result.request().bodyText()).as("Tactical could not parse it, so it sent a JSON string").startsWith("\"");
        assertThat(result.request().headers()).extracting(Map.Entry::getKey).doesNotContain("Content-Type");
        assertThat(result.status()).isEqualTo(202);
        JsonNode alert = alert(raised.id());
        assertThat(alert.path("severity").asString()).isEqualTo("moderate");
        assertThat(alert.path("message").asString()).contains("Drive \"C:\" below 10%");
        assertThat(alert.path("assetId").asString()).isEqualTo(assets.get(TacticalSyncApiTest.LT042).path("id").asString());
    }

    @Test
    void refusedDeliveries() {
        TacticalAlert raised = simulator.raiseAvailabilityAlert(13);
        assertThat(fire(TacticalWebhooks.DEFAULT_REST_BODY, webhookHeaders("not-the-secret", true), raised.id())).isEqualTo(401);
        assertThat(fire(TacticalWebhooks.DEFAULT_REST_BODY, "{\"Content-Type\": \"application/json\"}", raised.id())).isEqualTo(401);
        assertThat(fire(TacticalWebhooks.DEFAULT_REST_BODY.replace("\"agent_id\": \"{{agent.agent_id}}\",", ""),
                webhookHeaders(secret, true), raised.id())).as("no agent_id").isEqualTo(400);
        assertThat(alerts()).isEmpty();

        ApiClient anonymous = anonymous();
        Map<String, String> secretHeader = Map.of("X-Alga-Webhook-Secret", secret);
        ApiClient.Response notJson = anonymous.sendRaw("POST", path(), "hello", "text/plain", secretHeader);
        assertThat(notJson.status()).isEqualTo(400);
        ApiClient.Response missing = anonymous.sendRaw("POST", path(), "{\"alert_id\": 5, \"agent_id\": \"None\"}",
                "application/json", secretHeader);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.raw()).contains("agent_id is required");
        ApiClient.Response oversized = anonymous.sendRaw("POST", path(), "{\"agent_id\": \"x\", \"message\": \"" + "a".repeat(70_000)
                + "\"}", "application/json", secretHeader);
        assertThat(oversized.status()).isEqualTo(413);
        ApiClient.Response unknown = anonymous.sendRaw("POST", "/api/v1/webhooks/tacticalrmm/no-such-key", "{}", "application/json",
                secretHeader);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(alerts()).isEmpty();

        // Rotating the secret stops the old one at once.
        String rotated = api.post(BASE + "/webhook/rotate", null).json().path("secret").asString();
        assertThat(rotated).isNotEqualTo(secret);
        assertThat(fire(TacticalWebhooks.DEFAULT_REST_BODY, webhookHeaders(secret, true), raised.id())).isEqualTo(401);
        assertThat(fire(TacticalWebhooks.DEFAULT_REST_BODY, webhookHeaders(rotated, true), raised.id())).isEqualTo(202);

        // So does disconnecting: the URL no longer names an integration.
        assertThat(api.delete("/api/v1/integrations/tacticalrmm/connection").status()).isEqualTo(204);
        assertThat(fire(TacticalWebhooks.DEFAULT_REST_BODY, webhookHeaders(rotated, true), raised.id())).isEqualTo(404);
    }

    @Test
    void deliveriesRefreshThatOneAgentOffTheRequestThreadCoalesced() {
        simulator.updateAgent(13, a -> a.hostname("globex-web01-renamed").loggedInUsername("root"));
        simulator.makeOverdue(13);
        for (int i = 0; i < 3; i++) {
            TacticalAlert raised = simulator.raiseAvailabilityAlert(13);
            assertThat(fire(TacticalWebhooks.DEFAULT_REST_BODY, webhookHeaders(secret, true), raised.id())).isEqualTo(202);
        }
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> assets(api).get(TacticalSyncApiTest.WEB01).path("name").asString().equals("globex-web01-renamed"));
        JsonNode asset = assets(api).get(TacticalSyncApiTest.WEB01);
        assertThat(asset.path("agentStatus").asString()).isEqualTo("overdue");
        assertThat(asset(api, asset.path("id").asString()).path("details").path("currentUser").asString()).isEqualTo("root");
        assertThat(simulator.requests(r -> r.path().equals("/agents/" + TacticalSyncApiTest.WEB01 + "/")))
                .as("three deliveries, one refresh").hasSize(1);
        assertThat(requests("/clients/sites/3/")).hasSize(1);
        assertThat(simulator.requests(r -> r.path().startsWith("/beta/v1/agent/") || (r.rawQuery() != null
                && r.rawQuery().contains("agent_id")))).as("neither the beta detail nor the crashing agent_id filter").isEmpty();
        assertThat(assets(api)).as("other agents untouched, nothing created").hasSize(3);
    }

    @Test
    void anAlertFromAnAgentEnrolledSinceTheLastSyncMakesItAnAssetWhenItsClientIsSynced() {
        TacticalAgent enrolled = simulator.addAgent(2, "ACME-LT-077");   // Acme's Branch Office: mapped and synced
        TacticalAgent elsewhere = simulator.addAgent(4, "INITECH-PC-1"); // Initech: not mapped
        TacticalAlert first = simulator.raiseAvailabilityAlert(enrolled.id());
        TacticalAlert second = simulator.raiseAvailabilityAlert(elsewhere.id());
        assertThat(fire(TacticalWebhooks.DEFAULT_REST_BODY, webhookHeaders(secret, true), first.id())).isEqualTo(202);
        assertThat(fire(TacticalWebhooks.DEFAULT_REST_BODY, webhookHeaders(secret, true), second.id())).isEqualTo(202);

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> assets(api).containsKey(enrolled.agentId()));
        await().atMost(Duration.ofSeconds(20)).until(refresher::idle);
        JsonNode asset = assets(api).get(enrolled.agentId());
        assertThat(asset.path("name").asString()).isEqualTo("ACME-LT-077");
        assertThat(asset.path("clientId").asString()).isEqualTo(assets.get(TacticalSyncApiTest.DC01).path("clientId").asString());
        assertThat(alert(first.id()).path("assetId").asString()).as("the alert that arrived first is linked to the new asset")
                .isEqualTo(asset.path("id").asString());
        assertThat(assets(api)).as("the agent of an unmapped client stays out").hasSize(4).doesNotContainKey(elsewhere.agentId());
        assertThat(alert(second.id()).path("assetId").isNull()).isTrue();
        assertThat(simulator.requests(r -> r.path().equals("/agents/" + elsewhere.agentId() + "/"))).as("read once, then skipped")
                .hasSize(1);
    }

    @Test
    void aBurstForSeveralAgentsIsOneBatchReadingEachSiteOnce() {
        simulator.updateAgent(11, a -> a.hostname("ACME-DC01-renamed"));
        simulator.updateAgent(12, a -> a.hostname("ACME-LT-042-renamed").site(1));
        for (int pk : new int[] {11, 12, 13, 12}) {
            TacticalAlert raised = simulator.raiseAvailabilityAlert(pk);
            assertThat(fire(TacticalWebhooks.DEFAULT_REST_BODY, webhookHeaders(secret, true), raised.id())).isEqualTo(202);
        }
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> assets(api).get(TacticalSyncApiTest.LT042).path("name").asString().equals("ACME-LT-042-renamed"));
        await().atMost(Duration.ofSeconds(20)).until(refresher::idle);
        assertThat(assets(api).get(TacticalSyncApiTest.DC01).path("name").asString()).isEqualTo("ACME-DC01-renamed");
        for (String agentId : List.of(TacticalSyncApiTest.DC01, TacticalSyncApiTest.LT042, TacticalSyncApiTest.WEB01)) {
            assertThat(simulator.requests(r -> r.path().equals("/agents/" + agentId + "/"))).as(agentId).hasSize(1);
        }
        Set<Integer> sites = simulator.agents().stream().filter(a -> a.id() >= 11 && a.id() <= 13).map(TacticalAgent::site)
                .collect(Collectors.toSet());
        assertThat(sites).containsExactlyInAnyOrder(1, 3);
        assertThat(simulator.requests(r -> r.path().startsWith("/clients/sites/"))).as("each distinct site once (agents 11 and 12 now share site 1)")
                .hasSize(sites.size());
    }

    @Test
    void backfillUsesTheRealFilterAndSharesRowsWithTheWebhook() {
        TacticalAlert open = simulator.raiseAvailabilityAlert(13);
        TacticalAlert resolved = simulator.raiseCheckAlert(11, "warning", "cpuload", "CPU Load > 90%", 3);
        simulator.resolveAlert(resolved.id());
        TacticalAlert custom = simulator.raiseCustomAlert("info", "Backup job finished with warnings");
        simulator.clearRequests();

        JsonNode run = succeeded(api, "alerts_backfill");
        assertThat(requests("/alerts/")).hasSize(1);
        RecordedRequest patch = requests("/alerts/").get(0);
        assertThat(patch.method()).isEqualTo("PATCH");
        assertThat(patch.body()).isEqualTo("{\"timeFilter\":30,\"resolvedFilter\":true,\"snoozedFilter\":true}");
        assertThat(count(run, "alertsRecorded")).as("the fixture alerts are older than 30 days").isEqualTo(3);
        assertThat(alert(open.id()).path("status").asString()).isEqualTo("active");
        assertThat(alert(open.id()).path("assetId").asString()).isEqualTo(assets.get(TacticalSyncApiTest.WEB01).path("id").asString());
        assertThat(alert(resolved.id()).path("status").asString()).isEqualTo("resolved");
        assertThat(alert(custom.id()).path("externalDeviceId").isNull()).isTrue();
        assertThat(alert(custom.id()).path("severity").asString()).isEqualTo("minor");

        JsonNode again = succeeded(api, "alerts_backfill");
        assertThat(count(again, "alertsRecorded")).isZero();
        assertThat(count(again, "unchanged")).isEqualTo(3);

        assertThat(fire(TacticalWebhooks.DEFAULT_REST_BODY, webhookHeaders(secret, true), open.id())).isEqualTo(202);
        assertThat(alerts()).as("the webhook hits the backfilled row").hasSize(3);
    }

    @Test
    void softwareInventoryInTwoRequests() {
        JsonNode run = succeeded(api, "software_sync");
        assertThat(simulator.requests()).extracting(r -> r.method() + " " + r.path() + (r.rawQuery() == null ? "" : "?" + r.rawQuery()))
                .containsExactly("GET /agents/?detail=false", "GET /software/");
        assertThat(count(run, "updated")).isEqualTo(2);
        JsonNode software = asset(api, assets.get(TacticalSyncApiTest.DC01).path("id").asString()).path("details")
                .path("installedSoftware");
        assertThat(software).hasSize(5);
        JsonNode sevenZip = software.valueStream().filter(s -> s.path("name").asString().startsWith("7-Zip")).findFirst().orElseThrow();
        assertThat(sevenZip.path("version").asString()).isEqualTo("24.09");
        assertThat(sevenZip.path("publisher").asString()).isEqualTo("Igor Pavlov");
        assertThat(asset(api, assets.get(TacticalSyncApiTest.LT042).path("id").asString()).path("details").path("installedSoftware"))
                .hasSize(2);

        // The software stays when a device sync rewrites the asset.
        simulator.makeOffline(11);
        succeeded(api, "full_sync");
        assertThat(asset(api, assets.get(TacticalSyncApiTest.DC01).path("id").asString()).path("details").path("installedSoftware"))
                .hasSize(5);
    }
}
