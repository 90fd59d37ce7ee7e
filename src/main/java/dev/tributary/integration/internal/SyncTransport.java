package dev.tributary.integration.internal;

import java.util.UUID;

/**
 * Where runs execute. {@code direct} runs them on a local thread pool; another engine (a queue, a
 * workflow system) can be plugged in by implementing this and naming it in
 * {@code TRIBUTARY_SYNC_TRANSPORT}.
 */
public interface SyncTransport {

    String name();

    void dispatch(RunRequest request);

    record RunRequest(UUID tenantId, UUID integrationId, UUID runId) {
    }
}
