package dev.tributary.integration;

import dev.tributary.psa.ListPage;
import dev.tributary.psa.PageRequest;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The alert store. {@code (tenant, integration, external_alert_id)} is unique, so a redelivered or
 * re-polled alert updates its row instead of adding one. Writes join the caller's transaction.
 */
public interface Alerts {

    Optional<AlertRecord> find(IntegrationRef integration, String externalAlertId);

    /**
     * Inserts or updates the alert row; {@code assetId} and {@code deviceName} keep their stored
     * value when the upsert carries none.
     *
     * @return the row after the write, and whether it was created by this call
     */
    Upserted upsert(IntegrationRef integration, AlertUpsert alert);

    /**
     * Inserts the alert unless a row with its key exists, in one statement and without reading anything. When the
     * alert names no asset, the new row is linked to the asset its external device is mapped to, if there is one.
     *
     * @return the new row (with that asset), or empty when the alert was stored already (nothing was written)
     */
    Optional<AlertRecord> insertIfAbsent(IntegrationRef integration, AlertUpsert alert);

    void linkTicket(IntegrationRef integration, UUID alertId, UUID ticketId);

    void linkAsset(IntegrationRef integration, UUID alertId, UUID assetId);

    /** Replaces keys of the alert's metadata (e.g. a processing error), leaving the others. */
    void mergeMetadata(IntegrationRef integration, String externalAlertId, Map<String, Object> entries);

    ListPage<AlertRecord> list(UUID tenantId, String provider, String status, PageRequest page);

    long countByStatus(UUID tenantId, UUID integrationId, String... statuses);

    record Upserted(AlertRecord alert, boolean created) {
    }
}
