package dev.tributary.integration;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Integration rows for provider code. */
public interface Integrations {

    Optional<IntegrationRecord> find(UUID tenantId, String provider);

    Optional<IntegrationRecord> find(IntegrationRef ref);

    default IntegrationRecord require(IntegrationRef ref) {
        return find(ref).orElseThrow(() -> new IllegalStateException("Integration " + ref.integrationId() + " vanished"));
    }

    /**
     * Re-reads the settings under a row lock, applies the change and writes them back, so a change
     * made meanwhile (a user saving routing during a poll) is never overwritten.
     */
    Map<String, Object> updateSettings(IntegrationRef ref, UnaryOperator<Map<String, Object>> change);

    /** Records a provider problem on the integration ({@code sync_status=error}, banner in the UI). */
    void recordError(IntegrationRef ref, String message);

    /** Clears a previous error. */
    void clearError(IntegrationRef ref);
}
