package dev.tributary.tanium.normalize;

import dev.tributary.integration.DeviceSnapshot;
import dev.tributary.psa.AgentStatus;
import dev.tributary.psa.AssetDetails;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Asset API rows (snake_case keys: {@code computer_id}, {@code computer_name}, {@code serial_number},
 * {@code os_platform}, …). A row is only ingested for an endpoint that aged out of the Gateway, under
 * that endpoint's Gateway identity, and always as offline: the Asset API holds the last known state,
 * not a live one. Sizes are left out (their units are not documented), so the hardware stored from
 * the Gateway is kept.
 */
public final class AssetRowNormalizer {

    private AssetRowNormalizer() {
    }

    public static CorrelationKeys keys(JsonNode row) {
        return CorrelationKeys.of(EndpointNormalizer.text(row, "computer_id"), EndpointNormalizer.text(row, "serial_number"),
                EndpointNormalizer.text(row, "computer_name"));
    }

    /**
     * @param deviceId the Gateway endpoint id of the asset this row was correlated to
     * @param scopeId  that asset's computer group
     */
    public static DeviceSnapshot normalize(JsonNode row, String deviceId, String scopeId) {
        String platform = EndpointNormalizer.text(row, "os_platform");
        String osName = EndpointNormalizer.text(row, "operating_system");
        String manufacturer = TaniumValues.clean(EndpointNormalizer.text(row, "manufacturer"));
        String model = TaniumValues.clean(EndpointNormalizer.text(row, "model"));
        String chassis = TaniumValues.clean(EndpointNormalizer.text(row, "chassis_type"));
        var type = TaniumAssetTypes.classify(new TaniumAssetTypes.Facts(platform, osName, null, chassis, manufacturer, model, null));
        JsonNode cores = row.get("cpu_core");
        Integer cpuCores = cores != null && cores.isIntegralNumber() && cores.intValue() > 0 ? cores.intValue() : null;
        AssetDetails details = new AssetDetails(
                TaniumOs.type(platform, osName),
                TaniumOs.version(osName, null),
                null,
                TaniumValues.clean(EndpointNormalizer.text(row, "user_name")),
                null,
                TaniumNetwork.ip(EndpointNormalizer.text(row, "ip_address")),
                null,
                TaniumValues.clean(EndpointNormalizer.text(row, "cpu_name")),
                cpuCores,
                null,
                null,
                TaniumSoftware.of(row.get("ci_installed_application"), "name", "version", "vendor"),
                null,
                null);
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("source", "asset_api");
        String assetApiId = EndpointNormalizer.text(row, "id");
        if (assetApiId != null) {
            metadata.put("assetApiId", assetApiId);
        }
        String computerId = CorrelationKeys.computerIdKey(EndpointNormalizer.text(row, "computer_id"));
        if (computerId != null) {
            metadata.put("computerId", computerId);
        }
        String name = TaniumValues.clean(EndpointNormalizer.text(row, "computer_name"));
        return new DeviceSnapshot(deviceId, scopeId, DeviceSnapshot.Lifecycle.ACTIVE, type, name,
                TaniumValues.clean(EndpointNormalizer.text(row, "serial_number")), AgentStatus.OFFLINE,
                EndpointNormalizer.instant(EndpointNormalizer.text(row, "last_seen_at")), null, details, metadata);
    }
}
