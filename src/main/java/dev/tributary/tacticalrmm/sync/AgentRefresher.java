package dev.tributary.tacticalrmm.sync;

import dev.tributary.integration.DeviceIngestion;
import dev.tributary.integration.DeviceSnapshot;
import dev.tributary.integration.IntegrationRef;
import dev.tributary.integration.OrganizationMapping;
import dev.tributary.integration.OrganizationMappings;
import dev.tributary.integration.http.ProviderException;
import dev.tributary.integration.http.ProviderJson;
import dev.tributary.integration.http.RateLimiters;
import dev.tributary.integration.http.RequestGate;
import dev.tributary.tacticalrmm.TacticalProperties;
import dev.tributary.tacticalrmm.client.TacticalApi;
import dev.tributary.tacticalrmm.client.TacticalClients;
import dev.tributary.tacticalrmm.normalize.AgentNormalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Refreshes the agents named by webhooks, off the request thread. Requests coalesce per integration and per agent
 * ({@link RefreshSchedule}, paced by {@link TacticalProperties.Refresh}): an agent is read a short delay after its
 * first request, so the alerts of a burst join one read, and at most once per spacing, so an alert storm cannot turn
 * into a stream of agent reads against the Tactical server; a request inside the spacing becomes a trailing read, so
 * the asset ends on the latest state. Reads are capped per integration across instances, so a storm over a whole
 * fleet stretches the time between refreshes rather than loading the Tactical server or the node that takes the
 * alerts. A drain takes up to {@link #BATCH} agents that may be read, reads each with the classic {@code /agents/<agent_id>/} (the beta
 * detail needs the integer pk, and the beta {@code ?agent_id=} filter crashes the server), reads each distinct site
 * once for its client, and ingests the batch in one kernel call. An agent enrolled since the last device sync becomes
 * an asset here when its client is mapped and synced (the kernel skips it otherwise), and the alerts that named it are
 * linked to it; an agent id Tactical does not know (404) is passed over. A full queue drops the request (the next sync
 * catches up); failures are logged.
 */
