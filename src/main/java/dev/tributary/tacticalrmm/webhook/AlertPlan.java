package dev.tributary.tacticalrmm.webhook;

import dev.tributary.integration.AlertRecord;
import dev.tributary.integration.AlertUpsert;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * What one Tactical alert (from a webhook or the backfill) writes to the alert store. Pure.
 *
 * <ul>
 *   <li><b>Key</b>: Tactical's alert id; without one, agent + alert type + alert time (so a redelivery and the
 *       matching resolve hit the same row), or agent + a digest of the message when there is no time either.</li>
 *   <li><b>Status</b>: {@code resolved} for a resolve; a resolved row stays resolved when a trigger for the same alert
 *       arrives late (Tactical fires each action once, but deliveries can overtake each other).</li>
 *   <li><b>Severity</b>: critical (crit, error), major (major, high), moderate (moder, warn, medium), minor (minor,
 *       low, info), else none.</li>
 * </ul>
 */
public final class AlertPlan {

    public static final String ACTIVE = "active";
    public static final String RESOLVED = "resolved";

    private AlertPlan() {
    }

    public static String key(WebhookPayload payload) {
        if (payload.alertId() != null) {
            return payload.alertId();
        }
        String kind = payload.alertType() != null ? payload.alertType() : "alert";
        if (payload.alertTime() != null) {
            return payload.agentId() + ":" + kind + ":" + payload.alertTime();
        }
        return payload.agentId() + ":" + kind + ":" + digest(String.valueOf(payload.message()));
    }

    public static String severity(String raw) {
        String s = raw == null ? "" : raw.toLowerCase(Locale.ROOT);
        if (s.contains("crit") || s.contains("error") || s.contains("fatal")) {
            return "critical";
        }
        if (s.contains("major") || s.contains("high")) {
            return "major";
        }
        if (s.contains("moder") || s.contains("warn") || s.contains("medium")) {
            return "moderate";
        }
        if (s.contains("minor") || s.contains("low") || s.contains("info")) {
            return "minor";
        }
        return "none";
    }

    /**
     * @param existing the stored row, or null
     * @param source   {@code webhook} or {@code backfill}
     */
    public static AlertUpsert upsert(WebhookPayload payload, AlertRecord existing, UUID assetId, Instant now, String source) {
        boolean wasResolved = existing != null && RESOLVED.equals(existing.status());
        boolean resolved = payload.resolved() || wasResolved;
        Instant resolvedAt = null;
        if (resolved) {
            resolvedAt = payload.resolvedOn() != null ? payload.resolvedOn()
                    : wasResolved && existing.resolvedAt() != null ? existing.resolvedAt() : now;
        }
        Instant triggeredAt = payload.alertTime() != null ? payload.alertTime()
                : existing != null && existing.triggeredAt() != null ? existing.triggeredAt() : now;
        String severity = payload.severity() != null ? severity(payload.severity())
                : existing != null && existing.severity() != null ? existing.severity() : "none";
        Map<String, Object> metadata = new LinkedHashMap<>();
        if (existing != null && existing.metadata() != null) {
            metadata.putAll(existing.metadata());
        }
        metadata.put("source", source);
        putIfPresent(metadata, "event", payload.event());
        putIfPresent(metadata, "alertType", payload.alertType());
        putIfPresent(metadata, "tacticalSeverity", payload.severity());
        putIfPresent(metadata, "clientId", payload.clientId());
        putIfPresent(metadata, "siteId", payload.siteId());
        putIfPresent(metadata, "client", payload.fields().get("client"));
        putIfPresent(metadata, "site", payload.fields().get("site"));
        metadata.put("raw", new LinkedHashMap<>(payload.fields()));
        return new AlertUpsert(key(payload), payload.agentId(), assetId, severity, resolved ? RESOLVED : ACTIVE,
                payload.message(), payload.hostname(), triggeredAt, resolvedAt, metadata);
    }

    /** Whether writing {@code next} over {@code existing} would change nothing the user sees (a redelivery). */
    public static boolean sameAs(AlertRecord existing, AlertUpsert next) {
        return existing != null
                && existing.status().equals(next.status())
                && java.util.Objects.equals(existing.severity(), next.severity())
                && (next.message() == null || next.message().equals(existing.message()))
                && (next.assetId() == null || next.assetId().equals(existing.assetId()))
                && java.util.Objects.equals(existing.resolvedAt(), next.resolvedAt());
    }

    private static void putIfPresent(Map<String, Object> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
