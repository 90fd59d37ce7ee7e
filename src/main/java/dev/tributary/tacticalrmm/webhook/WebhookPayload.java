package dev.tributary.tacticalrmm.webhook;

import java.time.Instant;
import java.util.Map;

/**
 * A Tactical alert webhook, parsed. Every value Tactical rendered as {@code None} or left empty is null.
 *
 * @param fields every field of the body as text (the raw delivery, kept on the alert)
 */
public record WebhookPayload(
        String agentId,
        String alertId,
        String event,
        String severity,
        String message,
        Instant alertTime,
        String alertTimeText,
        String clientId,
        String siteId,
        String alertType,
        String hostname,
        boolean resolved,
        Instant resolvedOn,
        Map<String, String> fields) {
}
