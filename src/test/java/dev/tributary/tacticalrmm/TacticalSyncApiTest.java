package dev.tributary.tacticalrmm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tributary.simulator.RecordedRequest;
import dev.tributary.simulator.tactical.TacticalAgent;
import dev.tributary.simulator.tactical.TacticalClient;
import dev.tributary.simulator.tactical.TacticalFixtures;
import dev.tributary.simulator.tactical.TacticalSite;
import dev.tributary.testsupport.ApiClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Device syncs through the REST API against the simulator: the fixture world (clients 1 Acme Corp, 2 Globex,
 * 3 Initech; agents 11 ACME-DC01, 12 ACME-LT-042, 13 globex-web01) and generated fleets.
 */
class TacticalSyncApiTest extends TacticalApiTestSupport {

    static final String DC01 = "WOAoOHJCutJzhaYYRjBzNIiXQeudMSOxpMAORzpR";
    static final String LT042 = "JLNENEkHfznvfTkWjfLllzmDcoMCeAJGgOYLNcCd";
    static final String WEB01 = "rKGzzuarbTrEQykBTDjqvIGfhPVHBsSHmfVlDtjM";

    ApiClient api;

    @BeforeEach
    void tenant() {
        api = newTenant(unique("Tactical MSP"));
        fixtureWorld();
    }

    private List<RecordedRequest> agentPages() {
        return requests("/beta/v1/agent/");
    }

    @Test
    void fixtureAgentsBecomeAssetsWithTacticalsStatusAndRealVitals() {
        connect(api, apiKeyConnection());
        simulator.makeOnline(11);
        simulator.makeOffline(12);
        simulator.makeOverdue(13);
        Map<String, String> clients = mapClients(api, Map.of("1", "Acme", "2", "Globex"));
        simulator.clearRequests();

        JsonNode run = succeeded(api, "full_sync");
        assertThat(count(run, "created")).isEqualTo(3);
        assertThat(count(run, "requests")).as("one site page and one agent page per mapped client").isEqualTo(3);
        assertThat(run.path("progress").path("done").asInt()).isEqualTo(3);

        List<RecordedRequest> requests = simulator.requests();
        assertThat(requests).extracting(RecordedRequest::path).containsExactly("/beta/v1/site/", "/beta/v1/agent/", "/beta/v1/agent/");
        assertThat(agentPages()).extracting(RecordedRequest::rawQuery)
                .containsExactly("client_id=1&page_size=1000", "client_id=2&page_size=1000");

        Map<String, JsonNode> assets = assets(api);
        assertThat(assets.keySet()).containsExactlyInAnyOrder(DC01, LT042, WEB01);
        JsonNode dc = assets.get(DC01);
        assertThat(dc.path("name").asString()).isEqualTo("ACME-DC01");
        assertThat(dc.path("assetType").asString()).isEqualTo("server");
        assertThat(dc.path("agentStatus").asString()).isEqualTo("online");
        assertThat(dc.path("clientId").asString()).isEqualTo(clients.get("1"));
        assertThat(dc.path("rmmOrganizationId").asString()).isEqualTo("1");
        assertThat(dc.path("serialNumber").asString()).isEqualTo("7QX9H23");
        assertThat(assets.get(LT042).path("agentStatus").asString()).isEqualTo("offline");
        assertThat(assets.get(LT042).path("assetType").asString()).isEqualTo("workstation");
        assertThat(assets.get(WEB01).path("agentStatus").asString()).isEqualTo("overdue");
        assertThat(assets.get(WEB01).path("clientId").asString()).isEqualTo(clients.get("2"));

        JsonNode details = asset(api, dc.path("id").asString()).path("details");
        assertThat(details.path("lanIp").asString()).isEqualTo("10.0.1.10");
        assertThat(details.path("wanIp").asString()).isEqualTo("203.0.113.24");
        assertThat(details.path("currentUser").isNull()).as("\"None\": nobody logged on").isTrue();
        assertThat(details.path("osType").asString()).isEqualTo("Windows");
        assertThat(details.path("agentVersion").asString()).isEqualTo("2.11.0");
        assertThat(details.path("ramGb").asInt()).isEqualTo(64);
        assertThat(details.path("cpuCores").asInt()).isEqualTo(10);
        assertThat(details.path("diskUsage")).hasSize(2);
        assertThat(details.path("lastRebootAt").asString()).startsWith("2025-06-10T03:12:44");
        JsonNode linux = asset(api, assets.get(WEB01).path("id").asString()).path("details");
        assertThat(linux.path("lanIp").asString()).isEqualTo("10.20.0.15");
        assertThat(linux.path("currentUser").isNull()).isTrue();
        assertThat(asset(api, assets.get(LT042).path("id").asString()).path("details").path("currentUser").asString()).isEqualTo("jdoe");

        // Nothing changed: nothing is written.
        JsonNode again = succeeded(api, "full_sync");
        assertThat(count(again, "unchanged")).isEqualTo(3);
        assertThat(count(again, "created") + count(again, "updated")).isZero();

        // Incremental: only agents seen lately are asked for; the one that went offline is updated.
        simulator.makeOffline(11);
        simulator.clearRequests();
        JsonNode incremental = succeeded(api, "incremental_sync");
        assertThat(agentPages()).allSatisfy(r -> assertThat(r.rawQuery()).contains("last_seen_range_after="));
        assertThat(count(incremental, "updated")).isEqualTo(1);
        assertThat(assets(api).get(DC01).path("agentStatus").asString()).isEqualTo("offline");
    }

