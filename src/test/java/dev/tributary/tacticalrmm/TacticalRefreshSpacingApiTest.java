package dev.tributary.tacticalrmm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tributary.simulator.RecordedRequest;
import dev.tributary.simulator.tactical.TacticalAlert;
import dev.tributary.simulator.tactical.TacticalWebhooks;
import dev.tributary.tacticalrmm.sync.AgentRefresher;
import dev.tributary.testsupport.ApiClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Alert storms through the REST API, with the refresh pacing shortened (in production: 30 s spacing, 10 reads/s).
 * On one agent: it is read once for the first burst, alerts inside the spacing cause no read of their own, and one
 * trailing read after the spacing brings the asset to the agent's latest state. Over several agents: the reads are
 * spread out to the integration's read rate.
 */
@TestPropertySource(properties = {"tributary.tacticalrmm.refresh.delay=300ms", "tributary.tacticalrmm.refresh.spacing=4s",
        "tributary.tacticalrmm.refresh.reads-per-second=2"})
class TacticalRefreshSpacingApiTest extends TacticalApiTestSupport {

    private static final Duration SPACING = Duration.ofSeconds(4);

    @Autowired
    AgentRefresher refresher;

    ApiClient api;
    String url;
    String headers;

    @BeforeEach
    void connectedAndSynced() {
        await().atMost(Duration.ofSeconds(30)).until(refresher::idle);
        api = newTenant(unique("Storm MSP"));
        fixtureWorld();
        connectMapAndSyncFixtureClients(api);
        JsonNode webhook = api.get(BASE + "/webhook").json();
        url = webhook.path("url").asString();
        headers = webhookHeaders(webhook.path("secret").asString(), true);
        simulator.clearRequests();
    }

    @Test
    void aStormOnOneAgentIsOneReadPerSpacingEndingOnTheLatestState() {
        String detail = "/agents/" + TacticalSyncApiTest.WEB01 + "/";
        fire(13);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20)).until(() -> reads(detail).size() == 1);

        // Inside the spacing: the agent changes and keeps alerting, but no read of its own follows each alert.
        simulator.updateAgent(13, a -> a.hostname("globex-web01-storm"));
        for (int i = 0; i < 5; i++) {
            fire(13);
        }
        // Another agent meanwhile is read after the short delay, not held back to the trailing read.
        fire(11);
        String other = "/agents/" + TacticalSyncApiTest.DC01 + "/";
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20)).until(() -> reads(other).size() == 1);
        assertThat(reads(detail)).as("agent 13 still waits out its spacing").hasSize(1);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20)).until(() -> reads(detail).size() == 2);
        List<RecordedRequest> reads = reads(detail);
        assertThat(Duration.between(reads.get(0).at(), reads.get(1).at())).as("the trailing read waits out the spacing")
                .isGreaterThanOrEqualTo(SPACING.minusMillis(500));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20))
                .until(() -> assets(api).get(TacticalSyncApiTest.WEB01).path("name").asString().equals("globex-web01-storm"));
        await().atMost(Duration.ofSeconds(20)).until(refresher::idle);
        assertThat(reads(detail)).as("six alerts, two reads").hasSize(2);
        assertThat(reads(other)).hasSize(1);
    }

    @Test
    void theReadsOfABurstOverSeveralAgentsAreSpreadToTheReadRate() {
        for (int pk : new int[] {11, 12, 13}) {
            fire(pk);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> simulator.requests(r -> r.path().startsWith("/agents/")).size() == 3);
        await().atMost(Duration.ofSeconds(20)).until(refresher::idle);
        List<RecordedRequest> reads = simulator.requests(r -> r.path().startsWith("/agents/") || r.path().startsWith("/clients/sites/"));
        assertThat(reads).as("three agents and their sites").hasSizeGreaterThanOrEqualTo(4);
        // Two reads at once, then one every half second: the last read comes at least (n - 2) / 2 s after the first.
        Duration span = Duration.between(reads.get(0).at(), reads.get(reads.size() - 1).at());
        assertThat(span).isGreaterThanOrEqualTo(Duration.ofMillis((reads.size() - 2) * 500L - 200));
    }

    private void fire(int agentPk) {
        TacticalAlert raised = simulator.raiseAvailabilityAlert(agentPk);
        assertThat(simulator.fireAlertWebhook(url, TacticalWebhooks.DEFAULT_REST_BODY, headers, "post", raised.id()).status())
                .isEqualTo(202);
    }

    private List<RecordedRequest> reads(String path) {
        return simulator.requests(r -> r.path().equals(path));
    }
}
