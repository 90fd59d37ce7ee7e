package dev.tributary.integration;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One {@code rmm_alerts} row. */
public record AlertRecord(
        UUID id,
        UUID integrationId,
        String provider,
        String externalAlertId,
        String externalDeviceId,
        UUID assetId,
        UUID ticketId,
        String severity,
        String status,
        String message,
        String deviceName,
        Instant triggeredAt,
        Instant resolvedAt,
        Map<String, Object> metadata,
        Instant createdAt,
        Instant updatedAt) {
}