@Component
public class AgentRefresher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AgentRefresher.class);

    /** Agents per drain (one kernel ingestion call). */
    static final int BATCH = 200;
    private static final int MAX_PENDING = 10_000;

    private final TacticalClients clients;
    private final DeviceIngestion ingestion;
    private final OrganizationMappings mappings;
    private final Clock clock;
    private final TacticalProperties.Refresh timing;
    private final RateLimiters limiters;
    /** Per integration: its schedule and its drain; guarded by itself. */
    private final Map<IntegrationRef, Queue> queues = new HashMap<>();
    private final AtomicLong completed = new AtomicLong();
    private final AtomicInteger draining = new AtomicInteger();
    private final ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(2, r -> {
        Thread thread = new Thread(r, "tactical-agent-refresh");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * One integration's schedule, and its drain: at most one is scheduled or running at a time. A drain moved earlier
     * is cancelled, but its task may already have started; it finds its token replaced and leaves without a trace.
     */
    private static final class Queue {
        final RefreshSchedule schedule;
        ScheduledFuture<?> drain;
        Object drainToken;
        Instant drainAt;
        boolean running;

        Queue(TacticalProperties.Refresh timing) {
            schedule = new RefreshSchedule(timing.delay(), timing.spacing());
        }
    }

    AgentRefresher(TacticalClients clients, DeviceIngestion ingestion, OrganizationMappings mappings,
                   Clock clock, TacticalProperties properties, RateLimiters limiters) {
        this.clients = clients;
        this.ingestion = ingestion;
        this.mappings = mappings;
        this.clock = clock;
        this.timing = properties.refresh();
        this.limiters = limiters;
        executor.setRemoveOnCancelPolicy(true);
    }

    /** Queues a refresh of the agent unless it is already queued; returns whether it was queued. */
    public boolean request(IntegrationRef ref, String agentId) {
        synchronized (queues) {
            if (queuedAgents() >= MAX_PENDING) {
                return refused(agentId);
            }
            Queue queue = queues.computeIfAbsent(ref, r -> new Queue(timing));
            Optional<Instant> due = queue.schedule.offer(agentId, clock.instant());
            if (due.isEmpty()) {
                return false;
            }
            if (queue.running || (queue.drain != null && !queue.drainAt.isAfter(due.get()))) {
                return true;  // a drain runs or is scheduled soon enough: no need to look through the queue
            }
            if (!scheduleDrain(ref, queue)) {
                return refused(agentId);
            }
            return true;
        }
    }

    private static boolean refused(String agentId) {
        log.warn("Tactical agent refresh queue is full; agent {} will be updated by the next device sync", agentId);
        return false;
    }

    /**
     * Makes sure a drain runs when the earliest queued agent falls due: a running drain reschedules itself when it
     * ends, and a drain scheduled for later is moved earlier. Returns false when the executor refused, having dropped
     * the queue. Called with the lock held.
     */
    private boolean scheduleDrain(IntegrationRef ref, Queue queue) {
        Instant now = clock.instant();
        Optional<Instant> next = queue.schedule.nextDue();
        if (queue.running || next.isEmpty()) {
            if (!queue.running && queue.drain == null && queue.schedule.forgettable(now)) {
                queues.remove(ref);
            }
            return true;
        }
        Instant at = next.get();
        if (queue.drain != null) {
            if (!queue.drainAt.isAfter(at)) {
                return true;
            }
            // The task has not taken the lock yet (it clears queue.drain when it does): cancel it, or let its token fail.
            queue.drain.cancel(false);
            queue.drain = null;
            queue.drainToken = null;
            draining.decrementAndGet();
        }
        draining.incrementAndGet();
        try {
            long delay = Math.max(0, Duration.between(now, at).toMillis());
            Object token = new Object();
            queue.drain = executor.schedule(() -> drain(ref, token), delay, TimeUnit.MILLISECONDS);
            queue.drainToken = token;
            queue.drainAt = at;
            return true;
        } catch (RejectedExecutionException e) {
            draining.decrementAndGet();
            queue.schedule.clear();
            return false;
        }
    }

    private void drain(IntegrationRef ref, Object token) {
        Queue queue;
        List<String> batch;
        synchronized (queues) {
            queue = queues.get(ref);
            if (queue == null || queue.drainToken != token) {
                return;  // replaced by an earlier drain; the replacement accounted for it
            }
            queue.drain = null;
            queue.drainToken = null;
            queue.running = true;
            batch = queue.schedule.take(clock.instant(), BATCH);
        }
        try {
            if (!batch.isEmpty()) {
                long start = System.nanoTime();
                int ingested = refresh(ref, batch);
                log.debug("Refreshed {} of {} Tactical agent(s) of integration {} in {} ms", ingested, batch.size(),
                        ref.integrationId(), (System.nanoTime() - start) / 1_000_000);
            }
        } catch (RuntimeException e) {
            log.warn("Refreshing {} Tactical agent(s) of integration {} failed: {}", batch.size(), ref.integrationId(),
                    e instanceof ProviderException ? e.getMessage() : e.toString());
        } finally {
            completed.addAndGet(batch.size());
            synchronized (queues) {
                queue.running = false;
                scheduleDrain(ref, queue);
            }
            draining.decrementAndGet();
        }
    }

    /** Whether no refresh is waiting or running. */
    public boolean idle() {
        return draining.get() == 0;
    }

    /** Agents waiting for a refresh, over every integration. */
    public int queued() {
        synchronized (queues) {
            return queuedAgents();
        }
    }

    /** Called with the lock held. */
    private int queuedAgents() {
        return queues.values().stream().mapToInt(queue -> queue.schedule.queued()).sum();
    }

    /** How refreshes are paced. */
    public TacticalProperties.Refresh timing() {
        return timing;
    }

    /** Agents refreshed (or given up on) so far, for tests and metrics. */
    public long completed() {
        return completed.get();
    }

    /** Reads the agents and ingests them together; returns how many were handed to the ingestion. */
    int refresh(IntegrationRef ref, List<String> agentIds) {
        TacticalApi api = clients.api(ref);
        RequestGate gate = limiters.gate("tacticalrmm-refresh:" + ref.integrationId(), timing.readsPerSecond(),
                timing.readsPerSecond(), Duration.ofSeconds(1));
        Map<Long, JsonNode> sites = new HashMap<>();
        List<DeviceSnapshot> snapshots = new ArrayList<>();
        for (String agentId : agentIds) {
            JsonNode agent;
            try {
                pass(gate);
                agent = api.get("/agents/" + agentId + "/", Map.of());
            } catch (ProviderException e) {
                if (e.status() == 404) {
                    continue;
                }
                throw e;
            }
            Long siteId = ProviderJson.longValue(agent, "site");
            JsonNode site = siteId == null ? null : sites.computeIfAbsent(siteId, id -> {
                pass(gate);
                return api.get("/clients/sites/" + id + "/", Map.of());
            });
            String clientId = site == null ? null : ProviderJson.text(site, "client");
            if (clientId == null) {
                continue;
            }
            String siteName = ProviderJson.text(agent, "site_name");
            snapshots.add(AgentNormalizer.normalize(agent, new AgentNormalizer.Placement(clientId, siteId.intValue(),
                    siteName == null ? ProviderJson.text(site, "name") : siteName), clock.instant()));
        }
        if (snapshots.isEmpty()) {
            return 0;
        }
        List<String> scopes = mappings.syncedScopes(ref.tenantId(), ref.integrationId()).stream()
                .map(OrganizationMapping::externalOrganizationId).toList();
        ingestion.open(ref, scopes).ingest(snapshots);
        return snapshots.size();
    }

    private static void pass(RequestGate gate) {
        try {
            gate.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Agent refresh interrupted (shutting down)", e);
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
