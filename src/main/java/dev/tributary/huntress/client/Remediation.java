package dev.tributary.huntress.client;

import java.time.Instant;
import java.util.List;

/**
 * One remediation step. {@code parameters} are the human-readable values of whatever shape Huntress
 * sent (an array of {@code {name, description}}, a string naming the entity, or nothing).
 */
public record Remediation(String id, String type, String action, String status, List<String> parameters,
                          Instant approvedAt, String approvedBy, Instant completedAt) {

    public Remediation {
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
    }
}
