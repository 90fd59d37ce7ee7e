package dev.tributary.psa;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The workstation/server details of an asset. A {@code null} hardware field (cpu, ram, disks,
 * software) means "not reported" and keeps what is stored; the vitals are always overwritten.
 */
public record AssetDetails(
        String osType,
        String osVersion,
        String agentVersion,
        String currentUser,
        Long uptimeSeconds,
        String lanIp,
        String wanIp,
        String cpuModel,
        Integer cpuCores,
        BigDecimal ramGb,
        List<DiskUsage> diskUsage,
        List<InstalledSoftware> installedSoftware,
        Map<String, Object> systemInfo,
        Instant lastRebootAt) {

    public static AssetDetails empty() {
        return new AssetDetails(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** One volume; sizes in decimal GB. */
    public record DiskUsage(String name, BigDecimal totalGb, BigDecimal freeGb, Integer utilizationPercent) {
    }

    public record InstalledSoftware(String name, String version, String publisher) {
    }
}
