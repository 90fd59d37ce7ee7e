package dev.tributary.integration;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One {@code rmm_integrations} row. */
public record IntegrationRecord(
        UUID id,
        UUID tenantId,
        String provider,
        String instanceUrl,
        boolean active,
        Instant connectedAt,
        String syncStatus,
        String syncError,
        Instant lastSyncAt,
        Instant lastIncrementalSyncAt,
        Instant lastFullSyncAt,
        Map<String, Object> settings,
        String webhookKey) {

    public IntegrationRef ref() {
        return new IntegrationRef(tenantId, id, provider);
    }
}
