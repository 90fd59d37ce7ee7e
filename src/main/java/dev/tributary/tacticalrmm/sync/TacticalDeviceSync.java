package dev.tributary.tacticalrmm.sync;

import dev.tributary.integration.DeviceSnapshot;
import dev.tributary.integration.IngestionSession;
import dev.tributary.integration.OrganizationMapping;
import dev.tributary.integration.RunContext;
import dev.tributary.integration.RunKind;
import dev.tributary.tacticalrmm.client.TacticalApi;
import dev.tributary.tacticalrmm.normalize.AgentNormalizer;
import dev.tributary.tacticalrmm.normalize.AgentNormalizer.Placement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * One device sync run: the site list once (for location names), then for each synced client (in the kernel's
 * stable order) its agents from {@code /beta/v1/agent/?client_id=<id>}, page by page, each page normalized and
 * ingested before the next is requested. No per-agent request is made. Incremental runs add
 * {@code last_seen_range_after} = last sync − {@link #INCREMENTAL_LOOKBACK}.
 */
public final class TacticalDeviceSync {

    /**
     * How far back an incremental run looks before the last successful sync: long enough to catch agents that
     * crossed Tactical's default offline (4 min) and overdue (30 min) thresholds since, plus clock skew.
     */
    public static final Duration INCREMENTAL_LOOKBACK = Duration.ofHours(2);
    private static final Logger log = LoggerFactory.getLogger(TacticalDeviceSync.class);

    private final RunContext context;
    private final TacticalApi api;
    private final Clock clock;
    private long requestsReported;
    private long done;
    private long total;

    public TacticalDeviceSync(RunContext context, TacticalApi api, Clock clock) {
        this.context = context;
        this.api = api;
        this.clock = clock;
    }

    /** A site: its name and client. */
    public record Site(int id, String name, String clientId) {
    }

    public void run() {
        List<OrganizationMapping> scopes = context.syncedScopes();
        if (scopes.isEmpty()) {
            context.skip("No Tactical RMM client is mapped to a client with asset sync on: sync the clients and map them first.");
            return;
        }
        try {
            Map<Integer, Site> sites = sites(api);
            reportRequests();
            IngestionSession session = context.ingestion();
            Map<String, String> filter = new LinkedHashMap<>();
            Instant since = context.since();
            if (context.kind() == RunKind.INCREMENTAL_SYNC && since != null) {
                filter.put("last_seen_range_after", since.minus(INCREMENTAL_LOOKBACK).truncatedTo(ChronoUnit.SECONDS).toString());
            }
            Prefetch prefetch = new Prefetch(sites, filter, scopes);
            prefetch.start();
            try {
                while (true) {
                    Batch batch = prefetch.next();
                    if (batch == null) {
                        break;
                    }
                    total += batch.newTotal();
                    if (!batch.snapshots().isEmpty()) {
                        session.ingest(batch.snapshots());
                    }
                    done += batch.snapshots().size();
                    context.progress(done, Math.max(done, total));
                    reportRequests();
                }
            } finally {
                prefetch.stop();
            }
        } finally {
            reportRequests();
        }
        log.info("Tactical RMM {} of integration {}: {} agent(s) from {} client(s)", context.kind().value(),
                context.integration().integrationId(), done, scopes.size());
    }

    /** A normalized page, and how much the walk's total grew with it (the count of a client's first page). */
    private record Batch(List<DeviceSnapshot> snapshots, long newTotal) {
    }

    /**
     * Fetches and normalizes the next page on its own thread while the run thread ingests the current one, so the
     * Tactical server and the database work at the same time; the hand-over queue holds one page, so at most about
     * three pages are in memory whatever the fleet size. A failure on the fetching side is rethrown on the run thread.
     */
    private final class Prefetch {
        private static final Batch END = new Batch(List.of(), 0);
        private final java.util.concurrent.BlockingQueue<Batch> queue = new java.util.concurrent.ArrayBlockingQueue<>(1);
        private final java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
        private final Thread thread;

        Prefetch(Map<Integer, Site> sites, Map<String, String> filter, List<OrganizationMapping> scopes) {
            thread = new Thread(() -> {
                try {
                    for (OrganizationMapping scope : scopes) {
                        walk(scope.externalOrganizationId(), sites, filter);
                    }
                } catch (RuntimeException | Error e) {
                    failure.set(e);
                } finally {
                    try {
                        queue.put(END);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }, "tactical-prefetch-" + context.runId());
            thread.setDaemon(true);
        }

        private void walk(String clientId, Map<Integer, Site> sites, Map<String, String> filter) {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("client_id", clientId);
            query.putAll(filter);
            boolean[] first = {true};
            api.pages("/beta/v1/agent/", query, page -> {
                long newTotal = first[0] ? page.count() : 0;
                first[0] = false;
                Instant now = clock.instant();
                List<DeviceSnapshot> snapshots = new ArrayList<>(page.results().size());
                for (JsonNode agent : page.results()) {
                    Long siteId = dev.tributary.integration.http.ProviderJson.longValue(agent, "site");
                    Site site = siteId == null ? null : sites.get(siteId.intValue());
                    snapshots.add(AgentNormalizer.normalize(agent, new Placement(clientId,
                            siteId == null ? null : siteId.intValue(), site == null ? null : site.name()), now));
                }
                try {
                    queue.put(new Batch(snapshots, newTotal));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Tactical RMM sync stopped", e);
                }
            });
        }

        void start() {
            thread.start();
        }

        /** The next page, or null at the end of the walk; rethrows the fetching side's failure. */
        Batch next() {
            Batch batch;
            try {
                batch = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Tactical RMM sync interrupted", e);
            }
            if (batch == END) {
                Throwable e = failure.get();
                if (e instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e instanceof Error error) {
                    throw error;
                }
                return null;
            }
            return batch;
        }

        void stop() {
            thread.interrupt();
        }
    }

    /** Every site, by id ({@code /beta/v1/site/} cannot filter by client). */
    public static Map<Integer, Site> sites(TacticalApi api) {
        Map<Integer, Site> sites = new HashMap<>();
        api.pages("/beta/v1/site/", Map.of(), page -> {
            for (JsonNode site : page.results()) {
                if (site.path("id").isIntegralNumber()) {
                    sites.put(site.get("id").intValue(), new Site(site.get("id").intValue(), site.path("name").asString(""),
                            site.path("client").isIntegralNumber() ? String.valueOf(site.get("client").longValue()) : null));
                }
            }
        });
        return sites;
    }

    private void reportRequests() {
        long now = api.requestCount();
        if (now > requestsReported) {
            context.count("requests", now - requestsReported);
            requestsReported = now;
        }
    }
}
