package dev.tributary.simulator.tanium;

import static dev.tributary.simulator.tanium.TaniumTestClient.fixture;
import static dev.tributary.simulator.tanium.TaniumTestClient.vars;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tributary.simulator.MutableClock;
import dev.tributary.simulator.tanium.TaniumTestClient.Result;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The lazily generated fleet: determinism, variety and quirks, membership, mutators, and scale. */
class TaniumFleetTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-08-21T14:00:00Z"));
    private TaniumSimulator simulator;
    private TaniumTestClient client;

    @BeforeEach
    void start() {
        simulator = new TaniumSimulator(0, clock, TaniumSimulatorConfig.defaults()).start();
        client = new TaniumTestClient(simulator);
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    private static String id(int i) {
        return String.valueOf(1_000_000 + i);
    }

    @Test
    void sameSeedSameFleetOtherSeedOtherFleet() {
        simulator.generateFleet(20, 1000, 42L);
        try (TaniumSimulator twin = new TaniumSimulator(0, clock, TaniumSimulatorConfig.defaults())) {
            twin.generateFleet(20, 1000, 42L);
            for (int i = 0; i < 1000; i += 37) {
                assertThat(twin.endpoint(id(i))).isEqualTo(simulator.endpoint(id(i)));
            }
            twin.generateFleet(20, 1000, 43L);
            assertThat(twin.endpoint(id(5)).orElseThrow().serialNumber())
                    .isNotEqualTo(simulator.endpoint(id(5)).orElseThrow().serialNumber());
        }
        assertThat(simulator.endpoint(id(1000 + 19))).isPresent();   // aged out, Asset API only
        assertThat(simulator.isInGateway(id(1000 + 19))).isFalse();
        assertThat(simulator.endpoint(id(1000 + 20))).isEmpty();
    }

    @Test
    void fleetHasTheVarietyAndQuirksOfARealTenant() {
        simulator.generateFleet(5, 2000, 1L);
        Set<String> platforms = new HashSet<>();
        Set<String> chassis = new HashSet<>();
        Set<String> primaryUsers = new HashSet<>();
        Set<String> memoryUnits = new HashSet<>();
        boolean studios = false, encryptedNull = false, disksNull = false, noResults = false, tseError = false;
        int online = 0, stale = 0;
        for (int i = 0; i < 2000; i++) {
            TaniumEndpoint e = simulator.endpoint(id(i)).orElseThrow();
            platforms.add(e.os().platform());
            chassis.add(e.chassisType());
            primaryUsers.add(e.primaryUser().name());
            memoryUnits.add(e.memory().total().replaceAll("[0-9.]", ""));
            studios |= e.name().contains("STUDIOS-PC");
            encryptedNull |= e.isEncrypted() == null;
            disksNull |= e.disks() == null;
            noResults |= e.lastLoggedInUser().equals("[no results]");
            tseError |= e.installedApplications().stream().anyMatch(a -> a.name().startsWith("TSE-Error:"));
            assertThat(e.namespace()).isEmpty();
            assertThat(e.id()).isEqualTo(id(i));
            assertThat(e.os().windows() == null).isEqualTo(!e.os().platform().equals("Windows"));
            if (e.os().platform().equals("Mac")) {
                assertThat(e.domainName()).isEqualTo("No Domain");
                assertThat(e.macAddresses().get(0)).isEqualTo(e.macAddresses().get(0).toLowerCase(Locale.ROOT));
            }
            if (e.os().platform().equals("Windows")) {
                assertThat(e.macAddresses().get(0)).isEqualTo(e.macAddresses().get(0).toUpperCase(Locale.ROOT));
            }
            Duration age = Duration.between(e.eidLastSeen(), clock.instant());
            assertThat(age).isBetween(Duration.ZERO, Duration.ofDays(30));
            online += age.compareTo(Duration.ofMinutes(15)) <= 0 ? 1 : 0;
            stale += age.compareTo(Duration.ofDays(7)) > 0 ? 1 : 0;
        }
        assertThat(platforms).contains("Windows", "Mac", "Linux", "Unknown");
        assertThat(chassis).contains("Laptop", "Desktop", "Virtual", "Server", "Network Device", "Mobile Device");
        assertThat(primaryUsers).contains("Error: No inventory has been collected", "N/A on Linux", "");
        assertThat(memoryUnits).contains(" MB", " GB", "G");
        assertThat(studios && encryptedNull && disksNull && noResults && tseError).isTrue();
        assertThat(online).isBetween(900, 1500);
        assertThat(stale).isBetween(100, 500);
    }

    @Test
    void groupsOverlapSlightlyAndCoverTheFleetOnce() {
        simulator.generateFleet(4, 4000, 9L);
        Result groups = client.graphql(fixture("graphql/computer_groups.graphql"), vars("first", 500, "after", null, "filter", null));
        JsonNode edges = groups.json().at("/data/computerGroups/edges");
        assertThat(edges.size()).isEqualTo(4);
        int sum = 0;
        BitSet union = new BitSet();
        for (JsonNode edge : edges) {
            List<String> ids = walk(Map.of("memberOf", Map.of("id", edge.at("/node/id").asString())), 1000, null);
            sum += ids.size();
            ids.forEach(id -> union.set(Integer.parseInt(id) - 1_000_000));
            assertThat(simulator.endpointIdsInGroup(edge.at("/node/id").asString())).containsExactlyElementsOf(ids);
        }
        assertThat(union.cardinality()).isEqualTo(4000);
        assertThat(sum).isBetween(4050, 4200);
    }

    @Test
    void mutatorsWorkOnGeneratedEndpoints() {
        simulator.loadFixtures().generateFleet(3, 300, 5L);
        assertThat(simulator.gatewayEndpointCount()).isEqualTo(9 + 300);
        Result all = client.graphql("{ endpoints(filter: {memberOf: {name: \"All Computers\"}}) { totalRecords } }", Map.of());
        assertThat(all.json().at("/data/endpoints/totalRecords").asInt()).isEqualTo(309);

        clock.advance(Duration.ofMinutes(30));
        simulator.touchEndpoint(id(7));
        assertThat(simulator.endpoint(id(7)).orElseThrow().eidLastSeen()).isEqualTo(clock.instant());
        Result recent = client.graphql("{ endpoints(filter: {path: \"eidLastSeen\", op: GTE, value: \"2026-08-21T14:30:00Z\"}) "
                + "{ edges { node { id eidLastSeen } } } }", Map.of());
        assertThat(recent.json().at("/data/endpoints/edges").size()).isEqualTo(1);
        assertThat(recent.json().at("/data/endpoints/edges/0/node/eidLastSeen").asString()).isEqualTo("2026-08-21T14:30:00Z");

        simulator.removeFromGateway(id(8));
        assertThat(simulator.gatewayEndpointCount()).isEqualTo(308);
        assertThat(simulator.isInGateway(id(8))).isFalse();
        simulator.restoreToGateway(id(8));
        assertThat(simulator.gatewayEndpointCount()).isEqualTo(309);

        String groupOf9 = String.valueOf(40_001 + 9 % 3);
        simulator.changeEndpointId(id(9), "777777");
        assertThat(simulator.endpoint("777777")).isPresent();
        assertThat(simulator.endpoint(id(9))).isEmpty();
        assertThat(simulator.endpointIdsInGroup(groupOf9)).contains("777777").doesNotContain(id(9));
    }

    /**
     * The benchmark shape: 100,000 endpoints in 20 groups, every group walked with first=1000 using the
     * real inventory document. Prints time and heap; asserts only correctness.
     */
    @Test
    void hundredThousandEndpointsPageThroughEveryGroup() {
        var memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();
        simulator.generateFleet(20, 100_000, 20_261_121L);
        System.gc();
        long heapFleet = memory.getHeapMemoryUsage().getUsed();

        long started = System.nanoTime();
        BitSet union = new BitSet();
        long edges = 0;
        int[] pages = {0};
        long maxHeap = 0;
        for (int g = 0; g < 20; g++) {
            List<String> ids = walk(Map.of("memberOf", Map.of("id", String.valueOf(40_001 + g))), 1000, pages);
            edges += ids.size();
            ids.forEach(id -> union.set(Integer.parseInt(id) - 1_000_000));
            maxHeap = Math.max(maxHeap, memory.getHeapMemoryUsage().getUsed());
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        System.gc();
        long heapAfter = memory.getHeapMemoryUsage().getUsed();

        assertThat(union.cardinality()).isEqualTo(100_000);
        assertThat(edges).isGreaterThan(100_000);
        System.out.printf(Locale.ROOT, "Tanium fleet benchmark: 100,000 endpoints / 20 groups, %d edges (overlap %d) in %d "
                        + "pages of <=1000 in %.1f s (%.0f endpoints/s); heap %d MB before, %d MB with the lazy fleet, "
                        + "%d MB after the walk (%d live cursor collections), peak sampled %d MB%n",
                edges, edges - 100_000, pages[0], elapsed.toMillis() / 1000.0, edges / Math.max(0.001, elapsed.toMillis() / 1000.0),
                heapBefore >> 20, heapFleet >> 20, heapAfter >> 20, simulator.liveCursorCollections(), maxHeap >> 20);
    }

    /** Walks endpoints_inventory.graphql to the end and returns the ids in order. */
    private List<String> walk(Map<String, Object> filter, int first, int[] pages) {
        String query = fixture("graphql/endpoints_inventory.graphql");
        List<String> ids = new ArrayList<>();
        String after = null;
        int total = -1;
        while (true) {
            Result result = client.graphql(query, vars("first", first, "after", after, "filter", filter));
            assertThat(result.status()).isEqualTo(200);
            JsonNode connection = result.json().at("/data/endpoints");
            assertThat(result.json().has("errors")).as(result.body().substring(0, Math.min(500, result.body().length())))
                    .isFalse();
            total = connection.get("totalRecords").asInt();
            assertThat(connection.get("edges").size()).isLessThanOrEqualTo(first);
            connection.get("edges").forEach(e -> ids.add(e.at("/node/id").asString()));
            if (pages != null) {
                pages[0]++;
            }
            if (!connection.at("/pageInfo/hasNextPage").asBoolean()) {
                break;
            }
            after = connection.at("/pageInfo/endCursor").asString();
        }
        assertThat(ids).hasSize(total).doesNotHaveDuplicates();
        return ids;
    }
}
