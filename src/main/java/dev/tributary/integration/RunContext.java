package dev.tributary.integration;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What a provider gets while it executes a run. */
public interface RunContext {

    UUID runId();

    IntegrationRef integration();

    RunKind kind();

    RunTrigger trigger();

    /** The integration's settings when the run started. */
    Map<String, Object> settings();

    Instant startedAt();

    /**
     * For incremental runs: the start of the last successful incremental (or full) sync; null
     * when there was none, in which case the provider does a full walk.
     */
    Instant since();

    /** Reports progress; the UI shows {@code done/total} while the run is going. */
    void progress(long done, Long total);

    /** Adds to a named count of the run ({@code ticketsCreated}, {@code requests}...). */
    void count(String name, long delta);

    /** Ends the run as skipped with a reason the user can act on (no exception needed afterwards). */
    void skip(String reason);

    /** The device ingestion session of this run (device-sync kinds); counts are merged into the run. */
    IngestionSession ingestion();

    /** Scopes this run syncs: mapped, with asset sync on, in a stable order. */
    List<OrganizationMapping> syncedScopes();
}
