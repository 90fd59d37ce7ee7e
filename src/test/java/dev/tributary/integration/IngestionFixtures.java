package dev.tributary.integration;

import dev.tributary.psa.AgentStatus;
import dev.tributary.psa.AssetDetails;
import dev.tributary.psa.AssetType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Snapshots for ingestion tests. */
public final class IngestionFixtures {

    private IngestionFixtures() {
    }

    public static DeviceSnapshot device(String id, String scope, String name) {
        return new DeviceSnapshot(id, scope, DeviceSnapshot.Lifecycle.ACTIVE, AssetType.WORKSTATION, name, "SN-" + id,
                AgentStatus.ONLINE, Instant.parse("2026-11-23T10:00:00Z"), null, details("Windows", "16"), Map.of("site", "HQ"));
    }

    public static AssetDetails details(String os, String ram) {
        return new AssetDetails(os, "11 Pro", "2.11.0", "alice", 3600L, "10.0.0.5", "203.0.113.5", "Intel i7", 8,
                new BigDecimal(ram), List.of(new AssetDetails.DiskUsage("C:", new BigDecimal("512.00"), new BigDecimal("256.00"), 50)),
                List.of(new AssetDetails.InstalledSoftware("7-Zip", "24.08", "Igor Pavlov")), Map.of("manufacturer", "Dell"), null);
    }
}
