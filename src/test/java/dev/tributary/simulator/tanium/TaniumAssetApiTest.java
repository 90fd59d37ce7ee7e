package dev.tributary.simulator.tanium;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tributary.simulator.MutableClock;
import dev.tributary.simulator.tanium.TaniumTestClient.Result;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code GET /plugin/products/asset/v1/assets}: paging, the 5,000 cap, auth, aged-out endpoints. */
class TaniumAssetApiTest {

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

    private JsonNode assets(String query) {
        Result result = client.get(TaniumSimulator.ASSETS_PATH + query);
        assertThat(result.status()).as(result.body()).isEqualTo(200);
        assertThat(result.header("content-type")).isEqualTo("application/json; charset=utf-8");
        return result.json();
    }

    /** Pages the way clients should: follow nextAssetId, stop on endOfReader or an empty page. */
    private List<JsonNode> walk(int limit) {
        List<JsonNode> rows = new ArrayList<>();
        long next = 0;
        for (int calls = 0; calls < 10_000; calls++) {
            JsonNode page = assets("?minimumAssetId=" + next + "&limit=" + limit);
            page.get("data").forEach(rows::add);
            if (page.get("data").isEmpty()) {
                assertThat(page.at("/meta").has("nextAssetId")).isFalse();
                break;
            }
            assertThat(page.at("/meta/nextAssetId").asLong()).isGreaterThan(page.at("/data").get(page.get("data").size() - 1)
                    .get("id").asLong());
            next = page.at("/meta/nextAssetId").asLong();
            if (page.at("/meta/endOfReader").asBoolean()) {
                break;
            }
        }
        return rows;
    }

    @Test
    void defaultPageHoldsTheWholeFixtureWorld() {
        JsonNode page = assets("");
        assertThat(page.get("data").size()).isEqualTo(12);
        assertThat(page.at("/meta/nextAssetId").asLong()).isEqualTo(1046);
        assertThat(page.at("/meta/endOfReader").asBoolean()).isTrue();
        assertThat(page.has("response")).isFalse();
    }

    @Test
    void pagingFollowsNextAssetIdInAscendingIdOrder() {
        List<JsonNode> rows = walk(5);
        List<Long> ids = rows.stream().map(r -> r.get("id").asLong()).toList();
        assertThat(ids).hasSize(12).isSorted().doesNotHaveDuplicates();
        assertThat(ids).startsWith(1030L).endsWith(1045L);
    }

    @Test
    void fullLastPageSaysNotEndOfReaderUnlessLookaheadIsOn() {
        JsonNode full = assets("?minimumAssetId=1042&limit=4");
        assertThat(full.get("data").size()).isEqualTo(4);
        assertThat(full.at("/meta/endOfReader").asBoolean()).isFalse();
        JsonNode empty = assets("?minimumAssetId=" + full.at("/meta/nextAssetId").asLong() + "&limit=4");
        assertThat(empty.get("data").isEmpty()).isTrue();
        assertThat(empty.at("/meta/endOfReader").asBoolean()).isTrue();

        simulator.assetEndOfReaderLookahead(true);
        assertThat(assets("?minimumAssetId=1042&limit=4").at("/meta/endOfReader").asBoolean()).isTrue();
        assertThat(assets("?minimumAssetId=1041&limit=4").at("/meta/endOfReader").asBoolean()).isFalse();
    }

    @Test
    void limitIsCappedAt5000AndDefaultsTo100() {
        simulator.generateFleet(3, 6000, 11L);
        assertThat(simulator.assetCount()).isEqualTo(12 + 6000 + 120);
        JsonNode capped = assets("?minimumAssetId=0&limit=10000");
        assertThat(capped.get("data").size()).isEqualTo(5000);
        assertThat(capped.at("/meta/endOfReader").asBoolean()).isFalse();
        assertThat(assets("?minimumAssetId=0").get("data").size()).isEqualTo(100);
        assertThat(walk(5000)).hasSize(12 + 6000 + 120);
        assertThat(client.get(TaniumSimulator.ASSETS_PATH + "?limit=lots").status()).isEqualTo(400);
        assertThat(client.get(TaniumSimulator.ASSETS_PATH + "?limit=0").status()).isEqualTo(400);
    }

    @Test
    void requiresTheSessionToken() {
        assertThat(client.token(null).get(TaniumSimulator.ASSETS_PATH + "?minimumAssetId=0&limit=3").status()).isEqualTo(401);
        assertThat(client.token("token-stale").get(TaniumSimulator.ASSETS_PATH).status()).isEqualTo(401);
    }

