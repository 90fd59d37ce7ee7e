package dev.tributary.tacticalrmm.webhook;

import dev.tributary.integration.AlertRecord;
import dev.tributary.integration.AlertUpsert;
import dev.tributary.integration.Alerts;
import dev.tributary.integration.ExternalEntities;
import dev.tributary.integration.IntegrationRef;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Stores one Tactical alert, from a webhook or the backfill, as {@link AlertPlan} decides. Both paths share rows, so
 * a redelivery or a backfill of a known alert changes the row at most, and an unchanged one is not written.
 */
@Component
public class AlertWriter {

    /** What storing an alert did. */
    public enum Outcome { CREATED, UPDATED, DUPLICATE }

    private final Alerts alerts;
    private final ExternalEntities entities;
    private final Clock clock;

    AlertWriter(Alerts alerts, ExternalEntities entities, Clock clock) {
        this.alerts = alerts;
        this.entities = entities;
        this.clock = clock;
    }

    /**
     * For alerts that are mostly new (webhook deliveries): the row is inserted, linked to the agent's asset, in one
     * statement without a read; only a key that exists already is read and merged.
     */
    public Outcome insertOrMerge(IntegrationRef ref, WebhookPayload payload, String source) {
        Instant now = clock.instant();
        if (alerts.insertIfAbsent(ref, AlertPlan.upsert(payload, null, null, now, source)).isPresent()) {
            return Outcome.CREATED;
        }
        UUID assetId = entities.findAsset(ref.tenantId(), ref.provider(), payload.agentId()).orElse(null);
        return merge(ref, payload, assetId, now, source);
    }

    /** For alerts that are mostly stored already (the backfill): the row is read first and written only if it changes. */
    public Outcome merge(IntegrationRef ref, WebhookPayload payload, UUID assetId, String source) {
        return merge(ref, payload, assetId, clock.instant(), source);
    }

    private Outcome merge(IntegrationRef ref, WebhookPayload payload, UUID assetId, Instant now, String source) {
        AlertRecord existing = alerts.find(ref, AlertPlan.key(payload)).orElse(null);
        AlertUpsert upsert = AlertPlan.upsert(payload, existing, assetId, now, source);
        if (AlertPlan.sameAs(existing, upsert)) {
            return Outcome.DUPLICATE;
        }
        return alerts.upsert(ref, upsert).created() ? Outcome.CREATED : Outcome.UPDATED;
    }
}
