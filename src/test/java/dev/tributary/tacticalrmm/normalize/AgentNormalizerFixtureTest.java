package dev.tributary.tacticalrmm.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tributary.integration.DeviceSnapshot;
import dev.tributary.integration.http.ProviderJson;
import dev.tributary.psa.AgentStatus;
import dev.tributary.psa.AssetType;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Agents of the reference fixtures (list rows and details) as device snapshots, at the fixtures' "now". */
class AgentNormalizerFixtureTest {

    static final Instant NOW = Instant.parse("2026-06-16T12:00:00Z");

    static JsonNode fixture(String name) {
        try (InputStream in = AgentNormalizerFixtureTest.class.getResourceAsStream("/fixtures/tactical/" + name)) {
            return ProviderJson.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DeviceSnapshot normalize(JsonNode agent) {
        return AgentNormalizer.normalize(agent, new AgentNormalizer.Placement("1", agent.path("site").asInt(), "HQ"), NOW);
    }

    @Test
    void windowsServerFromTheBetaList() {
        JsonNode row = fixture("beta_agents_page1.json").path("results").get(0);
        DeviceSnapshot s = normalize(row);
        assertThat(s.externalDeviceId()).isEqualTo("WOAoOHJCutJzhaYYRjBzNIiXQeudMSOxpMAORzpR");
        assertThat(s.externalScopeId()).isEqualTo("1");
        assertThat(s.name()).isEqualTo("ACME-DC01");
        assertThat(s.assetType()).isEqualTo(AssetType.SERVER);
        assertThat(s.agentStatus()).isEqualTo(AgentStatus.ONLINE);
        assertThat(s.lastSeenAt()).isEqualTo(Instant.parse("2026-06-16T11:59:31.482913Z"));
        assertThat(s.serialNumber()).isEqualTo("7QX9H23");
        assertThat(s.location()).isEqualTo("HQ");
        var d = s.details();
        assertThat(d.osType()).isEqualTo("Windows");
        assertThat(d.osVersion()).isEqualTo("Windows Server 2022 Standard, 64 bit v21H2 (build 20348.3807)");
        assertThat(d.agentVersion()).isEqualTo("2.11.0");
        assertThat(d.currentUser()).as("\"None\" means nobody is logged on").isNull();
        assertThat(d.lanIp()).as("first IPv4 of network_config").isEqualTo("10.0.1.10");
        assertThat(d.wanIp()).isEqualTo("203.0.113.24");
        assertThat(d.cpuModel()).isEqualTo("Intel(R) Xeon(R) Silver 4210 CPU @ 2.20GHz");
        assertThat(d.cpuCores()).isEqualTo(10);
        assertThat(d.ramGb()).isEqualByComparingTo("64");
        assertThat(d.lastRebootAt()).isEqualTo(Instant.parse("2025-06-10T03:12:44Z"));
        assertThat(d.uptimeSeconds()).isEqualTo(Instant.parse("2026-06-16T11:59:31.482913Z").getEpochSecond() - 1749525164L);
        assertThat(d.diskUsage()).hasSize(2);
        assertThat(d.diskUsage().get(0).name()).isEqualTo("C:");
        assertThat(d.diskUsage().get(0).totalGb()).isEqualByComparingTo(new BigDecimal("446.30"));
        assertThat(d.diskUsage().get(0).freeGb()).isEqualByComparingTo(new BigDecimal("311.40"));
        assertThat(d.diskUsage().get(0).utilizationPercent()).isEqualTo(30);
        assertThat(d.diskUsage().get(1).totalGb()).isEqualByComparingTo(new BigDecimal("1843.20"));
        assertThat(d.installedSoftware()).as("software comes from the software sync").isNull();
        assertThat(d.systemInfo()).containsEntry("makeModel", "Dell Inc. PowerEdge R640").containsEntry("platform", "windows");
    }

    @Test
    void windowsWorkstationWithALoggedOnUserIsOffline() {
        JsonNode row = fixture("beta_agents_page1.json").path("results").get(1);
        DeviceSnapshot s = normalize(row);
        assertThat(s.name()).isEqualTo("ACME-LT-042");
        assertThat(s.assetType()).isEqualTo(AssetType.WORKSTATION);
        assertThat(s.agentStatus()).as("last seen 11 minutes ago").isEqualTo(AgentStatus.OFFLINE);
        assertThat(s.details().currentUser()).isEqualTo("jdoe");
        assertThat(s.details().lanIp()).isEqualTo("192.168.20.57");
        assertThat(s.serialNumber()).isEqualTo("PF4XK2L9");
    }

    @Test
    void linuxDetailWithCidrLocalIpsAndNoUser() {
        DeviceSnapshot s = normalize(fixture("beta_agent_detail_linux.json"));
        assertThat(s.name()).isEqualTo("globex-web01");
        assertThat(s.assetType()).isEqualTo(AssetType.SERVER);
        assertThat(s.agentStatus()).as("agrees with the server's own status").isEqualTo(AgentStatus.OVERDUE);
        assertThat(s.details().lanIp()).isEqualTo("10.20.0.15");
        assertThat(s.details().currentUser()).as("idle Linux reports \"\"").isNull();
        assertThat(s.details().osType()).isEqualTo("Linux");
        assertThat(s.details().cpuModel()).isEqualTo("AMD EPYC 7302P 16-Core Processor");
        assertThat(s.serialNumber()).as("empty serial").isNull();
        assertThat(s.details().diskUsage().get(1).totalGb()).isEqualByComparingTo("1.00");
    }

    @Test
    void theServersComputedStatusMatchesOurRuleForEveryFixtureAgent() {
        for (String name : new String[] {"beta_agent_detail.json", "beta_agent_detail_linux.json"}) {
            JsonNode detail = fixture(name);
            assertThat(normalize(detail).agentStatus().value()).as(name).isEqualTo(detail.path("status").asString());
        }
        for (JsonNode row : fixture("agents_table.json")) {
            Instant lastSeen = ProviderJson.instant(row, "last_seen");
            assertThat(AgentStatusRule.status(lastSeen, 4, 30, NOW).value()).as(row.path("hostname").asString())
                    .isEqualTo(row.path("status").asString());
        }
    }

    @Test
    void aListRowAndTheDetailOfTheSameAgentGiveTheSameSnapshot() {
        JsonNode row = fixture("beta_agents_page1.json").path("results").get(0);
        JsonNode detail = fixture("beta_agent_detail.json");
        assertThat(detail.path("agent_id").asString()).isEqualTo(row.path("agent_id").asString());
        DeviceSnapshot fromRow = normalize(row);
        DeviceSnapshot fromDetail = AgentNormalizer.normalize(detail, new AgentNormalizer.Placement("1", 1, "HQ"), NOW);
        assertThat(fromDetail).isEqualTo(fromRow);
    }
}
