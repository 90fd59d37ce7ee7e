package dev.tributary.huntress.incident;

import dev.tributary.huntress.client.Agent;

/** The outcome of looking up an incident's agent for ticket content and asset linking. */
public sealed interface AgentLookup {

    /** The incident has no agent (identity, e-mail or SIEM incident). */
    record Hostless() implements AgentLookup {
    }

    record Found(Agent agent) implements AgentLookup {
    }

    /** Huntress answered 404 or the agent was absent from a complete listing (uninstalled). */
    record Missing(String agentId) implements AgentLookup {
    }

    /** The lookup failed; the ticket is still created, with a note instead of host details. */
    record Failed(String agentId, String reason) implements AgentLookup {
    }

    static AgentLookup hostless() {
        return new Hostless();
    }

    default Agent agentOrNull() {
        return this instanceof Found found ? found.agent() : null;
    }
}
