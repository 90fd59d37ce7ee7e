package dev.tributary.integration;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** The status object of {@code GET /integrations/{provider}}; also what the settings pages render. */
public record IntegrationStatus(
        String provider,
        UUID integrationId,
        boolean connected,
        boolean isActive,
        String syncStatus,
        String syncError,
        Instant connectedAt,
        Instant lastSyncAt,
        Instant lastIncrementalSyncAt,
        Instant lastFullSyncAt,
        long deviceCount,
        String instanceUrl,
        Map<String, Object> settings,
        Map<String, String> credentials,
        Map<String, Object> details) {
}
