package dev.tributary.tanium.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tributary.integration.DeviceSnapshot;
import dev.tributary.psa.AgentStatus;
import dev.tributary.psa.AssetDetails.InstalledSoftware;
import dev.tributary.psa.AssetType;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AssetRowNormalizerTest {

    @Test
    void agedOutRowUnderItsGatewayIdentityAsOffline() throws IOException {
        JsonNode rows = EndpointNormalizerTest.fixture("asset_api_page.json").get("data");
        DeviceSnapshot s = AssetRowNormalizer.normalize(rows.get(0), "20999", "30229");
        assertThat(s.externalDeviceId()).isEqualTo("20999");
        assertThat(s.externalScopeId()).isEqualTo("30229");
        assertThat(s.name()).isEqualTo("CON-LT-0099.contoso.local");
        assertThat(s.serialNumber()).isEqualTo("PF3K9X2M");
        assertThat(s.assetType()).isEqualTo(AssetType.WORKSTATION);
        assertThat(s.agentStatus()).isEqualTo(AgentStatus.OFFLINE);
        assertThat(s.lastSeenAt()).isEqualTo(Instant.parse("2026-06-17T21:40:52Z"));
        assertThat(s.details().osType()).isEqualTo("Windows");
        assertThat(s.details().osVersion()).isEqualTo("Windows 10 Enterprise");
        assertThat(s.details().lanIp()).isEqualTo("10.20.4.61");
        assertThat(s.details().cpuCores()).isEqualTo(4);
        assertThat(s.details().ramGb()).as("units undocumented: keep the Gateway's value").isNull();
        assertThat(s.details().diskUsage()).isNull();
        assertThat(s.details().installedSoftware()).contains(new InstalledSoftware("Google Chrome", "126.0.6478.127", "Google LLC"));
        assertThat(s.metadata()).containsEntry("source", "asset_api").containsEntry("assetApiId", "1043");
    }

    @Test
    void correlationKeys() throws IOException {
        JsonNode rows = EndpointNormalizerTest.fixture("asset_api_page.json").get("data");
        assertThat(AssetRowNormalizer.keys(rows.get(0))).isEqualTo(new CorrelationKeys("2982231042", "PF3K9X2M",
                "con-lt-0099.contoso.local"));
        assertThat(AssetRowNormalizer.keys(rows.get(2))).as("Import-API printer: no computer id")
                .isEqualTo(new CorrelationKeys(null, "VNB3K51234", "con-prn-3f-01"));
        assertThat(CorrelationKeys.of("0", "To Be Filled By O.E.M.", "")).satisfies(k -> assertThat(k.isEmpty()).isTrue());
    }
}
