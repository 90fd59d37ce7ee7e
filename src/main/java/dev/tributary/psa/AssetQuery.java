package dev.tributary.psa;

import java.util.UUID;

/** Filters of the asset list; {@code null} means "any". */
public record AssetQuery(UUID clientId, String provider, AgentStatus agentStatus, String status, String search) {
}
