package dev.tributary.simulator.tactical;

import java.time.Instant;

/**
 * The parts of an alert template ({@code alerts.AlertTemplate}) the fake serves: what the agents
 * table shows ({@code name, always_email, always_text, always_alert}) and the webhook wiring.
 */
public record TacticalAlertTemplate(int id, String name, Boolean agentAlwaysEmail, Boolean agentAlwaysText,
                                    Boolean agentAlwaysAlert, Integer actionRest, Integer resolvedActionRest,
                                    String actionName, String resolvedActionName, Instant createdTime,
                                    Instant modifiedTime) {
}
