package dev.tributary.simulator.tanium;

import static dev.tributary.simulator.tanium.TaniumTestClient.fixture;
import static dev.tributary.simulator.tanium.TaniumTestClient.vars;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tributary.simulator.MutableClock;
import dev.tributary.simulator.tanium.TaniumTestClient.Result;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Transport, validation (400) versus execution (200 + errors) behaviour, arguments and faults. */
class TaniumGatewayProtocolTest {

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
    void responsesCarryGatewayHeaders() {
        Result first = client.graphql(fixture("graphql/connection_probe.graphql"), Map.of());
        Result second = client.graphql(fixture("graphql/connection_probe.graphql"), Map.of());

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("content-type")).isEqualTo("application/json; charset=utf-8");
        assertThat(first.header("tanium-gateway-version")).matches("\\d+\\.\\d+\\.\\d+\\.\\d+");
        assertThat(first.header("x-request-id")).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(second.header("x-request-id")).isNotEqualTo(first.header("x-request-id"));
        assertThat(first.json().at("/data/now").asString()).isEqualTo("2026-08-21T14:00:00Z");
        assertThat(first.json().at("/data/endpoints/totalRecords").asInt()).isEqualTo(9);
        assertThat(first.json().has("errors")).isFalse();
    }

    @Test
    void unknownFieldIsHttp400WithGraphqlJsMessage() {
        Result result = client.graphql("query {\n  endpoints(first: 1) {\n    edges { node { id reportingConsoleURL } }\n  }\n}",
                Map.of());

        assertThat(result.status()).isEqualTo(400);
        JsonNode error = result.json().at("/errors/0");
        assertThat(error.get("message").asString()).isEqualTo("Cannot query field \"reportingConsoleURL\" on type \"Endpoint\".");
        assertThat(error.at("/locations/0/line").asInt()).isEqualTo(3);
        assertThat(error.at("/locations/0/column").asInt()).isEqualTo(23);
        assertThat(result.json().has("data")).isFalse();
    }

    @Test
    void stringCursorVariableIsHttp400() {
        Result result = client.graphql("query ($after: String) { endpoints(first: 1, after: $after) { totalRecords } }",
                vars("after", null));

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.json().at("/errors/0/message").asString())
                .isEqualTo("Variable \"$after\" of type \"String\" used in position expecting type \"Cursor\".");
        assertThat(result.json().at("/errors/0/locations").isArray()).isTrue();
    }

    @Test
    void otherRequestErrorsAreHttp400() {
        assertThat(client.graphql("query { endpoints(first: 1) { totalRecords }", Map.of()).json()
                .at("/errors/0/message").asString()).startsWith("Syntax Error:");
        assertThat(client.graphql("query { endpoints(first: 1) { totalRecords }", Map.of()).status()).isEqualTo(400);
        assertThat(client.graphql("query { endpointIdChanges { before } }", Map.of()).json().at("/errors/0/message")
                .asString()).isEqualTo("Field \"Query.endpointIdChanges\" argument \"after\" of type \"Time!\" is "
                + "required, but it was not provided.");
        Result coercion = client.graphql("query ($first: Int!) { endpoints(first: $first) { totalRecords } }",
                vars("first", "many"));
        assertThat(coercion.status()).isEqualTo(400);
        assertThat(coercion.json().has("data")).isFalse();
        assertThat(client.post(TaniumSimulator.GATEWAY_PATH, "{not json").status()).isEqualTo(400);
        assertThat(client.post(TaniumSimulator.GATEWAY_PATH, "{\"variables\":{}}").json().at("/errors/0/message")
                .asString()).isEqualTo("Must provide query string.");
    }

    @Test
    void otherMethodsAndPathsAre404() {
        assertThat(client.get(TaniumSimulator.GATEWAY_PATH).status()).isEqualTo(404);
        assertThat(client.post("/plugin/products/gateway/graphql/", "{\"query\":\"{ now }\"}").status()).isEqualTo(404);
        assertThat(client.post("/graphql", "{\"query\":\"{ now }\"}").status()).isEqualTo(404);
        assertThat(client.post(TaniumSimulator.ASSETS_PATH, "{}").status()).isEqualTo(404);
        Result put = client.send(HttpRequest.newBuilder(URI.create(simulator.gatewayUrl()))
                .header("session", simulator.token()).PUT(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertThat(put.status()).isEqualTo(404);
    }

    @Test
    void pageSizeAboveMaximumIsExecutionError() {
        String query = "query ($first: Int!) {\n  endpoints(first: $first) {\n    totalRecords\n  }\n}";
        Result tooMany = client.graphql(query, vars("first", 5001));

        assertThat(tooMany.status()).isEqualTo(200);
        assertThat(tooMany.json().at("/data/endpoints").isNull()).isTrue();
        assertThat(tooMany.json().at("/errors/0/message").asString()).contains("5001").contains("5000");
        assertThat(tooMany.json().at("/errors/0/path/0").asString()).isEqualTo("endpoints");
        assertThat(tooMany.json().at("/errors/0/locations/0/line").asInt()).isEqualTo(2);

        assertThat(client.graphql(query, vars("first", 5000)).json().at("/data/endpoints/totalRecords").asInt()).isEqualTo(9);
        assertThat(client.graphql(query, vars("first", -1)).json().at("/data/endpoints").isNull()).isTrue();
        Result groups = client.graphql(fixture("graphql/computer_groups.graphql"), vars("first", 6000));
        assertThat(groups.json().at("/data/computerGroups").isNull()).isTrue();
        assertThat(groups.json().at("/errors/0/message").asString()).contains("5000");
    }

    @Test
    void defaultPageSizeIs20() {
        simulator.generateFleet(2, 50, 7L);
        Result result = client.graphql("{ endpoints { totalRecords pageInfo { hasNextPage } edges { node { id } } } }", Map.of());
        assertThat(result.json().at("/data/endpoints/edges").size()).isEqualTo(20);
        assertThat(result.json().at("/data/endpoints/totalRecords").asInt()).isEqualTo(59);
        assertThat(result.json().at("/data/endpoints/pageInfo/hasNextPage").asBoolean()).isTrue();
    }

    @Test
    void executionErrorLeavesOtherFieldsIntact() {
        simulator.denyPermission("endpoints");
        Result result = client.graphql(fixture("graphql/connection_probe.graphql"), Map.of());

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.json().at("/data/now").asString()).isEqualTo("2026-08-21T14:00:00Z");
        assertThat(result.json().at("/data/endpoints").isNull()).isTrue();
        assertThat(result.json().at("/errors/0/message").asString()).contains("missing required permissions");

        simulator.denyPermission();
        assertThat(client.graphql(fixture("graphql/connection_probe.graphql"), Map.of()).json().has("errors")).isFalse();
    }

    @Test
    void unknownSensorFailsTheWholeQueryAndKnownSensorsAnswer() {
        String query = fixture("graphql/endpoints_sensor_readings.graphql");
        Result unknown = client.graphql(query, vars("first", 5, "after", null, "filter", null,
                "sensors", List.of(Map.of("name", "Ransomware Canary Status"))));
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(unknown.json().at("/data/endpoints").isNull()).isTrue();
        assertThat(unknown.json().at("/errors/0/message").asString()).contains("must refer to an existing sensor");

        Result known = client.graphql(query, vars("first", 1, "after", null,
                "filter", Map.of("path", "name", "value", "CON-SQL-01.contoso.local"),
                "sensors", List.of(Map.of("name", "Last Reboot"), Map.of("name", "Computer Name"))));
        JsonNode columns = known.json().at("/data/endpoints/edges/0/node/sensorReadings/columns");
        assertThat(columns.size()).isEqualTo(2);
        assertThat(columns.get(0).at("/sensor/name").asString()).isEqualTo("Last Reboot");
        assertThat(columns.get(0).at("/values/0").asString()).matches("\\w{3}, \\d{2} \\w{3} \\d{4} .*");
        assertThat(columns.get(1).at("/values/0").asString()).isEqualTo("CON-SQL-01.contoso.local");
    }

    @Test
    void installedApplicationsKeepSensorErrorsAndHonourTheirFilter() {
        String query = fixture("graphql/endpoints_installed_applications.graphql");
        Result all = client.graphql(query, vars("first", 1, "after", null, "filter", Map.of("path", "id", "value", "20417")));
        List<String> names = new ArrayList<>();
        all.json().at("/data/endpoints/edges/0/node/installedApplications").forEach(a -> names.add(a.get("name").asString()));
        assertThat(names).contains("Google Chrome", "TSE-Error: Failed to send to sensor child process: timed out");

        Result filtered = client.graphql("""
                { endpoints(filter: {path: "id", value: "20417"}) { edges { node {
                    installedApplications(filter: {path: "name", op: CONTAINS, value: "Chrome"}) { name version } } } } }""",
                Map.of());
        assertThat(filtered.json().at("/data/endpoints/edges/0/node/installedApplications").size()).isEqualTo(1);
        assertThat(filtered.json().at("/data/endpoints/edges/0/node/installedApplications/0/name").asString())
                .isEqualTo("Google Chrome");
    }

    @Test
    void computerGroupByRefPrefersId() {
        String query = fixture("graphql/computer_group_by_ref.graphql");
        assertThat(client.graphql(query, vars("ref", Map.of("id", "30229"))).json().at("/data/computerGroup/name")
                .asString()).isEqualTo("Contoso Ltd");
        assertThat(client.graphql(query, vars("ref", Map.of("name", "Fabrikam Inc"))).json().at("/data/computerGroup/id")
                .asString()).isEqualTo("30233");
        assertThat(client.graphql(query, vars("ref", Map.of("id", "30233", "name", "Contoso Ltd"))).json()
                .at("/data/computerGroup/name").asString()).isEqualTo("Fabrikam Inc");
        assertThat(client.graphql(query, vars("ref", Map.of("id", "99999"))).json().at("/data/computerGroup").isNull())
                .isTrue();
    }

    @Test
    void endpointIdChangesReportsReKeyedEndpoints() {
        String query = fixture("graphql/endpoint_id_changes.graphql");
        clock.advance(Duration.ofMinutes(1));
        simulator.changeEndpointId("21005", "21999");
        clock.advance(Duration.ofMinutes(1));

        JsonNode payload = client.graphql(query, vars("after", "2026-08-21T14:00:00Z")).json().at("/data/endpointIdChanges");
        assertThat(payload.get("before").asString()).isEqualTo("2026-08-21T14:02:00Z");
        assertThat(payload.at("/changes/0/oldId").asString()).isEqualTo("21005");
        assertThat(payload.at("/changes/0/newId").asString()).isEqualTo("21999");
        assertThat(client.graphql(query, vars("after", "2026-08-21T14:01:30Z")).json().at("/data/endpointIdChanges/changes")
                .size()).isZero();
        Result badTime = client.graphql(query, vars("after", "yesterday"));
        assertThat(badTime.status()).isEqualTo(200);
        assertThat(badTime.json().at("/data").isNull()).isTrue();
        assertThat(badTime.json().at("/errors/0/message").asString()).contains("RFC 3339");

        Result member = client.graphql("{ endpoints(filter: {memberOf: {id: \"30412\"}}) { edges { node { id } } } }", Map.of());
        assertThat(member.json().at("/data/endpoints/edges/0/node/id").asString()).isEqualTo("21999");
    }

    @Test
    void connectionAndEdgeInterfacesResolve() {
        Result result = client.graphql("""
                { endpoints(first: 1) { ...conn }  computerGroups(first: 1) { ...conn } }
                fragment conn on Connection { pageInfo { hasNextPage } edges { cursor ... on EndpointEdge { node { id } }
                  ... on ComputerGroupEdge { node { name } } } }""", Map.of());
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.json().at("/data/endpoints/edges/0/node/id").asString()).isEqualTo("20417");
        assertThat(result.json().at("/data/computerGroups/edges/0/node/name").asString()).isEqualTo("All Computers");
    }

    @Test
    void faultSwitches() {
        String probe = fixture("graphql/connection_probe.graphql");
        simulator.fault(TaniumSimulator.Fault.BAD_GATEWAY);
        assertThat(client.graphql(probe, Map.of()).status()).isEqualTo(502);
        assertThat(client.graphql(probe, Map.of()).status()).isEqualTo(502);
        assertThat(client.get(TaniumSimulator.ASSETS_PATH).status()).isEqualTo(502);

        simulator.fault(TaniumSimulator.Fault.INIT_FAILED);
        Result init = client.graphql(probe, Map.of());
        assertThat(init.status()).isEqualTo(500);
        assertThat(init.body()).contains("Failed to initialize request");

        simulator.fault(TaniumSimulator.Fault.THROTTLED, 2).retryAfter(Duration.ofSeconds(7));
        Result throttled = client.graphql(probe, Map.of());
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.header("retry-after")).isEqualTo("7");
        assertThat(client.graphql(probe, Map.of()).status()).isEqualTo(429);
        assertThat(client.graphql(probe, Map.of()).status()).isEqualTo(200);

        simulator.fault(TaniumSimulator.Fault.NONE).latency(Duration.ofMillis(300));
        long started = System.nanoTime();
        assertThat(client.graphql(probe, Map.of()).status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void requestsAreRecorded() {
        simulator.clearRequests();
        client.graphql(fixture("graphql/connection_probe.graphql"), Map.of());
        // the base server records a request just after the response has been sent
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (simulator.requestCount() == 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(simulator.requestCount()).isEqualTo(1);
        assertThat(simulator.requests().get(0).header("session")).isEqualTo(simulator.token());
        assertThat(simulator.requests().get(0).body()).contains("TaniumConnectionProbe");
        assertThat(simulator.requests().get(0).status()).isEqualTo(200);
    }
}
