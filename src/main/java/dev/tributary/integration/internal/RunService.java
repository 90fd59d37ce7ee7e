package dev.tributary.integration.internal;

import dev.tributary.integration.IntegrationProvider;
import dev.tributary.integration.IntegrationRecord;
import dev.tributary.integration.ProviderRegistry;
import dev.tributary.integration.RunCapability;
import dev.tributary.integration.RunKind;
import dev.tributary.integration.RunState;
import dev.tributary.integration.RunTrigger;
import dev.tributary.integration.SyncRunView;
import dev.tributary.integration.SyncRuns;
import dev.tributary.platform.ConflictException;
import dev.tributary.platform.InvalidFieldException;
import dev.tributary.platform.Problem;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.IdGenerator;

/**
 * Starts runs: one per integration at a time, across instances, through the compare-and-set run
 * lock on the integration row. Manual runs go to the transport; scheduled runs execute on the
 * scheduler's thread.
 */
@Service
class RunService implements SyncRuns {

    private final ProviderRegistry registry;
    private final IntegrationRepository integrations;
    private final SyncRunRepository runs;
    private final RunExecutor executor;
    private final SyncTransport transport;
    private final NodeName node;
    private final TransactionTemplate transactions;
    private final IdGenerator ids;
    private final Clock clock;

    RunService(ProviderRegistry registry, IntegrationRepository integrations, SyncRunRepository runs, RunExecutor executor,
               SyncTransport transport, NodeName node, PlatformTransactionManager transactionManager, IdGenerator ids, Clock clock) {
        this.registry = registry;
        this.integrations = integrations;
        this.runs = runs;
        this.executor = executor;
        this.transport = transport;
        this.node = node;
        this.transactions = new TransactionTemplate(transactionManager);
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public SyncRunView start(UUID tenantId, String provider, RunKind kind, RunTrigger trigger) {
        return startIfIdle(tenantId, provider, kind, trigger).orElseThrow(() -> new ConflictException(
                "A run of this integration is already in progress; wait for it to finish."));
    }

    @Override
    public Optional<SyncRunView> startIfIdle(UUID tenantId, String provider, RunKind kind, RunTrigger trigger) {
        IntegrationRecord integration = connected(tenantId, provider, kind);
        UUID runId = ids.generateId();
        Boolean locked = transactions.execute(status -> {
            Instant now = clock.instant();
            if (!integrations.tryLock(tenantId, integration.id(), runId, now.plus(RunExecutor.LEASE), now)) {
                return false;
            }
            runs.insert(runId, tenantId, integration.id(), kind, trigger, RunState.QUEUED, now, node.value());
            return true;
        });
        if (!Boolean.TRUE.equals(locked)) {
            return Optional.empty();
        }
        transport.dispatch(new SyncTransport.RunRequest(tenantId, integration.id(), runId));
        return runs.find(tenantId, runId);
    }

    private IntegrationRecord connected(UUID tenantId, String provider, RunKind kind) {
        IntegrationProvider p = registry.require(provider);
        if (!(p instanceof RunCapability capability) || !capability.runKinds().contains(kind)) {
            throw new InvalidFieldException("kind", kind.value() + " is not something " + p.descriptor().title() + " can run");
        }
        return integrations.find(tenantId, provider).filter(IntegrationRecord::active)
                .orElseThrow(() -> new Problem(409, "not-connected", "Not connected",
                        p.descriptor().title() + " is not connected; connect it first.", null).toException());
    }

    /**
     * A scheduled run: skipped silently when the integration is gone, inactive or busy. A run
     * that is skipped for the same reason as the previous run of its kind is not kept, so an
     * integration waiting for configuration does not fill its history.
     */
    void runScheduled(UUID tenantId, UUID integrationId, RunKind kind) {
        Optional<IntegrationRecord> found = integrations.findById(tenantId, integrationId)
                .filter(IntegrationRecord::active)
                .filter(i -> registry.find(i.provider()).isPresent());
        if (found.isEmpty()) {
            return;
        }
        IntegrationRecord integration = found.get();
        UUID runId = ids.generateId();
        Boolean locked = transactions.execute(status -> {
            Instant now = clock.instant();
            if (!integrations.tryLock(tenantId, integrationId, runId, now.plus(RunExecutor.LEASE), now)) {
                return false;
            }
            // Started when the lock was won, not when it was asked for: the thread may wait for the row (or a core)
            // in between, while the previous run finishes, and its history row must not seem to overlap this one.
            runs.insert(runId, tenantId, integrationId, kind, RunTrigger.SCHEDULED, RunState.RUNNING, clock.instant(), node.value());
            return true;
        });
        if (!Boolean.TRUE.equals(locked)) {
            return;
        }
        RunState state = executor.execute(integration, runId, kind, RunTrigger.SCHEDULED);
        if (state == RunState.SKIPPED) {
            String reason = runs.find(tenantId, runId).map(SyncRunView::skippedReason).orElse(null);
            runs.latestOfKind(tenantId, integrationId, kind, runId)
                    .filter(previous -> previous.state() == RunState.SKIPPED && Objects.equals(previous.skippedReason(), reason))
                    .ifPresent(previous -> runs.delete(tenantId, runId));
        }
    }

    @Override
    public List<SyncRunView> history(UUID tenantId, UUID integrationId, int limit) {
        return runs.history(tenantId, integrationId, limit);
    }

    @Override
    public Optional<SyncRunView> find(UUID tenantId, UUID runId) {
        return runs.find(tenantId, runId);
    }

    @Override
    public List<SyncRunView> recent(UUID tenantId, int limit) {
        return runs.recent(tenantId, limit);
    }

    @Override
    public Optional<SyncRunView> latest(UUID tenantId, UUID integrationId) {
        return runs.history(tenantId, integrationId, 1).stream().findFirst();
    }
}
