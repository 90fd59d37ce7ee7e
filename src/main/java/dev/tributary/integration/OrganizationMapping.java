package dev.tributary.integration;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A provider scope and the client it maps to ({@code clientId == null}: unmapped). */
public record OrganizationMapping(
        UUID id,
        UUID integrationId,
        String externalOrganizationId,
        String externalOrganizationName,
        UUID clientId,
        boolean autoMatched,
        boolean autoCreateTickets,
        boolean autoSyncAssets,
        Map<String, Object> metadata,
        Instant lastSyncedAt) {

    public boolean mapped() {
        return clientId != null;
    }
}
