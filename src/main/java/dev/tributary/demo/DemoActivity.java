package dev.tributary.demo;

import dev.tributary.integration.IntegrationAdmin;
import dev.tributary.integration.ProviderRegistry;
import dev.tributary.integration.RunKind;
import dev.tributary.integration.RunTrigger;
import dev.tributary.integration.SyncRuns;
import dev.tributary.simulator.huntress.HuntressIncident;
import dev.tributary.simulator.tactical.TacticalAgent;
import dev.tributary.simulator.tactical.TacticalAlert;
import dev.tributary.simulator.tactical.TacticalWebhooks;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Keeps the demo alive: new and updated Huntress incidents, Tactical agents going offline and
 * overdue (and back), Tactical alert webhooks fired at Tributary exactly as Tactical renders them,
 * Tanium endpoints checking in, and runs to pick it all up.
 */
@Component
@Profile("demo")
class DemoActivity implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DemoActivity.class);

    private final DemoSimulators simulators;
    private final DemoState state;
    private final IntegrationAdmin admin;
    private final ProviderRegistry registry;
    private final SyncRuns runs;
    private final Clock clock;
    private final Duration interval;
    private final Random random = new Random(DemoSimulators.SEED);
    private final List<Integer> openAlerts = new ArrayList<>();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "demo-activity");
        thread.setDaemon(true);
        return thread;
    });
    private long tick;

    DemoActivity(DemoSimulators simulators, DemoState state, IntegrationAdmin admin, ProviderRegistry registry, SyncRuns runs,
                 Clock clock, Environment environment) {
        this.simulators = simulators;
        this.state = state;
        this.admin = admin;
        this.registry = registry;
        this.runs = runs;
        this.clock = clock;
        this.interval = Duration.ofSeconds(environment.getProperty("tributary.demo.activity-seconds", Integer.class, 20));
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    void begin() {
        executor.scheduleWithFixedDelay(this::safeTick, interval.toSeconds(), interval.toSeconds(), TimeUnit.SECONDS);
    }

    private void safeTick() {
        if (!state.isReady()) {
            return;
        }
        try {
            tick++;
            huntress();
            tactical();
            tanium();
        } catch (RuntimeException e) {
            log.warn("Demo activity failed: {}", e.toString());
        }
    }

    private void huntress() {
        if (registry.find("huntress").isEmpty()) {
            return;
        }
        var sim = simulators.huntress();
        List<HuntressIncident> open = sim.incidents().stream().filter(i -> "sent".equals(i.status)).toList();
        if (tick % 2 == 1 || open.isEmpty()) {
            List<HuntressIncident> all = sim.incidents();
            HuntressIncident template = all.get(random.nextInt(all.size())).copy();
            template.id = 0;
            // Remediation ids belong to one incident report: the copy gets fresh ones from the store.
            if (template.remediations != null) {
                template.remediations.forEach(r -> r.id = 0);
            }
            // The copy keeps its organization: the incident's agent and organization must agree, as in Huntress.
            template.status = "sent";
            template.closedAt = null;
            template.sentAt = clock.instant();
            template.createdAt = clock.instant().minusSeconds(60);
            template.statusUpdatedAt = clock.instant();
            template.updatedAt = clock.instant();
            sim.addIncident(template);
        } else {
            HuntressIncident incident = open.get(random.nextInt(open.size()));
            boolean close = random.nextBoolean();
            sim.updateIncident(incident.id, i -> {
                if (close) {
                    i.status = "closed";
                } else if (!i.remediations.isEmpty()) {
                    i.remediations.get(0).status = "completed";
                }
            });
        }
        runs.startIfIdle(state.tenant(), "huntress", RunKind.POLL, RunTrigger.SCHEDULED);
    }

    private void tactical() {
        if (registry.find("tacticalrmm").isEmpty()) {
            return;
        }
        var sim = simulators.tactical();
        List<TacticalAgent> agents = sim.agents();
        TacticalAgent agent = agents.get(random.nextInt(agents.size()));
        switch (random.nextInt(3)) {
            case 0 -> sim.makeOffline(agent.id());
            case 1 -> sim.makeOverdue(agent.id());
            default -> sim.makeOnline(agent.id());
        }
        var webhook = admin.webhook(state.tenant(), "tacticalrmm", state.baseUrl());
        String headers = "{\"Content-Type\": \"application/json\", \"" + webhook.headerName() + "\": \"" + webhook.secret() + "\"}";
        if (!openAlerts.isEmpty() && random.nextInt(3) == 0) {
            int alertId = openAlerts.remove(0);
            sim.resolveAlert(alertId);
            sim.fireAlertWebhook(webhook.url(), TacticalWebhooks.DEFAULT_RESOLVED_REST_BODY, headers, "post", alertId);
        } else {
            TacticalAlert alert = sim.raiseAvailabilityAlert(agent.id());
            openAlerts.add(alert.id());
            sim.fireAlertWebhook(webhook.url(), TacticalWebhooks.DEFAULT_REST_BODY, headers, "post", alert.id());
        }
        if (tick % 3 == 0) {
            runs.startIfIdle(state.tenant(), "tacticalrmm", tick % 9 == 0 ? RunKind.ALERTS_BACKFILL : RunKind.INCREMENTAL_SYNC,
                    RunTrigger.SCHEDULED);
        }
    }

    private void tanium() {
        if (registry.find("tanium").isEmpty()) {
            return;
        }
        var sim = simulators.tanium();
        for (var group : sim.computerGroups()) {
            List<String> ids = sim.endpointIdsInGroup(group.id());
            if (!ids.isEmpty()) {
                sim.touchEndpoint(ids.get(random.nextInt(ids.size())));
            }
        }
        if (tick % 4 == 0) {
            runs.startIfIdle(state.tenant(), "tanium", RunKind.INCREMENTAL_SYNC, RunTrigger.SCHEDULED);
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
