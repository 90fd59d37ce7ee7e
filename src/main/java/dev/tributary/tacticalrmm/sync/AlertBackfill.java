package dev.tributary.tacticalrmm.sync;

import dev.tributary.integration.ExternalEntities;
import dev.tributary.integration.RunContext;
import dev.tributary.integration.http.ProblemKind;
import dev.tributary.integration.http.ProviderException;
import dev.tributary.integration.http.ProviderJson;
import dev.tributary.tacticalrmm.client.TacticalApi;
import dev.tributary.tacticalrmm.webhook.AlertWriter;
import dev.tributary.tacticalrmm.webhook.WebhookPayload;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Alert backfill: one {@code PATCH /alerts/} with {@code {"timeFilter": days, "resolvedFilter": true,
 * "snoozedFilter": true}} — in Tactical's semantics {@code true} means "include" (no filter) and {@code timeFilter}
 * keeps {@code now − days < alert_time ≤ now} — so open and resolved alerts of the window come back in one plain
 * array (hidden ones included). Each is upserted by its id like a webhook delivery, so both paths share rows; a
 * resolved alert resolves its row.
 */
public final class AlertBackfill {

    private final RunContext context;
    private final TacticalApi api;
    private final AlertWriter writer;
    private final ExternalEntities entities;

    public AlertBackfill(RunContext context, TacticalApi api, AlertWriter writer, ExternalEntities entities) {
        this.context = context;
        this.api = api;
        this.writer = writer;
        this.entities = entities;
    }

    /** The request body: alerts of the last {@code days} days, resolved and snoozed included. */
    public static Map<String, Object> filter(int days) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("timeFilter", days);
        body.put("resolvedFilter", true);
        body.put("snoozedFilter", true);
        return body;
    }

    public void run(int days) {
        long before = api.requestCount();
        JsonNode list = api.patch("/alerts/", filter(days));
        context.count("requests", api.requestCount() - before);
        if (!list.isArray()) {
            throw new ProviderException(ProblemKind.MALFORMED_RESPONSE, 200, "Tactical RMM answered PATCH /alerts/ without a "
                    + "list of alerts.");
        }
        Map<String, UUID> assets = entities.assetsByExternalId(context.integration().tenantId(), context.integration().provider());
        long done = 0;
        for (JsonNode alert : list) {
            WebhookPayload payload = payload(alert);
            done++;
            if (payload == null) {
                context.count("skipped", 1);
                continue;
            }
            UUID assetId = payload.agentId() == null ? null : assets.get(payload.agentId());
            switch (writer.merge(context.integration(), payload, assetId, "backfill")) {
                case DUPLICATE -> context.count("unchanged", 1);
                case CREATED -> context.count("alertsRecorded", 1);
                case UPDATED -> context.count("updated", 1);
            }
            context.progress(done, (long) list.size());
        }
        context.count("fetched", list.size());
    }

    /** An alert of the API as the common payload; null when it has no id. */
    static WebhookPayload payload(JsonNode alert) {
        String id = ProviderJson.text(alert, "id");
        if (id == null) {
            return null;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String key : new String[] {"id", "agent_id", "hostname", "client", "site", "alert_type", "severity", "message",
            "alert_time", "resolved_on", "snoozed", "hidden"}) {
            JsonNode value = alert.get(key);
            if (value != null && !value.isNull()) {
                fields.put(key, value.isString() ? value.asString() : value.toString());
            }
        }
        boolean resolved = ProviderJson.bool(alert, "resolved");
        return new WebhookPayload(ProviderJson.text(alert, "agent_id"), id, null, ProviderJson.text(alert, "severity"),
                ProviderJson.text(alert, "message"), ProviderJson.instant(alert, "alert_time"), ProviderJson.text(alert, "alert_time"),
                null, null, ProviderJson.text(alert, "alert_type"), ProviderJson.text(alert, "hostname"), resolved,
                ProviderJson.instant(alert, "resolved_on"), fields);
    }
}
