package dev.tributary.psa;

import java.time.Instant;
import java.util.UUID;

/** One asset row as written by a batched insert or update. */
public record AssetWrite(
        UUID id,
        UUID clientId,
        AssetType type,
        String name,
        String assetTag,
        String serialNumber,
        String status,
        String location,
        String rmmProvider,
        String rmmDeviceId,
        String rmmOrganizationId,
        AgentStatus agentStatus,
        Instant lastSeenAt,
        Instant lastRmmSyncAt,
        String contentHash,
        AssetDetails details) {

    public static final String ACTIVE = "active";
    public static final String INACTIVE = "inactive";
}
