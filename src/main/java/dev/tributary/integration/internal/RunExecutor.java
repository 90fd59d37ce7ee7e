package dev.tributary.integration.internal;

import dev.tributary.integration.DeviceIngestion;
import dev.tributary.integration.IntegrationProvider;
import dev.tributary.integration.IntegrationRecord;
import dev.tributary.integration.OrganizationMappings;
import dev.tributary.integration.ProviderRegistry;
import dev.tributary.integration.RunCapability;
import dev.tributary.integration.RunKind;
import dev.tributary.integration.RunState;
import dev.tributary.integration.RunTrigger;
import dev.tributary.integration.SyncRunView;
import dev.tributary.integration.http.ProviderException;
import dev.tributary.platform.Problem;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Executes one run while holding the integration's run lock: marks it running, keeps the lease
 * alive, lets the provider work, then records state, counts and the integration's status. Only a
 * successful run moves the integration's sync timestamps (the incremental cursor).
 */
@Component
class RunExecutor implements DisposableBean {

    static final Duration LEASE = Duration.ofMinutes(2);
    private static final Logger log = LoggerFactory.getLogger(RunExecutor.class);

    private final IntegrationRepository integrations;
    private final SyncRunRepository runs;
    private final ProviderRegistry registry;
    private final DeviceIngestion deviceIngestion;
    private final OrganizationMappings mappings;
    private final NodeName node;
    private final MeterRegistry meters;
    private final Clock clock;
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "run-lease-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    RunExecutor(IntegrationRepository integrations, SyncRunRepository runs, ProviderRegistry registry,
                DeviceIngestion deviceIngestion, OrganizationMappings mappings, NodeName node, MeterRegistry meters, Clock clock) {
        this.integrations = integrations;
        this.runs = runs;
        this.registry = registry;
        this.deviceIngestion = deviceIngestion;
        this.mappings = mappings;
        this.node = node;
        this.meters = meters;
        this.clock = clock;
    }

    /** Executes a queued run whose lock was taken when it was queued. */
    void execute(SyncTransport.RunRequest request) {
        Optional<SyncRunView> run = runs.find(request.tenantId(), request.runId());
        Optional<IntegrationRecord> integration = integrations.findById(request.tenantId(), request.integrationId());
        if (run.isEmpty() || integration.isEmpty()) {
            integration.ifPresent(i -> integrations.unlock(i.tenantId(), i.id(), request.runId()));
            return;
        }
        runs.markRunning(request.tenantId(), request.runId(), clock.instant(), node.value());
        execute(integration.get(), run.get().id(), run.get().kind(), run.get().trigger());
    }

    /** Runs with the lock already held; always releases it. */
    RunState execute(IntegrationRecord integration, UUID runId, RunKind kind, RunTrigger trigger) {
        UUID tenantId = integration.tenantId();
        Instant started = clock.instant();
        Runnable extendLease = () -> integrations.extendLease(tenantId, integration.id(), runId, clock.instant().plus(LEASE));
        ScheduledFuture<?> heartbeat = heartbeats.scheduleAtFixedRate(() -> {
            try {
                extendLease.run();
            } catch (RuntimeException e) {
                log.warn("Could not extend the run lease of {}", runId, e);
            }
        }, 30, 30, TimeUnit.SECONDS);
        Instant since = integration.lastIncrementalSyncAt() != null ? integration.lastIncrementalSyncAt() : integration.lastFullSyncAt();
        DefaultRunContext context = new DefaultRunContext(runId, integration.ref(), kind, trigger, integration.settings(), started,
                since, deviceIngestion, mappings, runs, extendLease, clock);
        RunState state;
        String error = null;
        try {
            IntegrationProvider provider = registry.require(integration.provider());
            RunCapability capability = (RunCapability) provider;
            capability.execute(context);
            if (context.skippedReason() != null) {
                state = RunState.SKIPPED;
            } else {
                if (kind == RunKind.FULL_SYNC && context.usedIngestion() && markMissingInactive(integration.settings())) {
                    context.ingestion().markMissingInactive();
                }
                long failed = context.counts().getOrDefault("failed", 0L);
                if (failed > 0) {
                    state = RunState.FAILED;
                    error = failed + " item(s) could not be stored; they will be retried on the next run.";
                } else {
                    state = RunState.SUCCEEDED;
                }
            }
        } catch (ProviderException e) {
            state = RunState.FAILED;
            error = e.getMessage();
        } catch (Problem.ProblemException e) {
            state = RunState.FAILED;
            error = e.problem().detail();
        } catch (Exception e) {
            log.error("{} run {} of {} failed unexpectedly", kind.value(), runId, integration.provider(), e);
            state = RunState.FAILED;
            error = "The " + kind.value().replace('_', ' ') + " stopped on an unexpected error (" + e.getClass().getSimpleName()
                    + "); it has been logged and will be retried.";
        } finally {
            heartbeat.cancel(false);
        }
        Instant finished = clock.instant();
        Map<String, Long> counts = context.counts();
        try {
            runs.finish(tenantId, runId, state, finished, context.done(), context.total(), counts, error, context.skippedReason());
            recordOnIntegration(integration, kind, state, error, started, finished);
        } finally {
            integrations.unlock(tenantId, integration.id(), runId);
        }
        meters.counter("tributary.sync.runs", "provider", integration.provider(), "kind", kind.value(), "state", state.value())
                .increment();
        log.info("{} {} run {} {} in {} ms {}", integration.provider(), kind.value(), runId, state.value(),
                Duration.between(started, finished).toMillis(), counts);
        return state;
    }

    private void recordOnIntegration(IntegrationRecord integration, RunKind kind, RunState state, String error, Instant started,
                                     Instant finished) {
        switch (state) {
            case SUCCEEDED -> integrations.recordRun(integration.tenantId(), integration.id(), "completed", null, finished,
                    kind == RunKind.INCREMENTAL_SYNC || kind == RunKind.POLL || kind == RunKind.FULL_SYNC ? started : null,
                    kind == RunKind.FULL_SYNC ? started : null, finished);
            case FAILED -> integrations.recordRun(integration.tenantId(), integration.id(), "error", error, null, null, null, finished);
            default -> {
            }
        }
    }

    static boolean markMissingInactive(Map<String, Object> settings) {
        return Boolean.TRUE.equals(settings.get("markMissingInactive"));
    }

    @Override
    public void destroy() {
        heartbeats.shutdownNow();
    }
}
