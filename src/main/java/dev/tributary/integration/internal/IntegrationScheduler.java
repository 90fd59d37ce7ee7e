package dev.tributary.integration.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import dev.tributary.integration.IntegrationRecord;
import dev.tributary.integration.ProviderRegistry;
import dev.tributary.integration.RunCapability;
import dev.tributary.integration.RunKind;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Recurring runs through db-scheduler: one task instance per integration and run kind
 * ({@code tenant:integration:kind}), holding its interval in minutes. db-scheduler hands each
 * execution to exactly one instance; the run lock additionally keeps manual and scheduled runs of
 * one integration apart. After each execution the task reschedules itself from the current
 * settings, and {@link #reconcile} aligns instances whenever an integration changes.
 */
@Configuration(proxyBeanMethods = false)
class IntegrationScheduler {

    static final String TASK = "integration-run";
    private static final Logger log = LoggerFactory.getLogger(IntegrationScheduler.class);

    private final ObjectProvider<SchedulerClient> scheduler;
    private final ObjectProvider<RunService> runs;
    private final IntegrationRepository integrations;
    private final SyncRunRepository runRows;
    private final ProviderRegistry registry;
    private final Clock clock;

    IntegrationScheduler(ObjectProvider<SchedulerClient> scheduler, ObjectProvider<RunService> runs, IntegrationRepository integrations,
                         SyncRunRepository runRows, ProviderRegistry registry, Clock clock) {
        this.scheduler = scheduler;
        this.runs = runs;
        this.integrations = integrations;
        this.runRows = runRows;
        this.registry = registry;
        this.clock = clock;
    }

    @Bean
    CustomTask<Integer> integrationRunTask() {
        return Tasks.custom(TASK, Integer.class).execute((instance, context) -> {
            Optional<Duration> next = Optional.empty();
            try {
                String[] parts = instance.getId().split(":");
                UUID tenantId = UUID.fromString(parts[0]);
                UUID integrationId = UUID.fromString(parts[1]);
                RunKind kind = RunKind.parse(parts[2]).orElseThrow();
                next = desiredInterval(tenantId, integrationId, kind);
                if (next.isPresent()) {
                    runs.getObject().runScheduled(tenantId, integrationId, kind);
                    next = desiredInterval(tenantId, integrationId, kind);
                }
            } catch (RuntimeException e) {
                log.error("Scheduled run {} failed", instance.getId(), e);
                next = Optional.of(Duration.ofMinutes(5));
            }
            return next.<CompletionHandler<Integer>>map(interval -> new CompletionHandler.OnCompleteReschedule<>(
                            FixedDelay.of(interval), (int) interval.toMinutes()))
                    .orElseGet(CompletionHandler.OnCompleteRemove::new);
        });
    }

    private Optional<Duration> desiredInterval(UUID tenantId, UUID integrationId, RunKind kind) {
        return integrations.findById(tenantId, integrationId)
                .flatMap(integration -> desired(integration).entrySet().stream()
                        .filter(e -> e.getKey() == kind).map(Map.Entry::getValue).findFirst());
    }

    /** The runs an integration should have scheduled now: none when inactive or hidden by the edition. */
    Map<RunKind, Duration> desired(IntegrationRecord integration) {
        if (!integration.active()) {
            return Map.of();
        }
        return registry.find(integration.provider())
                .filter(RunCapability.class::isInstance)
                .map(p -> ((RunCapability) p).schedules(integration.settings()))
                .orElse(Map.of());
    }

    /** Creates, moves or cancels the task instances of one integration to match its settings. */
    void reconcile(IntegrationRecord integration) {
        SchedulerClient client = scheduler.getIfAvailable();
        if (client == null) {
            return;
        }
        Map<RunKind, Duration> desired = desired(integration);
        String prefix = integration.tenantId() + ":" + integration.id() + ":";
        Map<RunKind, ScheduledExecution<Integer>> existing = new HashMap<>();
        for (ScheduledExecution<Integer> execution : client.getScheduledExecutionsForTask(TASK, Integer.class)) {
            String id = execution.getTaskInstance().getId();
            if (id.startsWith(prefix)) {
                RunKind.parse(id.substring(prefix.length())).ifPresent(kind -> existing.put(kind, execution));
            }
        }
        existing.forEach((kind, execution) -> {
            if (!desired.containsKey(kind)) {
                client.cancel(execution.getTaskInstance());
            }
        });
        desired.forEach((kind, interval) -> {
            int minutes = (int) interval.toMinutes();
            ScheduledExecution<Integer> current = existing.get(kind);
            if (current == null) {
                client.scheduleIfNotExists(integrationRunTask().instance(prefix + kind.value(), minutes),
                        clock.instant().plus(interval));
            } else if (!Integer.valueOf(minutes).equals(current.getData()) && !current.isPicked()) {
                client.reschedule(TaskInstanceId.of(TASK, prefix + kind.value()), clock.instant().plus(interval), minutes);
            }
        });
    }

    /** At start-up: align every active integration and fail runs whose instance died. */
    @EventListener(ApplicationReadyEvent.class)
    void reconcileAll() {
        int abandoned = runRows.failAbandoned(clock.instant(), "The instance running this sync stopped before it finished.");
        if (abandoned > 0) {
            log.warn("Marked {} interrupted run(s) as failed", abandoned);
        }
        List<IntegrationRecord> active = integrations.allActive();
        for (IntegrationRecord integration : active) {
            try {
                reconcile(integration);
            } catch (RuntimeException e) {
                log.warn("Could not reconcile the schedule of integration {}", integration.id(), e);
            }
        }
    }
}
