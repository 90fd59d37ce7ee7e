package dev.tributary.tanium.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tributary.integration.DeviceSnapshot;
import dev.tributary.integration.http.ProviderJson;
import dev.tributary.psa.AgentStatus;
import dev.tributary.psa.AssetDetails.DiskUsage;
import dev.tributary.psa.AssetType;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The reference fixture pages (real value formats and quirks) through the endpoint normalizer. */
class EndpointNormalizerTest {

    private static final Instant NOW = Instant.parse("2026-08-21T14:00:00Z");
    private static final Map<String, DeviceSnapshot> snapshots = new LinkedHashMap<>();

    @BeforeAll
    static void normalizeFixturePages() throws IOException {
        for (String page : List.of("endpoints_page1.json", "endpoints_page2.json")) {
            for (JsonNode edge : fixture(page).at("/data/endpoints/edges")) {
                DeviceSnapshot s = EndpointNormalizer.normalize(edge.get("node"), "30229", NOW, Duration.ofMinutes(15));
                snapshots.put(s.externalDeviceId(), s);
            }
        }
    }

    static JsonNode fixture(String name) throws IOException {
        try (InputStream in = EndpointNormalizerTest.class.getClassLoader().getResourceAsStream("fixtures/tanium/" + name)) {
            return ProviderJson.MAPPER.readTree(in);
        }
    }

    @Test
    void windowsLaptop() {
        DeviceSnapshot s = snapshots.get("20417");
        assertThat(s.externalScopeId()).isEqualTo("30229");
        assertThat(s.name()).isEqualTo("CON-LT-0142.contoso.local");
        assertThat(s.serialNumber()).isEqualTo("5Q1BPQ3");
        assertThat(s.assetType()).isEqualTo(AssetType.WORKSTATION);
        assertThat(s.lastSeenAt()).isEqualTo(Instant.parse("2026-08-21T13:47:55Z"));
        assertThat(s.agentStatus()).isEqualTo(AgentStatus.ONLINE);
        var d = s.details();
        assertThat(d.osType()).isEqualTo("Windows");
        assertThat(d.osVersion()).isEqualTo("Windows 11 Enterprise 23H2");
        assertThat(d.currentUser()).isEqualTo("CONTOSO\\jdoe");
        assertThat(d.lanIp()).isEqualTo("10.20.4.117");
        assertThat(d.cpuModel()).isEqualTo("13th Gen Intel(R) Core(TM) i7-1365U");
        assertThat(d.cpuCores()).isEqualTo(12);
        assertThat(d.ramGb()).isEqualTo(new BigDecimal("32.00"));
        assertThat(d.diskUsage()).containsExactly(new DiskUsage("C:", new BigDecimal("476.00"), new BigDecimal("301.00"), 37));
        assertThat(d.systemInfo()).containsEntry("macAddresses", List.of("F4:6B:8C:21:9A:0E"))
                .containsEntry("computerId", "3195830784").containsEntry("primaryUser", "Jane Doe")
                .containsEntry("isEncrypted", true).containsEntry("domainName", "contoso.local");
        assertThat(d.systemInfo().get("ipAddresses")).isEqualTo(List.of("10.20.4.117", "fe80::9c41:2b7e:51a0:33d1"));
        assertThat(s.metadata()).containsEntry("computerId", "3195830784").containsEntry("source", "gateway");
    }

    @Test
    void serverWithAnErrorForItsPrimaryUser() {
        DeviceSnapshot s = snapshots.get("20418");
        assertThat(s.assetType()).isEqualTo(AssetType.SERVER);
        assertThat(s.details().ramGb()).isEqualTo(new BigDecimal("64.00"));
        assertThat(s.details().diskUsage()).extracting(DiskUsage::name).containsExactly("C:", "D:");
        assertThat(s.details().systemInfo()).doesNotContainKey("primaryUser");
        assertThat(s.details().currentUser()).isEqualTo("CONTOSO\\svc_sqladmin");
    }

    @Test
    void macWithLowerCaseMacAndNoDomain() {
        DeviceSnapshot s = snapshots.get("20533");
        assertThat(s.assetType()).isEqualTo(AssetType.WORKSTATION);
        assertThat(s.details().osType()).isEqualTo("macOS");
        assertThat(s.details().ramGb()).isEqualTo(new BigDecimal("36.00"));
        assertThat(s.details().diskUsage()).containsExactly(new DiskUsage("/", new BigDecimal("460.00"), new BigDecimal("212.00"), 54));
        assertThat(s.details().systemInfo().get("macAddresses")).isEqualTo(List.of("A4:CF:99:3E:12:0B"));
        assertThat(s.agentStatus()).as("seen two hours ago").isEqualTo(AgentStatus.OFFLINE);
    }

    @Test
    void linuxCloudServerWithFractionalMemory() {
        DeviceSnapshot s = snapshots.get("20871");
        assertThat(s.assetType()).isEqualTo(AssetType.SERVER);
        assertThat(s.details().ramGb()).isEqualTo(new BigDecimal("7.75"));
        assertThat(s.details().currentUser()).isEqualTo("ubuntu");
        assertThat(s.details().systemInfo()).doesNotContainKey("primaryUser");
    }

    @Test
    void workstationWithoutUsersOrDisks() {
        DeviceSnapshot s = snapshots.get("21005");
        assertThat(s.details().currentUser()).as("[no results] and \"\" are not users").isNull();
        assertThat(s.details().diskUsage()).as("disks: null keeps the stored disks").isNull();
        assertThat(s.details().installedSoftware()).as("not selected: keeps the stored software").isNull();
        assertThat(s.agentStatus()).isEqualTo(AgentStatus.OFFLINE);
    }

    @Test
    void sameInputSameSnapshot() throws IOException {
        List<DeviceSnapshot> again = new ArrayList<>();
        for (JsonNode edge : fixture("endpoints_page1.json").at("/data/endpoints/edges")) {
            again.add(EndpointNormalizer.normalize(edge.get("node"), "30229", NOW, Duration.ofMinutes(15)));
        }
        assertThat(again).containsExactly(snapshots.get("20417"), snapshots.get("20418"), snapshots.get("20533"));
    }

    @Test
    void installedApplicationsAndCorrelationKeys() {
        JsonNode node = ProviderJson.MAPPER.readTree("""
                {"id":"7","name":"FAB-SW-CORE-01","computerID":"0","serialNumber":"FOC2731X0KZ",
                 "os":{"name":"Cisco IOS XE 17.9.4a","platform":"Unknown","windows":null},"chassisType":"Network Device",
                 "memory":{"total":"8 GB"},"processor":{"cpu":"","logicalProcessors":0},
                 "installedApplications":[{"name":"TSE-Error: Failed to send to sensor child process: timed out","version":""}]}""");
        DeviceSnapshot s = EndpointNormalizer.normalize(node, "30233", NOW, Duration.ofMinutes(15));
        assertThat(s.assetType()).isEqualTo(AssetType.NETWORK_DEVICE);
        assertThat(s.details().cpuCores()).isNull();
        assertThat(s.details().cpuModel()).isNull();
        assertThat(s.details().installedSoftware()).isNull();
        assertThat(s.agentStatus()).isEqualTo(AgentStatus.UNKNOWN);
        assertThat(EndpointNormalizer.keys(node)).isEqualTo(new CorrelationKeys(null, "FOC2731X0KZ", "fab-sw-core-01"));
    }
}
