package dev.tributary.integration;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Starting runs and reading their history, for the REST API, the UI and webhooks. */
public interface SyncRuns {

    /**
     * Queues a run and dispatches it to the transport.
     *
     * @throws dev.tributary.platform.ConflictException     when a run of this integration is going
     * @throws dev.tributary.platform.InvalidFieldException when the kind is not a capability of the provider
     */
    SyncRunView start(UUID tenantId, String provider, RunKind kind, RunTrigger trigger);

    /** Like {@link #start} but returns empty instead of throwing when a run is already going. */
    Optional<SyncRunView> startIfIdle(UUID tenantId, String provider, RunKind kind, RunTrigger trigger);

    List<SyncRunView> history(UUID tenantId, UUID integrationId, int limit);

    Optional<SyncRunView> find(UUID tenantId, UUID runId);

    Optional<SyncRunView> latest(UUID tenantId, UUID integrationId);

    /** The tenant's latest runs across integrations, newest first. */
    List<SyncRunView> recent(UUID tenantId, int limit);
}
