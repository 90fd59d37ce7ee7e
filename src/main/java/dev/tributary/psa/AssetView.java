package dev.tributary.psa;

import java.time.Instant;
import java.util.UUID;

/** An asset as listed; {@code details} is present only on the single-asset view. */
public record AssetView(
        UUID id,
        String name,
        AssetType assetType,
        UUID clientId,
        String clientName,
        String status,
        String assetTag,
        String serialNumber,
        String rmmProvider,
        String rmmDeviceId,
        String rmmOrganizationId,
        AgentStatus agentStatus,
        Instant lastSeenAt,
        Instant lastRmmSyncAt,
        AssetDetails details) {
}
