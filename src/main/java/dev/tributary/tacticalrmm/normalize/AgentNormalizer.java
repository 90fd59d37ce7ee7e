package dev.tributary.tacticalrmm.normalize;

import dev.tributary.integration.DeviceSnapshot;
import dev.tributary.integration.http.ProviderJson;
import dev.tributary.psa.AgentStatus;
import dev.tributary.psa.AssetDetails;
import dev.tributary.psa.AssetType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One Tactical agent (a beta list row, a beta detail or a classic {@code /agents/{agent_id}/} answer) as the
 * kernel's device snapshot. Derived fields ({@code local_ips}, {@code serial_number}, {@code cpu_model}) are used
 * when the row has them and otherwise computed from {@code wmi_detail}, so a list row and a detail of the same
 * unchanged agent give the same snapshot.
 */
public final class AgentNormalizer {

    private AgentNormalizer() {
    }

    /** Where an agent sits: its Tactical client (the scope) and its site. */
    public record Placement(String clientId, Integer siteId, String siteName) {
    }

    /** The agent's 40-letter {@code agent_id}, or null when missing. */
    public static String agentId(JsonNode agent) {
        return ProviderJson.text(agent, "agent_id");
    }

    public static DeviceSnapshot normalize(JsonNode agent, Placement placement, Instant now) {
        String agentId = agentId(agent);
        String hostname = ProviderJson.text(agent, "hostname");
        String operatingSystem = ProviderJson.text(agent, "operating_system");
        Instant lastSeen = ProviderJson.instant(agent, "last_seen");
        Long offline = ProviderJson.longValue(agent, "offline_time");
        Long overdue = ProviderJson.longValue(agent, "overdue_time");
        AgentStatus status = AgentStatusRule.status(lastSeen, offline == null ? null : offline.intValue(),
                overdue == null ? null : overdue.intValue(), now);
        AssetType type = AgentTypes.of(ProviderJson.text(agent, "monitoring_type"), operatingSystem);
        WmiDetail wmi = WmiDetail.of(agent.get("wmi_detail"));

        String localIps = ProviderJson.text(agent, "local_ips");
        String lanIp = localIps != null ? LocalIps.firstUsableIpv4(localIps) : LocalIps.firstUsableIpv4(wmi.localIps());
        String serial = agent.has("serial_number") ? AgentValues.serial(ProviderJson.text(agent, "serial_number")) : wmi.serialNumber();
        String cpuModel = firstCpuModel(agent.get("cpu_model"));
        if (cpuModel == null) {
            cpuModel = wmi.cpuModel();
        }
        Instant boot = AgentValues.bootTime(ProviderJson.doubleValue(agent, "boot_time"));
        String plat = ProviderJson.text(agent, "plat");

        Map<String, Object> systemInfo = new LinkedHashMap<>();
        putIfPresent(systemInfo, "platform", plat);
        putIfPresent(systemInfo, "architecture", ProviderJson.text(agent, "goarch"));
        putIfPresent(systemInfo, "makeModel", wmi.makeModel());
        putIfPresent(systemInfo, "monitoringType", ProviderJson.text(agent, "monitoring_type"));
        putIfPresent(systemInfo, "description", ProviderJson.text(agent, "description"));
        putIfPresent(systemInfo, "timeZone", ProviderJson.text(agent, "time_zone"));
        systemInfo.put("needsReboot", ProviderJson.bool(agent, "needs_reboot"));
        systemInfo.put("maintenanceMode", ProviderJson.bool(agent, "maintenance_mode"));

        AssetDetails details = new AssetDetails(
                AgentValues.osType(plat, operatingSystem),
                AgentValues.osVersion(operatingSystem),
                ProviderJson.text(agent, "version"),
                AgentValues.loggedInUser(ProviderJson.text(agent, "logged_in_username")),
                AgentValues.uptimeSeconds(boot, lastSeen),
                lanIp,
                ProviderJson.text(agent, "public_ip"),
                cpuModel,
                wmi.cpuCores(),
                AgentValues.ramGb(ProviderJson.longValue(agent, "total_ram")),
                disks(agent.get("disks")),
                null,
                systemInfo,
                boot);

        Map<String, Object> metadata = new LinkedHashMap<>();
        if (placement.siteId() != null) {
            metadata.put("siteId", placement.siteId());
        }
        putIfPresent(metadata, "siteName", placement.siteName());
        return new DeviceSnapshot(agentId, placement.clientId(), DeviceSnapshot.Lifecycle.ACTIVE, type,
                hostname != null ? hostname : agentId, serial, status, lastSeen,
                placement.siteName() == null ? "" : placement.siteName(), details, metadata);
    }

    /** {@code disks}: {@code [{"device","fstype","total","used","free","percent"}]} with human-readable sizes. */
    public static List<AssetDetails.DiskUsage> disks(JsonNode disks) {
        if (disks == null || !disks.isArray()) {
            return null;
        }
        List<AssetDetails.DiskUsage> result = new ArrayList<>();
        for (JsonNode disk : disks) {
            if (!disk.isObject()) {
                continue;
            }
            String device = ProviderJson.text(disk, "device");
            BigDecimal total = DiskSizes.gigabytes(ProviderJson.text(disk, "total"));
            BigDecimal free = DiskSizes.gigabytes(ProviderJson.text(disk, "free"));
            Long percent = ProviderJson.longValue(disk, "percent");
            result.add(new AssetDetails.DiskUsage(device, total, free, percent == null ? null : percent.intValue()));
        }
        return result;
    }

    private static String firstCpuModel(JsonNode cpuModel) {
        if (cpuModel != null && cpuModel.isArray()) {
            for (JsonNode model : cpuModel) {
                String value = model.isString() ? AgentValues.meaningful(model.asString()) : null;
                if (value != null) {
                    return value.replaceAll(", \\d+C/\\d+T$", "");
                }
            }
        }
        return null;
    }

    private static void putIfPresent(Map<String, Object> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }
}
