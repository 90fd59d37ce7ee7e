package dev.tributary.simulator.tactical;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tributary.simulator.MutableClock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The deterministic fleet generator and the generated hardware blobs. */
class TacticalFleetTest {

    private static TacticalSimulator simulator() {
        return new TacticalSimulator(0, new MutableClock(TacticalSimulator.FIXTURE_NOW));
    }

    @Test
    void sameSeedSameFleet() {
        try (TacticalSimulator a = simulator(); TacticalSimulator b = simulator()) {
            a.generateFleet(5, 2, 300, 7);
            b.generateFleet(5, 2, 300, 7);
            assertThat(a.agents()).extracting(TacticalAgent::agentId)
                    .containsExactlyElementsOf(b.agents().stream().map(TacticalAgent::agentId).toList());
            assertThat(a.agents().get(17).wmiDetail()).isEqualTo(b.agents().get(17).wmiDetail());
            assertThat(a.alerts()).hasSameSizeAs(b.alerts());
        }
        try (TacticalSimulator c = simulator()) {
            c.generateFleet(5, 2, 300, 8);
            try (TacticalSimulator d = simulator()) {
                d.generateFleet(5, 2, 300, 7);
                assertThat(c.agents().get(0).agentId()).isNotEqualTo(d.agents().get(0).agentId());
            }
        }
    }

    @Test
    void realisticSpreadAndUniqueIdentities() {
        try (TacticalSimulator sim = simulator()) {
            FleetGenerator.Summary summary = sim.generateFleet(20, 3, 4000, 42);
            assertThat(summary.agents()).isEqualTo(4000);
            assertThat(summary.online() + summary.offline() + summary.overdue() + summary.neverSeen()).isEqualTo(4000);
            assertThat(summary.online()).isBetween(2900, 3300);
            assertThat(summary.offline()).isBetween(200, 450);
            assertThat(summary.overdue()).isBetween(400, 700);
            List<TacticalAgent> agents = sim.agents();
            long counted = agents.stream().filter(a -> a.status(TacticalSimulator.FIXTURE_NOW).equals("overdue")).count();
            assertThat(counted).isEqualTo(summary.overdue());
            Set<String> ids = new HashSet<>();
            Set<String> hostnames = new HashSet<>();
            for (TacticalAgent agent : agents) {
                assertThat(agent.agentId()).matches("[A-Za-z]{40}");
                ids.add(agent.agentId());
                hostnames.add(agent.hostname());
            }
            assertThat(ids).hasSize(4000);
            assertThat(hostnames).hasSize(4000);
            assertThat(agents).extracting(TacticalAgent::plat).contains("windows", "linux", "darwin");
            assertThat(sim.clients()).hasSize(20);
            assertThat(sim.sites()).hasSize(60);
            assertThat(sim.alerts()).isNotEmpty().anyMatch(a -> a.agent() == null)
                    .anyMatch(a -> "availability".equals(a.alertType()));
        }
    }

    @Test
    void generatedBlobsHaveTheRealShapesAndDerivedFieldsWork() {
        try (TacticalSimulator sim = simulator().start()) {
            sim.generateFleet(3, 2, 200, 5);
            for (TacticalAgent agent : sim.agents()) {
                JsonNode wmi = agent.wmiDetail();
                if (agent.isPosix()) {
                    assertThat(wmi.propertyNames()).containsExactly("cpus", "gpus", "disks", "local_ips", "make_model",
                            "serialnumber");
                    assertThat(AgentDerived.localIps(agent)).contains("/24, fe80::");
                    assertThat(agent.services().size()).isZero();
                } else {
                    assertThat(wmi.propertyNames()).containsExactly("os", "cpu", "mem", "usb", "bios", "disk",
                            "comp_sys", "base_board", "comp_sys_prod", "network_config", "desktop_monitor",
                            "network_adapter", "graphics");
                    assertThat(wmi.get("cpu").get(0).isArray()).as("list of one-element lists").isTrue();
                    assertThat(AgentDerived.localIps(agent)).matches("10\\.\\d+\\.\\d+\\.\\d+");
                    assertThat(AgentDerived.cpuModel(agent).get(0).stringValue()).matches(".+, \\d+C/\\d+T");
                    assertThat(AgentDerived.physicalDisks(agent).toString()).doesNotContain("USB");
                    assertThat(AgentDerived.makeModel(agent)).doesNotContain("To Be Filled").isNotBlank();
                    assertThat(AgentDerived.graphics(agent)).doesNotContain("Remote Display");
                    assertThat(agent.services().size()).isEqualTo(40);
                    assertThat(agent.disks().get(0).get("total").stringValue()).matches("\\d+\\.\\d (GB|TB)");
                }
                assertThat(AgentDerived.serialNumber(agent)).isNotNull();
                assertThat(AgentDerived.hexMeshNodeId(agent.meshNodeId())).hasSize(64);
            }
            TacticalAgent first = sim.agents().get(0);
            int pk = first.id();
            JsonNode detail = RawHttp.send(sim.port(), "GET", "/beta/v1/agent/" + pk + "/",
                    List.of(java.util.Map.entry("Authorization", "Token " + issueAdmin(sim))), null).json();
            assertThat(detail.get("status").isString()).isTrue();
            assertThat(detail.get("hostname").stringValue()).isEqualTo(first.hostname());
        }
    }

