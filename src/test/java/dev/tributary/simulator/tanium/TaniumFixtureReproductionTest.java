package dev.tributary.simulator.tanium;

import static dev.tributary.simulator.tanium.TaniumTestClient.fixture;
import static dev.tributary.simulator.tanium.TaniumTestClient.fixtureJson;
import static dev.tributary.simulator.tanium.TaniumTestClient.vars;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tributary.simulator.MutableClock;
import dev.tributary.simulator.tanium.TaniumTestClient.Result;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fixture world answers the recommended query documents with exactly the reference fixtures
 * (cursor values aside: they are opaque, so only their presence is compared).
 */
class TaniumFixtureReproductionTest {

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

    @Test
    void computerGroupsDocumentReproducesComputerGroupsFixture() {
        Result result = client.graphql(fixture("graphql/computer_groups.graphql"),
                vars("first", 500, "after", null, "filter", null));

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.header("content-type")).isEqualTo("application/json; charset=utf-8");
        assertSameIgnoringCursors(result.json(), fixtureJson("computer_groups.json"));
    }

    @Test
    void inventoryDocumentReproducesBothEndpointPages() {
        String query = fixture("graphql/endpoints_inventory.graphql");
        Map<String, Object> filter = Map.of("memberOf", Map.of("id", "30229"));

        Result page1 = client.graphql(query, vars("first", 3, "after", null, "filter", filter));
        assertThat(page1.status()).isEqualTo(200);
        assertSameIgnoringCursors(page1.json(), fixtureJson("endpoints_page1.json"));

        String endCursor = page1.json().at("/data/endpoints/pageInfo/endCursor").asString();
        assertThat(endCursor).isEqualTo(page1.json().at("/data/endpoints/edges/2/cursor").asString());
        Result page2 = client.graphql(query, vars("first", 3, "after", endCursor, "filter", filter));
        assertThat(page2.status()).isEqualTo(200);
        assertSameIgnoringCursors(page2.json(), fixtureJson("endpoints_page2.json"));
        assertThat(page2.json().at("/data/endpoints/pageInfo/endCursor").asString())
                .isEqualTo(page2.json().at("/data/endpoints/edges/1/cursor").asString());
    }

    @Test
    void missingPermissionReproducesAuthErrorFixture() {
        simulator.denyPermission("endpoints");

        Result result = client.graphql("query {\n  endpoints(first: 1) {\n    totalRecords\n  }\n}", Map.of());

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.json()).isEqualTo(fixtureJson("graphql_error_auth.json"));
    }

    @Test
    void idleCursorReproducesCursorExpiredFixture() {
        String query = "query Page($after: Cursor) {\n  endpoints(first: 2, after: $after) {\n"
                + "    pageInfo { hasNextPage endCursor }\n    edges { node { id } }\n  }\n}";
        Result page1 = client.graphql(query, vars("after", null));
        String endCursor = page1.json().at("/data/endpoints/pageInfo/endCursor").asString();

        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        Result page2 = client.graphql(query, vars("after", endCursor));

        assertThat(page2.status()).isEqualTo(200);
        assertThat(page2.json()).isEqualTo(fixtureJson("graphql_error_cursor_expired.json"));
    }

    @Test
    void unknownFieldReproducesValidationFixture() {
        String query = """
                query TaniumEndpoints($first: Int!, $after: Cursor, $filter: EndpointFieldFilter) {
                  endpoints(first: $first, after: $after, filter: $filter) {
                    totalRecords
                    pageInfo {
                      hasNextPage
                      endCursor
                    }
                    edges {
                      cursor
                      node {
                        id
                        name
                        computerID
                        systemUUID
                        domainName
                        serialNumber
                        manufacturer
                        reportingConsoleURL
                      }
                    }
                  }
                }
                """;
        Result result = client.graphql(query, vars("first", 3, "after", null, "filter", null));

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.json()).isEqualTo(fixtureJson("graphql_error_validation.json"));
    }

    @Test
    void missingTokenReproducesUnauthorizedFixture() {
        Result result = client.token(null).graphql("{ now }", Map.of());

        assertThat(result.status()).isEqualTo(401);
        assertThat(result.json()).isEqualTo(fixtureJson("http_401_unauthorized.json"));
    }

    @Test
    void assetApiReproducesBothAssetFixtures() {
        Result page = client.get(TaniumSimulator.ASSETS_PATH + "?minimumAssetId=1043&limit=3");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json()).isEqualTo(fixtureJson("asset_api_page.json"));

        Result last = client.get(TaniumSimulator.ASSETS_PATH + "?minimumAssetId=1046&limit=3");
        assertThat(last.status()).isEqualTo(200);
        assertThat(last.json()).isEqualTo(fixtureJson("asset_api_page_last.json"));
    }

    /** Equal JSON, except that every non-null cursor value only has to be a non-empty string. */
    static void assertSameIgnoringCursors(JsonNode actual, JsonNode expected) {
        JsonNode a = maskCursors(actual.deepCopy());
        JsonNode e = maskCursors(expected.deepCopy());
        assertThat(a.toPrettyString()).isEqualTo(e.toPrettyString());
        assertThat(a).isEqualTo(e);
    }

    private static JsonNode maskCursors(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (String name : object.propertyNames()) {
                JsonNode child = object.get(name);
                if ((name.equals("cursor") || name.equals("endCursor") || name.equals("startCursor"))
                        && child.isString() && !child.asString().isEmpty()) {
                    object.put(name, "<cursor>");
                } else {
                    maskCursors(child);
                }
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                maskCursors(child);
            }
        }
        return node;
    }
}
