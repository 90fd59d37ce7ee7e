package dev.tributary.integration.internal;

import dev.tributary.integration.DeviceIngestion;
import dev.tributary.integration.IngestionCounts;
import dev.tributary.integration.IngestionSession;
import dev.tributary.integration.IntegrationRef;
import dev.tributary.integration.OrganizationMapping;
import dev.tributary.integration.OrganizationMappings;
import dev.tributary.integration.RunContext;
import dev.tributary.integration.RunKind;
import dev.tributary.integration.RunTrigger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The run's view for provider code; progress and counts are flushed at most twice a second. */
class DefaultRunContext implements RunContext {

    private static final Duration FLUSH_INTERVAL = Duration.ofMillis(500);

    private final UUID runId;
    private final IntegrationRef integration;
    private final RunKind kind;
    private final RunTrigger trigger;
    private final Map<String, Object> settings;
    private final Instant startedAt;
    private final Instant since;
    private final DeviceIngestion deviceIngestion;
    private final OrganizationMappings mappings;
    private final SyncRunRepository runs;
    private final Runnable leaseExtender;
    private final Clock clock;

    private final Map<String, Long> counts = new LinkedHashMap<>();
    private long done;
    private Long total;
    private Instant lastFlush = Instant.EPOCH;
    private String skippedReason;
    private IngestionSession ingestion;
    private List<OrganizationMapping> syncedScopes;

    DefaultRunContext(UUID runId, IntegrationRef integration, RunKind kind, RunTrigger trigger, Map<String, Object> settings,
                      Instant startedAt, Instant since, DeviceIngestion deviceIngestion, OrganizationMappings mappings,
                      SyncRunRepository runs, Runnable leaseExtender, Clock clock) {
        this.runId = runId;
        this.integration = integration;
        this.kind = kind;
        this.trigger = trigger;
        this.settings = settings;
        this.startedAt = startedAt;
        this.since = since;
        this.deviceIngestion = deviceIngestion;
        this.mappings = mappings;
        this.runs = runs;
        this.leaseExtender = leaseExtender;
        this.clock = clock;
    }

    @Override
    public UUID runId() {
        return runId;
    }

    @Override
    public IntegrationRef integration() {
        return integration;
    }

    @Override
    public RunKind kind() {
        return kind;
    }

    @Override
    public RunTrigger trigger() {
        return trigger;
    }

    @Override
    public Map<String, Object> settings() {
        return settings;
    }

    @Override
    public Instant startedAt() {
        return startedAt;
    }

    @Override
    public Instant since() {
        return since;
    }

    @Override
    public synchronized void progress(long done, Long total) {
        this.done = done;
        this.total = total;
        flush(false);
    }

    @Override
    public synchronized void count(String name, long delta) {
        counts.merge(name, delta, Long::sum);
        flush(false);
    }

    @Override
    public synchronized void skip(String reason) {
        this.skippedReason = reason;
    }

    @Override
    public synchronized IngestionSession ingestion() {
        if (ingestion == null) {
            List<String> scopeIds = syncedScopes().stream().map(OrganizationMapping::externalOrganizationId).toList();
            ingestion = deviceIngestion.open(integration, scopeIds);
        }
        return ingestion;
    }

    @Override
    public synchronized List<OrganizationMapping> syncedScopes() {
        if (syncedScopes == null) {
            syncedScopes = mappings.syncedScopes(integration.tenantId(), integration.integrationId());
        }
        return syncedScopes;
    }

    synchronized String skippedReason() {
        return skippedReason;
    }

    synchronized boolean usedIngestion() {
        return ingestion != null;
    }

    synchronized long done() {
        return done;
    }

    synchronized Long total() {
        return total;
    }

    /** The run's counts: the provider's plus the ingestion's. */
    synchronized Map<String, Long> counts() {
        Map<String, Long> all = new LinkedHashMap<>(counts);
        if (ingestion != null) {
            IngestionCounts c = ingestion.counts();
            all.merge("fetched", c.fetched(), Long::sum);
            all.put("created", c.created());
            all.put("updated", c.updated());
            all.put("unchanged", c.unchanged());
            all.put("skipped", c.skipped());
            all.put("markedInactive", c.markedInactive());
            all.merge("failed", c.failed(), Long::sum);
        }
        return all;
    }

    synchronized void flush(boolean force) {
        Instant now = clock.instant();
        if (force || Duration.between(lastFlush, now).compareTo(FLUSH_INTERVAL) >= 0) {
            lastFlush = now;
            runs.progress(integration.tenantId(), runId, done, total, counts());
            leaseExtender.run();
        }
    }
}
