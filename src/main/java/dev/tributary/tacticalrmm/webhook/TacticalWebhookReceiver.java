package dev.tributary.tacticalrmm.webhook;

import dev.tributary.integration.IntegrationRef;
import dev.tributary.tacticalrmm.sync.AgentRefresher;
import org.springframework.stereotype.Component;

/**
 * A verified Tactical alert delivery (the kernel checked the URL key, size and secret header): parse, upsert the
 * alert idempotently with the agent's asset linked (most deliveries are new alerts, so in one statement without
 * reading first), answer 202, and queue a refresh of that one agent when it has an asset.
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

    private final AlertWriter writer;
    private final AgentRefresher refresher;

    TacticalWebhookReceiver(AlertWriter writer, AgentRefresher refresher) {
        this.writer = writer;
        this.refresher = refresher;
    }

    public AlertWriter.Outcome receive(IntegrationRef ref, byte[] body) {
        WebhookPayload payload = WebhookBodyParser.parse(body);
        AlertWriter.Outcome outcome = writer.insertOrMerge(ref, payload, "webhook");
        // Also for an agent without an asset: it may have enrolled since the last device sync (the refresher then
        // creates its asset if its client is synced, and links this alert).
        refresher.request(ref, payload.agentId());
        return outcome;
    }
}
