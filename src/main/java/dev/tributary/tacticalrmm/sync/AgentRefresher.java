package dev.tributary.tacticalrmm.sync;

import dev.tributary.integration.DeviceIngestion;
import dev.tributary.integration.DeviceSnapshot;
import dev.tributary.integration.ExternalEntities;
import dev.tributary.integration.IntegrationRef;
import dev.tributary.integration.OrganizationMapping;
import dev.tributary.integration.OrganizationMappings;
import dev.tributary.integration.http.ProviderException;
import dev.tributary.integration.http.ProviderJson;
import dev.tributary.tacticalrmm.client.TacticalApi;
import dev.tributary.tacticalrmm.client.TacticalClients;
import dev.tributary.tacticalrmm.normalize.AgentNormalizer;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
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
 * Refreshes the agents named by webhooks, off the request thread. Requests coalesce per integration: the first one
 * schedules a drain {@link #DELAY} later, and every agent requested meanwhile joins that drain once (a burst of alerts
 * for one agent — several checks failing together — costs one read). A drain takes up to {@link #BATCH} agents, reads
 * each with the classic {@code /agents/<agent_id>/} (the beta detail needs the integer pk, and the beta
 * {@code ?agent_id=} filter crashes the server), reads each distinct site once for its client, and ingests the batch
 * in one kernel call. Only agents already synced as assets are refreshed — new agents arrive with the next device
 * sync. A full queue drops the request (the next sync catches up); failures are logged.
 */
@Component
public class AgentRefresher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AgentRefresher.class);

    /** How long a drain waits for more requests. */
    static final Duration DELAY = Duration.ofSeconds(2);
    /** Agents per drain (one kernel ingestion call). */
    static final int BATCH = 200;
    private static final int MAX_PENDING = 10_000;

    private final TacticalClients clients;
    private final DeviceIngestion ingestion;
    private final OrganizationMappings mappings;
    private final ExternalEntities entities;
    private final Clock clock;
    /** Agents waiting per integration, in request order; an integration is present while a drain is scheduled or running. */
    private final Map<IntegrationRef, Set<String>> pending = new HashMap<>();
    private int pendingCount;
    private final AtomicLong completed = new AtomicLong();
    private final AtomicInteger draining = new AtomicInteger();
    private final ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(2, r -> {
        Thread thread = new Thread(r, "tactical-agent-refresh");
        thread.setDaemon(true);
        return thread;
    });

    AgentRefresher(TacticalClients clients, DeviceIngestion ingestion, OrganizationMappings mappings, ExternalEntities entities,
                   Clock clock) {
        this.clients = clients;
        this.ingestion = ingestion;
        this.mappings = mappings;
        this.entities = entities;
        this.clock = clock;
    }

    /** Queues a refresh of the agent unless it is already queued; returns whether it was queued. */
    public boolean request(IntegrationRef ref, String agentId) {
        synchronized (pending) {
            if (pendingCount >= MAX_PENDING) {
                log.warn("Tactical agent refresh queue is full; agent {} will be updated by the next device sync", agentId);
                return false;
            }
            Set<String> agents = pending.get(ref);
            boolean schedule = agents == null;
            if (schedule) {
                agents = new LinkedHashSet<>();
                pending.put(ref, agents);
            }
            if (!agents.add(agentId)) {
                return false;
            }
            pendingCount++;
            if (schedule && !schedule(ref, DELAY)) {
                pendingCount -= agents.size();
                pending.remove(ref);
                log.warn("Tactical agent refresh queue is full; agent {} will be updated by the next device sync", agentId);
                return false;
            }
            return true;
        }
    }

    private boolean schedule(IntegrationRef ref, Duration delay) {
        draining.incrementAndGet();
        try {
            executor.schedule(() -> drain(ref), delay.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (RejectedExecutionException e) {
            draining.decrementAndGet();
            return false;
        }
    }

    private void drain(IntegrationRef ref) {
        List<String> batch = new ArrayList<>();
        try {
            synchronized (pending) {
                Iterator<String> agents = pending.getOrDefault(ref, Set.of()).iterator();
                while (agents.hasNext() && batch.size() < BATCH) {
                    batch.add(agents.next());
                    agents.remove();
                }
                pendingCount -= batch.size();
            }
            try {
                refresh(ref, batch);
            } catch (RuntimeException e) {
                log.warn("Refreshing {} Tactical agent(s) of integration {} failed: {}", batch.size(), ref.integrationId(),
                        e instanceof ProviderException ? e.getMessage() : e.toString());
            }
        } finally {
            completed.addAndGet(batch.size());
            synchronized (pending) {
                Set<String> rest = pending.get(ref);
                if (rest != null && rest.isEmpty()) {
                    pending.remove(ref);
                } else if (rest != null && !schedule(ref, Duration.ZERO)) {
                    pendingCount -= rest.size();
                    pending.remove(ref);
                }
            }
            draining.decrementAndGet();
        }
    }

    /** Whether no refresh is waiting or running. */
    public boolean idle() {
        return draining.get() == 0;
    }

    /** Agents refreshed (or given up on) so far, for tests and metrics. */
    public long completed() {
        return completed.get();
    }

    /** Reads the agents that are assets already and ingests them together; returns how many were ingested. */
    int refresh(IntegrationRef ref, List<String> agentIds) {
        Set<String> assets = entities.withAssets(ref.tenantId(), ref.provider(), agentIds);
        List<String> known = agentIds.stream().filter(assets::contains).toList();
        if (known.isEmpty()) {
            return 0;
        }
        TacticalApi api = clients.api(ref);
        Map<Long, JsonNode> sites = new HashMap<>();
        List<DeviceSnapshot> snapshots = new ArrayList<>();
        for (String agentId : known) {
            JsonNode agent;
            try {
                agent = api.get("/agents/" + agentId + "/", Map.of());
            } catch (ProviderException e) {
                if (e.status() == 404) {
                    continue;
                }
                throw e;
            }
            Long siteId = ProviderJson.longValue(agent, "site");
            JsonNode site = siteId == null ? null : sites.computeIfAbsent(siteId, id -> api.get("/clients/sites/" + id + "/", Map.of()));
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

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
