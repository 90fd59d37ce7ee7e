package dev.tributary.integration;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** The provider's view of one alert/incident, written idempotently by external id. */
public record AlertUpsert(
        String externalAlertId,
        String externalDeviceId,
        UUID assetId,
        String severity,
        String status,
        String message,
        String deviceName,
        Instant triggeredAt,
        Instant resolvedAt,
        Map<String, Object> metadata) {
}
