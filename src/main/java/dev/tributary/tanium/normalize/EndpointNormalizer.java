package dev.tributary.tanium.normalize;

import dev.tributary.integration.DeviceSnapshot;
import dev.tributary.psa.AssetDetails;
import dev.tributary.psa.AssetType;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One Gateway {@code Endpoint} node (as selected by {@code endpoints_inventory.graphql}) as a device
 * snapshot. Pure: the same node, scope, time and window always give the same snapshot.
 */
public final class EndpointNormalizer {

    private EndpointNormalizer() {
    }

    public static DeviceSnapshot normalize(JsonNode node, String scopeId, Instant now, Duration onlineWindow) {
        String id = TaniumValues.clean(text(node, "id"));
        String name = TaniumValues.clean(text(node, "name"));
        JsonNode os = node.path("os");
        String platform = text(os, "platform");
        String osName = text(os, "name");
        JsonNode windows = os.path("windows");
        String manufacturer = TaniumValues.clean(text(node, "manufacturer"));
        String model = TaniumValues.clean(text(node, "model"));
        String chassis = TaniumValues.clean(text(node, "chassisType"));
        Boolean virtual = bool(node, "isVirtual");
        AssetType type = TaniumAssetTypes.classify(new TaniumAssetTypes.Facts(platform, osName, text(windows, "type"), chassis,
                manufacturer, model, virtual));
        Instant lastSeen = instant(text(node, "eidLastSeen"));

        List<String> macs = TaniumNetwork.macs(strings(node.get("macAddresses")));
        String primaryIp = text(node, "ipAddress");
        List<String> otherIps = strings(node.get("ipAddresses"));
        List<String> ips = TaniumNetwork.ips(primaryIp, otherIps);
        String lastLoggedIn = TaniumValues.clean(text(node, "lastLoggedInUser"));
        String primaryUser = TaniumValues.clean(text(node.path("primaryUser"), "name"));
        JsonNode processor = node.path("processor");
        Integer cores = processor.path("logicalProcessors").isIntegralNumber() && processor.path("logicalProcessors").intValue() > 0
                ? processor.path("logicalProcessors").intValue() : null;
        String computerId = computerId(text(node, "computerID"));
        String systemUuid = TaniumValues.clean(text(node, "systemUUID"));
        String domain = domain(text(node, "domainName"));

        Map<String, Object> systemInfo = new LinkedHashMap<>();
        put(systemInfo, "computerId", computerId);
        put(systemInfo, "systemUuid", systemUuid);
        put(systemInfo, "domainName", domain);
        put(systemInfo, "platform", TaniumValues.clean(platform));
        put(systemInfo, "osGeneration", TaniumValues.clean(text(os, "generation")));
        put(systemInfo, "windowsType", TaniumValues.clean(text(windows, "type")));
        put(systemInfo, "manufacturer", manufacturer);
        put(systemInfo, "model", model);
        put(systemInfo, "chassisType", chassis);
        put(systemInfo, "isVirtual", virtual);
        put(systemInfo, "isEncrypted", bool(node, "isEncrypted"));
        put(systemInfo, "cpuArchitecture", TaniumValues.clean(text(processor, "architecture")));
        put(systemInfo, "primaryUser", primaryUser);
        put(systemInfo, "lastLoggedInUser", lastLoggedIn);
        if (!macs.isEmpty()) {
            systemInfo.put("macAddresses", macs);
        }
        if (!ips.isEmpty()) {
            systemInfo.put("ipAddresses", ips);
        }
        Instant firstSeen = instant(text(node, "eidFirstSeen"));
        put(systemInfo, "firstSeenAt", firstSeen == null ? null : firstSeen.toString());

        AssetDetails details = new AssetDetails(
                TaniumOs.type(platform, osName),
                TaniumOs.version(osName, text(windows, "releaseId")),
                null,
                lastLoggedIn != null ? lastLoggedIn : primaryUser,
                null,
                TaniumNetwork.lanIp(primaryIp, otherIps),
                null,
                TaniumValues.clean(text(processor, "cpu")),
                cores,
                TaniumSizes.gigabytes(text(node.path("memory"), "total")),
                TaniumDisks.of(node.get("disks")),
                TaniumSoftware.of(node.get("installedApplications")),
                systemInfo,
                null);

        Map<String, Object> metadata = new LinkedHashMap<>();
        put(metadata, "computerId", computerId);
        put(metadata, "systemUuid", systemUuid);
        metadata.put("source", "gateway");
        return new DeviceSnapshot(id, scopeId, DeviceSnapshot.Lifecycle.ACTIVE, type, name,
                TaniumValues.clean(text(node, "serialNumber")), TaniumAgentStatus.of(lastSeen, now, onlineWindow), lastSeen, null,
                details, metadata);
    }

    /** The keys that identify this endpoint in the Asset API's id space. */
    public static CorrelationKeys keys(JsonNode node) {
        return CorrelationKeys.of(text(node, "computerID"), text(node, "serialNumber"), text(node, "name"));
    }

    /** The Tanium Client computer id; "0" (network gear) means none. */
    public static String computerId(String raw) {
        String value = TaniumValues.clean(raw);
        return value == null || value.chars().allMatch(c -> c == '0') ? null : value;
    }

    /** Macs report "No Domain"; that is no domain. */
    static String domain(String raw) {
        String value = TaniumValues.clean(raw);
        return value == null || value.toLowerCase(Locale.ROOT).equals("no domain") ? null : value;
    }

    /** An RFC 3339 time, or null. */
    public static Instant instant(String raw) {
        String value = TaniumValues.clean(raw);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull() || !value.isValueNode()) {
            return null;
        }
        return value.isNumber() ? value.numberValue().toString() : value.asString();
    }

    static Boolean bool(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isBoolean() ? value.booleanValue() : null;
    }

    static List<String> strings(JsonNode array) {
        if (array == null || !array.isArray()) {
            return List.of();
        }
        List<String> values = new ArrayList<>(array.size());
        for (JsonNode item : array) {
            if (item != null && item.isValueNode() && !item.isNull()) {
                values.add(item.asString());
            }
        }
        return values;
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