    @Test
    void agedOutEndpointsStayInTheAssetApiAndCorrelateByComputerIdNotById() {
        simulator.removeFromGateway("20871");
        Result gateway = client.graphql("{ endpoints(first: 50) { edges { node { id name computerID serialNumber } } } }",
                Map.of());
        Map<String, JsonNode> gatewayByComputerId = new HashMap<>();
        Set<String> gatewayIds = new HashSet<>();
        gateway.json().at("/data/endpoints/edges").forEach(e -> {
            gatewayByComputerId.put(e.at("/node/computerID").asString(), e.get("node"));
            gatewayIds.add(e.at("/node/id").asString());
        });
        assertThat(gatewayIds).hasSize(8).doesNotContain("20871");
        assertThat(simulator.isInGateway("20871")).isFalse();

        List<JsonNode> rows = walk(100);
        Map<String, JsonNode> byName = new HashMap<>();
        rows.forEach(r -> byName.put(r.get("computer_name").asString(), r));
        assertThat(byName).containsKeys("con-web-02", "con-batch-01", "CON-LT-0099.contoso.local", "CON-PRN-3F-01");
        assertThat(byName.get("con-web-02").get("computer_id").asString()).isEqualTo("905532118");
        assertThat(gatewayByComputerId).doesNotContainKey("905532118");
        assertThat(byName.get("CON-PRN-3F-01").get("provider_type").asString()).isEqualTo("Asset: Import API");

        // the ids are different spaces: correlate through computer_id / serial_number / name
        for (JsonNode row : rows) {
            assertThat(gatewayIds).doesNotContain(row.get("id").asString());
            JsonNode match = gatewayByComputerId.get(row.path("computer_id").asString(""));
            if (match != null) {
                assertThat(row.get("serial_number").asString()).isEqualTo(match.get("serialNumber").asString());
                assertThat(row.get("computer_name").asString()).isEqualTo(match.get("name").asString());
            }
        }
        assertThat(rows.stream().filter(r -> gatewayByComputerId.containsKey(r.path("computer_id").asString(""))).count())
                .isEqualTo(8);
    }

    @Test
    void rowsCarrySnakeCaseInventoryInBytes() {
        JsonNode row = assets("?minimumAssetId=1038&limit=1").at("/data/0");
        assertThat(row.get("id").asLong()).isEqualTo(1038);
        assertThat(row.get("computer_id").asString()).isEqualTo("3195830784");
        assertThat(row.get("computer_name").asString()).isEqualTo("CON-LT-0142.contoso.local");
        assertThat(row.get("system_uuid").asString()).isEqualTo("4C4C4544-0051-3510-8048-B4C04F4E3132");
        assertThat(row.get("serial_number").asString()).isEqualTo("5Q1BPQ3");
        assertThat(row.get("os_platform").asString()).isEqualTo("Windows");
        assertThat(row.get("operating_system").asString()).isEqualTo("Windows 11 Enterprise");
        assertThat(row.get("ram").asLong()).isEqualTo(32768L * 1024 * 1024);
        assertThat(row.get("last_seen_at").asString()).isEqualTo("2026-08-21T13:47:55.000Z");
        assertThat(row.get("provider_type").asString()).isEqualTo("Tanium Client");
        assertThat(row.at("/ci_logical_disk/0/size").asLong()).isEqualTo(476L * 1024 * 1024 * 1024);
        assertThat(row.at("/ci_network_adapter/0/mac_address").asString()).isEqualTo("F4:6B:8C:21:9A:0E");
        assertThat(row.get("ci_installed_application").size()).isEqualTo(3);

        simulator.touchEndpoint("20417", Instant.parse("2026-08-21T13:59:30Z"));
        assertThat(assets("?minimumAssetId=1038&limit=1").at("/data/0/last_seen_at").asString())
                .isEqualTo("2026-08-21T13:59:30.000Z");
    }

    @Test
    void explicitlyAddedAndAgedOutEndpoints() {
        TaniumEndpoint gone = TaniumEndpoint.builder("29999", "CON-OLD-01.contoso.local")
                .computerID("1234").domainName("contoso.local").serialNumber("OLD123").manufacturer("Dell Inc.")
                .model("OptiPlex 3020").chassisType("Desktop").isVirtual(false)
                .eidFirstSeen(Instant.parse("2019-01-01T00:00:00Z")).eidLastSeen(Instant.parse("2026-05-01T00:00:00Z"))
                .ipAddress("10.20.9.9").build();
        long assetId = simulator.addAgedOutEndpoint(gone);
        assertThat(assetId).isEqualTo(1046);
        assertThat(simulator.isInGateway("29999")).isFalse();
        assertThat(assets("?minimumAssetId=1046").at("/data/0/computer_name").asString()).isEqualTo("CON-OLD-01.contoso.local");
        Result gateway = client.graphql("{ endpoints(filter: {path: \"id\", value: \"29999\"}) { totalRecords } }", Map.of());
        assertThat(gateway.json().at("/data/endpoints/totalRecords").asInt()).isZero();

        // an explicitly added live endpoint appears on both sides, in a group, with schema-safe defaults
        simulator.addComputerGroup(TaniumComputerGroup.manual("50001", "Test Group"));
        long liveAsset = simulator.addEndpoint(gone.toBuilder().id("29998").name("CON-NEW-01.contoso.local").build(), "50001");
        assertThat(liveAsset).isEqualTo(1047);
        Result members = client.graphql("{ endpoints(filter: {memberOf: {name: \"Test Group\"}}) { edges { node { id "
                + "primaryUser { name } os { platform windows { type } } memory { total } disks { name } } } } }", Map.of());
        assertThat(members.status()).isEqualTo(200);
        assertThat(members.json().has("errors")).as(members.body()).isFalse();
        assertThat(members.json().at("/data/endpoints/edges/0/node/id").asString()).isEqualTo("29998");
        assertThat(members.json().at("/data/endpoints/edges/0/node/os/platform").asString()).isEqualTo("Unknown");
        assertThat(assets("?minimumAssetId=1047").at("/data/0/computer_name").asString()).isEqualTo("CON-NEW-01.contoso.local");
    }
}