    @Test
    void aFleetAcrossSeveralPagesAndMissingAgentsMarkedInactive() {
        var summary = simulator.generateFleet(2, 2, 2_500, 20261123L);
        connect(api, apiKeyConnection());
        Map<Integer, Integer> siteClient = simulator.sites().stream().collect(Collectors.toMap(TacticalSite::id, TacticalSite::client));
        List<TacticalClient> generated = simulator.clients().stream().filter(c -> c.id() > 3).toList();
        assertThat(generated).hasSize(summary.clients());
        Map<String, String> mapping = new HashMap<>();
        generated.forEach(c -> mapping.put(String.valueOf(c.id()), c.name()));
        mapClients(api, mapping);
        Map<Integer, Long> perClient = simulator.agents().stream()
                .collect(Collectors.groupingBy(a -> siteClient.get(a.site()), Collectors.counting()));
        long expected = generated.stream().mapToLong(c -> perClient.getOrDefault(c.id(), 0L)).sum();
        assertThat(expected).isEqualTo(2_500);
        simulator.clearRequests();

        JsonNode run = succeeded(api, "full_sync");
        assertThat(count(run, "created")).isEqualTo(expected);
        assertThat(count(run, "failed")).isZero();
        assertThat(run.path("progress").path("total").asLong()).isEqualTo(expected);
        long pages = generated.stream().mapToLong(c -> (perClient.get(c.id()) + 999) / 1000).sum();
        assertThat(agentPages()).hasSize((int) pages).hasSizeGreaterThan(generated.size());
        assertThat(agentPages()).allSatisfy(r -> {
            assertThat(r.rawQuery()).contains("page_size=1000").doesNotContain("agent_id");
            assertThat(r.status()).isEqualTo(200);
        });
        assertThat(simulator.requests(r -> r.path().startsWith("/agents/") || r.path().startsWith("/beta/v1/agent/") && r.path().length() > 15))
                .as("no per-agent calls").isEmpty();
        assertThat(assets(api)).hasSize((int) expected);

        patchSettings(api, Map.of("markMissingInactive", true));
        TacticalAgent gone = simulator.agents().stream().filter(a -> siteClient.get(a.site()) == generated.get(0).id()).findFirst().orElseThrow();
        simulator.removeAgent(gone.id());
        JsonNode after = succeeded(api, "full_sync");
        assertThat(count(after, "markedInactive")).isEqualTo(1);
        assertThat(assets(api).get(gone.agentId()).path("status").asString()).isEqualTo("inactive");
    }

    @Test
    void anExpiredKnoxTokenMidSyncLogsInAgainAndTheRunFinishes() {
        simulator.generateFleet(1, 1, 3_000, 99L);
        connect(api, credentialsConnection(TacticalFixtures.NO_TOTP_USER, TacticalFixtures.NO_TOTP_PASSWORD));
        TacticalClient client = simulator.clients().stream().filter(c -> c.id() > 3).findFirst().orElseThrow();
        mapClients(api, Map.of(String.valueOf(client.id()), client.name()));
        String tokenBefore = api.get(BASE).json().path("credentials").path("knoxToken").asString();
        simulator.clearRequests();

        // The token runs out just before the second of three agent pages.
        simulator.expireTokensBeforeRequest("/beta/v1/agent/", 2);
        ApiClient.Response started = api.post(BASE + "/runs", Map.of("kind", "full_sync"));
        assertThat(started.status()).isEqualTo(202);
        JsonNode run = awaitRun(api, started.text("id"));

        assertThat(run.path("state").asString()).as(run.toString()).isEqualTo("succeeded");
        assertThat(count(run, "created")).isEqualTo(3_000);
        assertThat(agentPages()).extracting(RecordedRequest::status).as("a page was refused once, then retried").contains(401);
        assertThat(requests("/v2/checkcreds/")).hasSize(1);
        assertThat(api.get(BASE).json().path("credentials").path("knoxToken").asString()).as("the new token is stored")
                .isNotEqualTo(tokenBefore);
    }

    @Test
    void aRevokedApiKeyFailsTheRunWithAnActionableError() {
        connect(api, apiKeyConnection());
        mapClients(api, Map.of("1", "Acme"));
        simulator.removeApiKey(TacticalFixtures.API_KEY);
        JsonNode run = run(api, "full_sync");
        assertThat(run.path("state").asString()).isEqualTo("failed");
        assertThat(run.path("error").asString()).contains("rejected the API key").doesNotContain(TacticalFixtures.API_KEY);
        assertThat(api.get(BASE).json().path("syncError").asString()).contains("API key");
    }

    @Test
    void withoutMappedClientsTheRunIsSkipped() {
        connect(api, apiKeyConnection());
        JsonNode run = run(api, "full_sync");
        assertThat(run.path("state").asString()).isEqualTo("skipped");
        assertThat(run.path("skippedReason").asString()).contains("map");
    }

    @Test
    void pollIsNotATacticalRunKind() {
        connect(api, apiKeyConnection());
        ApiClient.Response poll = api.post(BASE + "/runs", Map.of("kind", "poll"));
        assertThat(poll.status()).isEqualTo(422);
    }
}