    @Test
    void blobSizesAreConfigurable() {
        try (TacticalSimulator sim = simulator()) {
            sim.config().generatedServiceCount(250).generatedWmiExtraEntries(10);
            sim.generateFleet(1, 1, 50, 3);
            TacticalAgent windows = sim.agents().stream().filter(a -> !a.isPosix()).findFirst().orElseThrow();
            assertThat(windows.services().size()).isEqualTo(250);
            assertThat(PyJson.compact(windows.services()).length()).isGreaterThan(40_000);
            assertThat(windows.wmiDetail().get("usb").size()).isEqualTo(11);
        }
    }

    @Test
    void preRenderedServicesSpliceInExactlyAsTheTreeRenders() {
        try (TacticalSimulator sim = simulator()) {
            sim.config().generatedServiceCount(120);
            sim.generateFleet(2, 2, 300, 5);
            Set<String> variants = new HashSet<>();
            for (TacticalAgent agent : sim.agents()) {
                tools.jackson.databind.node.ObjectNode spliced = JsonNodes.object();
                spliced.set("services", agent.servicesForResponse());
                tools.jackson.databind.node.ObjectNode built = JsonNodes.object();
                built.set("services", agent.services());
                assertThat(PyJson.compact(spliced)).as(agent.hostname()).isEqualTo(PyJson.compact(built));
                variants.add(PyJson.compact(agent.services()));
            }
            assertThat(variants).as("Windows variants plus the empty POSIX list").hasSizeBetween(20, AgentHardware.SERVICE_VARIANTS + 1);

            TacticalAgent explicit = sim.agents().get(0).services(PyJson.loads("[{\"name\":\"custom\"}]"));
            assertThat(PyJson.compact(explicit.servicesForResponse())).isEqualTo("[{\"name\":\"custom\"}]");
            JsonNode generated = sim.agents().get(1).servicesForResponse();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> PyJson.python(generated))
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void twentyThousandAgentsServeAPageQuickly() {
        try (TacticalSimulator sim = simulator().start()) {
            System.gc();
            long before = usedMemory();
            FleetGenerator.Summary summary = sim.generateFleet(200, 3, 20_000, 2026);
            System.gc();
            long used = usedMemory() - before;
            assertThat(summary.agents()).isEqualTo(20_000);
            assertThat(used / 20_000).as("bytes per agent (with inventories and alerts)").isLessThan(6_000);

            String token = issueAdmin(sim);
            long start = System.nanoTime();
            RawHttp.Response page = RawHttp.send(sim.port(), "GET", "/beta/v1/agent/?page_size=100&page=200",
                    List.of(java.util.Map.entry("Authorization", "Token " + token)), null);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(page.status()).isEqualTo(200);
            JsonNode json = page.json();
            assertThat(json.get("count").intValue()).isEqualTo(20_000);
            assertThat(json.get("results").size()).isEqualTo(100);
            assertThat(json.get("next").isNull()).isTrue();
            System.out.println("20k fleet: " + used / 1024 / 1024 + " MiB, page of 100 in " + millis + " ms, "
                    + page.bytes().length / 1024 + " KiB");
        }
    }

    private static String issueAdmin(TacticalSimulator sim) {
        sim.addUser("root", "pw");
        return sim.issueToken("root");
    }

    private static long usedMemory() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
