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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Refreshes one agent's asset after a webhook, off the request thread. Requests for the same agent coalesce: a
 * refresh starts {@link #DELAY} after the first request, and requests meanwhile are dropped (the refresh reads the
 * newest state anyway; a burst of alerts for one agent — several checks failing together — costs one refresh). Two requests per
 * refresh: the classic {@code /agents/<agent_id>/} (the beta detail needs the integer pk, and the beta
 * {@code ?agent_id=} filter crashes the server) and its site for the client. Only agents already synced as assets
 * are refreshed — new agents arrive with the next device sync. A full queue drops the refresh (the next sync
 * catches up); failures are logged.
 */
@Component
public class AgentRefresher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AgentRefresher.class);

    private final TacticalClients clients;
    private final DeviceIngestion ingestion;
    private final OrganizationMappings mappings;
    private final ExternalEntities entities;
    private final Clock clock;
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final AtomicLong completed = new AtomicLong();
    private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
    /** How long a refresh waits for more requests for the same agent. */
    static final Duration DELAY = Duration.ofSeconds(2);
    private static final int MAX_PENDING = 10_000;
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

    /** Queues a refresh of the agent unless one is already queued; returns whether it was queued. */
    public boolean request(IntegrationRef ref, String agentId) {
        String key = ref.tenantId() + "|" + ref.integrationId() + "|" + agentId;
        if (pending.size() >= MAX_PENDING) {
            log.warn("Tactical agent refresh queue is full; agent {} will be updated by the next device sync", agentId);
            return false;
        }
        if (!pending.add(key)) {
            return false;
        }
        inFlight.incrementAndGet();
        try {
            executor.schedule(() -> {
                pending.remove(key);
                try {
                    refresh(ref, agentId);
                } catch (RuntimeException e) {
                    log.warn("Refreshing Tactical agent {} of integration {} failed: {}", agentId, ref.integrationId(),
                            e instanceof ProviderException ? e.getMessage() : e.toString());
                } finally {
                    completed.incrementAndGet();
                    inFlight.decrementAndGet();
                }
            }, DELAY.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (RejectedExecutionException e) {
            pending.remove(key);
            inFlight.decrementAndGet();
            log.warn("Tactical agent refresh queue is full; agent {} will be updated by the next device sync", agentId);
            return false;
        }
    }

    /** Whether no refresh is waiting or running. */
    public boolean idle() {
        return inFlight.get() == 0;
    }

    /** Refreshes finished so far (for tests and metrics). */
    public long completed() {
        return completed.get();
    }

    /** Reads the agent and ingests it; returns false when it is not an asset yet or gone from Tactical. */
    public boolean refresh(IntegrationRef ref, String agentId) {
        if (entities.findAsset(ref.tenantId(), ref.provider(), agentId).isEmpty()) {
            return false;
        }
        TacticalApi api = clients.api(ref);
        JsonNode agent;
        try {
            agent = api.get("/agents/" + agentId + "/", Map.of());
        } catch (ProviderException e) {
            if (e.status() == 404) {
                return false;
            }
            throw e;
        }
        Long siteId = ProviderJson.longValue(agent, "site");
        String clientId = null;
        String siteName = ProviderJson.text(agent, "site_name");
        if (siteId != null) {
            JsonNode site = api.get("/clients/sites/" + siteId + "/", Map.of());
            clientId = ProviderJson.text(site, "client");
            if (siteName == null) {
                siteName = ProviderJson.text(site, "name");
            }
        }
        if (clientId == null) {
            return false;
        }
        DeviceSnapshot snapshot = AgentNormalizer.normalize(agent, new AgentNormalizer.Placement(clientId,
                siteId == null ? null : siteId.intValue(), siteName), clock.instant());
        List<String> scopes = mappings.syncedScopes(ref.tenantId(), ref.integrationId()).stream()
                .map(OrganizationMapping::externalOrganizationId).toList();
        ingestion.open(ref, scopes).ingest(List.of(snapshot));
        return true;
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
