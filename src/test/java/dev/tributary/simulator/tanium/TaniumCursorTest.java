package dev.tributary.simulator.tanium;

import static dev.tributary.simulator.tanium.TaniumTestClient.fixture;
import static dev.tributary.simulator.tanium.TaniumTestClient.vars;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tributary.simulator.MutableClock;
import dev.tributary.simulator.tanium.TaniumTestClient.Result;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Cursors: opaque, bound to their collection, 5 minutes idle and 1 hour absolute lifetime. */
class TaniumCursorTest {

    private static final String PAGE = """
            query ($first: Int!, $after: Cursor, $filter: EndpointFieldFilter) {
              endpoints(first: $first, after: $after, filter: $filter) {
                totalRecords
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                edges { cursor node { id } }
              }
            }""";
    private static final Map<String, Object> CONTOSO = Map.of("memberOf", Map.of("id", "30229"));
    private final MutableClock clock = new MutableClock(Instant.parse("2026-08-21T14:00:00Z"));
    private TaniumSimulator simulator;
    private TaniumTestClient client;

    @BeforeEach
    void start() {
        simulator = new TaniumSimulator(0, clock, TaniumSimulatorConfig.defaults()).loadFixtures().start();
        client = new TaniumTestClient(simulator);
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    private JsonNode page(String after, Map<String, Object> filter) {
        Result result = client.graphql(PAGE, vars("first", 1, "after", after, "filter", filter));
        assertThat(result.status()).isEqualTo(200);
        return result.json();
    }

    private static String endCursor(JsonNode page) {
        assertThat(page.has("errors")).as(page.toString()).isFalse();
        return page.at("/data/endpoints/pageInfo/endCursor").asString();
    }

    private static String errorOf(JsonNode page) {
        assertThat(page.at("/data/endpoints").isNull()).isTrue();
        return page.at("/errors/0/message").asString();
    }

    @Test
    void walkingPagesGivesEveryEndpointOnceWithConsistentPageInfo() {
        List<String> ids = new ArrayList<>();
        String after = null;
        boolean previous = false;
        for (int k = 0; k < 10; k++) {
            JsonNode page = page(after, CONTOSO);
            JsonNode connection = page.at("/data/endpoints");
            assertThat(connection.at("/pageInfo/hasPreviousPage").asBoolean()).isEqualTo(previous);
            assertThat(connection.at("/pageInfo/startCursor").asString()).isEqualTo(connection.at("/edges/0/cursor").asString());
            ids.add(connection.at("/edges/0/node/id").asString());
            previous = true;
            after = endCursor(page);
            if (!connection.at("/pageInfo/hasNextPage").asBoolean()) {
                break;
            }
        }
        assertThat(ids).containsExactly("20417", "20418", "20533", "20871", "21005");
    }

    @Test
    void cursorSurvivesWhileRequestsKeepComingAndDiesAfterFiveIdleMinutes() {
        String cursor = endCursor(page(null, CONTOSO));
        clock.advance(Duration.ofMinutes(5));
        cursor = endCursor(page(cursor, CONTOSO));
        clock.advance(Duration.ofMinutes(4).plusSeconds(59));
        cursor = endCursor(page(cursor, CONTOSO));

        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(errorOf(page(cursor, CONTOSO))).contains("invalid cursor").contains("expired");
    }

    @Test
    void anyRequestOnTheCollectionResetsTheIdleTimer() {
        String first = endCursor(page(null, CONTOSO));
        clock.advance(Duration.ofMinutes(4));
        endCursor(page(first, CONTOSO));
        clock.advance(Duration.ofMinutes(4));
        // the page-1 cursor is still usable: the collection saw a request four minutes ago
        assertThat(page(first, CONTOSO).has("errors")).isFalse();
    }

    @Test
    void cursorDiesOneHourAfterTheCollectionWasCreatedEvenWhenBusy() {
        simulator.generateFleet(1, 200, 3L);
        String cursor = endCursor(page(null, null));
        for (int minute = 4; minute < 60; minute += 4) {
            clock.advance(Duration.ofMinutes(4));
            cursor = endCursor(page(cursor, null));
        }
        clock.advance(Duration.ofMinutes(4).plusSeconds(1));
        assertThat(errorOf(page(cursor, null))).contains("expired");
    }

    @Test
    void cursorIsBoundToItsQueryAndFilter() {
        String contosoCursor = endCursor(page(null, CONTOSO));
        assertThat(errorOf(page(contosoCursor, Map.of("memberOf", Map.of("id", "30233"))))).contains("different collection");
        assertThat(errorOf(page(contosoCursor, null))).contains("different collection");

        Result groups = client.graphql(fixture("graphql/computer_groups.graphql"),
                vars("first", 2, "after", contosoCursor, "filter", null));
        assertThat(groups.json().at("/data/computerGroups").isNull()).isTrue();
        assertThat(groups.json().at("/errors/0/message").asString()).contains("invalid cursor");

        assertThat(errorOf(page("Y3Vyc29yLTE", CONTOSO))).contains("invalid cursor");
        assertThat(errorOf(page("not base64 at all!", CONTOSO))).contains("invalid cursor");
        // the original walk still works
        assertThat(page(contosoCursor, CONTOSO).has("errors")).isFalse();
    }

    @Test
    void everyWalkGetsItsOwnCollection() {
        String walk1 = endCursor(page(null, CONTOSO));
        String walk2 = endCursor(page(null, CONTOSO));
        assertThat(walk1).isNotEqualTo(walk2);
        assertThat(simulator.liveCursorCollections()).isEqualTo(2);
    }

    @Test
    void expireAllCursorsSwitch() {
        String cursor = endCursor(page(null, CONTOSO));
        simulator.expireAllCursors();
        assertThat(errorOf(page(cursor, CONTOSO))).isEqualTo("invalid cursor: the endpoints collection for this cursor "
                + "has expired or was invalidated; restart pagination without 'after'");
        assertThat(simulator.liveCursorCollections()).isZero();
    }

    @Test
    void computerGroupCursorsExpireToo() {
        String query = fixture("graphql/computer_groups.graphql");
        Result first = client.graphql(query, vars("first", 3, "after", null, "filter", null));
        String cursor = first.json().at("/data/computerGroups/pageInfo/endCursor").asString();
        Result second = client.graphql(query, vars("first", 3, "after", cursor, "filter", null));
        assertThat(second.json().at("/data/computerGroups/edges/0/node/id").asString()).isEqualTo("7");
        clock.advance(Duration.ofMinutes(6));
        Result late = client.graphql(query, vars("first", 3, "after", cursor, "filter", null));
        assertThat(late.json().at("/errors/0/message").asString()).contains("computerGroups collection").contains("expired");
    }

    @Test
    void backwardPagingWithLastAndBefore() {
        String query = """
                query ($last: Int, $before: Cursor) { endpoints(last: $last, before: $before,
                  filter: {memberOf: {id: "30229"}}) { pageInfo { hasPreviousPage hasNextPage startCursor } edges { node { id } } } }""";
        JsonNode tail = client.graphql(query, vars("last", 2, "before", null)).json();
        assertThat(tail.at("/data/endpoints/edges/0/node/id").asString()).isEqualTo("20871");
        assertThat(tail.at("/data/endpoints/edges/1/node/id").asString()).isEqualTo("21005");
        JsonNode before = client.graphql(query, vars("last", 2, "before", tail.at("/data/endpoints/pageInfo/startCursor")
                .asString())).json();
        assertThat(before.at("/data/endpoints/edges/0/node/id").asString()).isEqualTo("20418");
        assertThat(before.at("/data/endpoints/pageInfo/hasPreviousPage").asBoolean()).isTrue();

        Result noLast = client.graphql("query ($b: Cursor) { endpoints(before: $b) { totalRecords } }",
                vars("b", tail.at("/data/endpoints/pageInfo/startCursor").asString()));
        assertThat(noLast.json().at("/errors/0/message").asString()).contains("\"last\" is required");
    }

    @Test
    void liveSourceReportsCollectionNumbersAndRefreshReplacesTheCollection() {
        String query = fixture("graphql/endpoints_live_ts.graphql");
        Map<String, Object> source = Map.of("ts", Map.of("expectedCount", 1, "stableWaitTime", 10, "maxWaitTime", 30));
        JsonNode live = client.graphql(query, vars("first", 2, "after", null, "filter", null, "source", source,
                "refresh", null)).json();
        JsonNode info = live.at("/data/endpoints/collectionInfo");
        // online = seen within 15 minutes of 14:00: 20417, 20418, 20871
        assertThat(info.get("expectedTotal").asInt()).isEqualTo(3);
        assertThat(info.get("respondedTotal").asInt()).isEqualTo(3);
        assertThat(info.get("contributedTotal").asInt()).isEqualTo(3);
        assertThat(info.get("respondedPercentage").asDouble()).isEqualTo(1.0);
        assertThat(info.get("active").asBoolean()).isFalse();
        assertThat(info.get("success").asBoolean()).isTrue();
        String refresh = info.get("startCursor").asString();
        String oldCursor = live.at("/data/endpoints/pageInfo/endCursor").asString();

        simulator.touchEndpoint("20533");
        JsonNode refreshed = client.graphql(query, vars("first", 2, "after", null, "filter", null, "source", source,
                "refresh", refresh)).json();
        assertThat(refreshed.at("/data/endpoints/totalRecords").asInt()).isEqualTo(4);
        JsonNode stale = client.graphql(query, vars("first", 2, "after", oldCursor, "filter", null, "source", source,
                "refresh", null)).json();
        assertThat(stale.at("/errors/0/message").asString()).contains("invalid cursor");

        Result tooLong = client.graphql(query, vars("first", 2, "after", null, "filter", null,
                "source", Map.of("ts", Map.of("maxWaitTime", 31)), "refresh", null));
        assertThat(tooLong.json().at("/errors/0/message").asString()).contains("maxWaitTime");
    }
}
