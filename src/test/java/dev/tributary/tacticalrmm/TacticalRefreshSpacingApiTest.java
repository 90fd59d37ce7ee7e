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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * An alert storm on one agent, through the REST API with the refresh pacing shortened (the production spacing is 30 s):
 * the agent is read once for the first burst, alerts inside the spacing cause no read of their own, and one trailing
 * read after the spacing brings the asset to the agent's latest state.
 */
@TestPropertySource(properties = {"tributary.tacticalrmm.refresh.delay=300ms", "tributary.tacticalrmm.refresh.spacing=4s"})
class TacticalRefreshSpacingApiTest extends TacticalApiTestSupport {

    private static final Duration SPACING = Duration.ofSeconds(4);

    @Autowired
    AgentRefresher refresher;

    @Test
    void aStormOnOneAgentIsOneReadPerSpacingEndingOnTheLatestState() {
        ApiClient api = newTenant(unique("Storm MSP"));
        fixtureWorld();
        connect(api, apiKeyConnection());
        mapClients(api, Map.of("1", "Acme", "2", "Globex"));
        succeeded(api, "full_sync");
        JsonNode webhook = api.get(BASE + "/webhook").json();
        String url = webhook.path("url").asString();
        String headers = "{\"Content-Type\": \"application/json\", \"X-Alga-Webhook-Secret\": \"" + webhook.path("secret").asString() + "\"}";
        String detail = "/agents/" + TacticalSyncApiTest.WEB01 + "/";
        simulator.clearRequests();

        fire(url, headers);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20)).until(() -> reads(detail).size() == 1);

        // Inside the spacing: the agent changes and keeps alerting, but no read of its own follows each alert.
        simulator.updateAgent(13, a -> a.hostname("globex-web01-storm"));
        for (int i = 0; i < 5; i++) {
            fire(url, headers);
        }
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20)).until(() -> reads(detail).size() == 2);
        List<RecordedRequest> reads = reads(detail);
        assertThat(Duration.between(reads.get(0).at(), reads.get(1).at())).as("the trailing read waits out the spacing")
                .isGreaterThanOrEqualTo(SPACING.minusMillis(500));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20))
                .until(() -> assets(api).get(TacticalSyncApiTest.WEB01).path("name").asString().equals("globex-web01-storm"));
        await().atMost(Duration.ofSeconds(20)).until(refresher::idle);
        assertThat(reads(detail)).as("six alerts, two reads").hasSize(2);
    }

    private static void fire(String url, String headers) {
        TacticalAlert raised = simulator.raiseAvailabilityAlert(13);
        assertThat(simulator.fireAlertWebhook(url, TacticalWebhooks.DEFAULT_REST_BODY, headers, "post", raised.id()).status())
                .isEqualTo(202);
    }

    private static List<RecordedRequest> reads(String path) {
        return simulator.requests(r -> r.path().equals(path));
    }
}
