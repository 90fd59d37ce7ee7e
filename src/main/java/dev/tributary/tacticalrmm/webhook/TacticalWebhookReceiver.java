package dev.tributary.tacticalrmm.webhook;

import dev.tributary.integration.AlertRecord;
import dev.tributary.integration.AlertUpsert;
import dev.tributary.integration.Alerts;
import dev.tributary.integration.ExternalEntities;
import dev.tributary.integration.IntegrationRef;
import dev.tributary.tacticalrmm.sync.AgentRefresher;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A verified Tactical alert delivery (the kernel checked the URL key, size and secret header): parse, upsert the
 * alert idempotently with the agent's asset linked, answer 202, and queue a refresh of that one agent. Most
 * deliveries are new alerts, so the row is inserted first without reading; only when it exists already (a redelivery,
 * a resolve) is it read and merged.
 */
@Component
public class TacticalWebhookReceiver {

    /** Ready to paste as the URL action's REST body (method POST). */
    public static final String PAYLOAD_TEMPLATE = """
            {
              "event": "trigger",
              "agent_id": "{{agent.agent_id}}",
              "alert_id": {{alert.id}},
              "alert_type": "{{alert.alert_type}}",
              "severity": "{{alert.severity}}",
              "message": "{{alert.message}}",
              "alert_time": "{{alert.alert_time}}",
              "resolved": "{{alert.resolved}}",
              "resolved_on": "{{alert.resolved_on}}",
              "hostname": "{{agent.hostname}}",
              "client_id": "{{client.id}}",
              "site_id": "{{site.id}}",
              "client": "{{client.name}}",
              "site": "{{site.name}}"
            }""";

    private final Alerts alerts;
    private final ExternalEntities entities;
    private final AgentRefresher refresher;
    private final Clock clock;

    TacticalWebhookReceiver(Alerts alerts, ExternalEntities entities, AgentRefresher refresher, Clock clock) {
        this.alerts = alerts;
        this.entities = entities;
        this.refresher = refresher;
        this.clock = clock;
    }

    /** What a delivery did. */
    public enum Outcome { CREATED, UPDATED, DUPLICATE }

    public Outcome receive(IntegrationRef ref, byte[] body) {
        WebhookPayload payload = WebhookBodyParser.parse(body);
        UUID assetId = entities.findAsset(ref.tenantId(), ref.provider(), payload.agentId()).orElse(null);
        Instant now = clock.instant();
        Outcome outcome;
        if (alerts.insertIfAbsent(ref, AlertPlan.upsert(payload, null, assetId, now, "webhook")).isPresent()) {
            outcome = Outcome.CREATED;
        } else {
            AlertRecord existing = alerts.find(ref, AlertPlan.key(payload)).orElse(null);
            AlertUpsert upsert = AlertPlan.upsert(payload, existing, assetId, now, "webhook");
            if (AlertPlan.sameAs(existing, upsert)) {
                outcome = Outcome.DUPLICATE;
            } else {
                outcome = alerts.upsert(ref, upsert).created() ? Outcome.CREATED : Outcome.UPDATED;
            }
        }
        if (assetId != null) {
            refresher.request(ref, payload.agentId());
        }
        return outcome;
    }
}
