package dev.tributary.tanium.sync;

import dev.tributary.integration.DeviceSnapshot;
import dev.tributary.integration.IngestionSession;
import dev.tributary.integration.OrganizationMapping;
import dev.tributary.integration.RunContext;
import dev.tributary.integration.RunKind;
import dev.tributary.integration.http.ProblemKind;
import dev.tributary.integration.http.ProviderException;
import dev.tributary.tanium.client.GatewayClient;
import dev.tributary.tanium.client.GatewayQueryException;
import dev.tributary.tanium.client.TaniumDocument;
import dev.tributary.tanium.normalize.EndpointNormalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The Gateway half of a device sync: for each synced computer group (in the kernel's stable order),
 * the endpoints that are members of it, walked page by page with Relay cursors and ingested a page at
 * a time. The next page is fetched and normalized while the current one is ingested, so memory holds
 * at most two pages whatever the fleet size. An incremental run adds
 * {@code eidLastSeen GT (since − overlap)} to the group filter.
 *
 * <p>An expired cursor restarts that group's walk from the beginning once (pages already ingested are
 * recognised by the ingestion session and not written twice); a second expiry fails the group. A
 * failed group does not stop the others, but fails the run at the end, so the incremental cursor does
 * not move and nothing is marked inactive on a partial picture. Authentication, permission and
 * transport failures stop the run at once.
 */
public final class InventorySync {

    /** How far an incremental run looks back before the last successful sync (clock skew, TDS lag). */
    public static final Duration INCREMENTAL_OVERLAP = Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger(InventorySync.class);
    private static final int LOGGED_CONFLICTS = 20;

    private final RunContext context;
    private final GatewayClient gateway;
    private final int pageSize;
    private final Duration onlineWindow;
    private final Clock clock;
    private final KeyFingerprints fingerprints;
    private TaniumDocument document = TaniumDocument.ENDPOINTS;
    private long requestsReported;
    private long done;
    private long total;
    private long pages;
    private long waitNanos;
    private long ingestNanos;

    /**
     * @param collectKeys remember the correlation keys of every endpoint returned (for the Asset API fallback)
     */
    public InventorySync(RunContext context, GatewayClient gateway, int pageSize, Duration onlineWindow, Clock clock,
                         boolean collectKeys) {
        this.context = context;
        this.gateway = gateway;
        this.pageSize = pageSize;
        this.onlineWindow = onlineWindow;
        this.clock = clock;
        this.fingerprints = collectKeys ? new KeyFingerprints() : null;
    }

    /** What the walk found; {@link #failures()} lists the groups that could not be read. */
    public record Outcome(List<String> failures, int scopes, KeyFingerprints fingerprints) {

        public boolean complete() {
            return failures.isEmpty();
        }

        /** Fails the run when a group failed, naming each group and why. */
        public void throwIfIncomplete() {
            if (!failures.isEmpty()) {
                throw new ProviderException(ProblemKind.REJECTED, failures.size() + " of " + scopes
                        + " computer group(s) could not be synced, so the run failed and no device was marked inactive. "
                        + String.join(" ", failures));
            }
        }
    }

    public Outcome run() {
        List<OrganizationMapping> scopes = context.syncedScopes();
        IngestionSession session = context.ingestion();
        String since = sinceFilterValue();
        List<String> failures = new ArrayList<>();
        ExecutorService prefetch = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "tanium-prefetch-" + context.runId());
            thread.setDaemon(true);
            return thread;
        });
        try {
            new Walk(scopes, since, session, failures, prefetch).run();
        } finally {
            prefetch.shutdownNow();
            reportRequests();
        }
        reportConflicts(session);
        log.info("Tanium {} of integration {}: {} endpoint(s) from {} group(s) in {} page(s); waited {} ms for the Gateway, "
                        + "{} ms ingesting", context.kind().value(), context.integration().integrationId(), done, scopes.size(), pages,
                waitNanos / 1_000_000, ingestNanos / 1_000_000);
        return new Outcome(List.copyOf(failures), scopes.size(), fingerprints);
    }

    /** One Gateway request: a page of one group. */
    private record Request(int scope, String after, TaniumDocument document) {
    }

    /** A page fetched and normalized (off the ingesting thread). */
    private record Fetched(List<DeviceSnapshot> snapshots, int edges, long totalRecords, boolean hasNext, String endCursor) {
    }

    /**
     * The walk over all groups. While one page is being ingested the next one (of the same group, or the
     * first page of the next group) is already being fetched and normalized, so the Gateway and the
     * database work at the same time; at most two pages are in memory. Pages are ingested in walk order,
     * so the first group in the stable order owns an endpoint that two groups report.
     */
    private final class Walk {
        private final List<OrganizationMapping> scopes;
        private final String since;
        private final IngestionSession session;
        private final List<String> failures;
        private final ExecutorService prefetch;
        private final long[] scopeDone;
        private final long[] scopeTotal;
        private final boolean[] restarted;
        private final boolean[] started;

        Walk(List<OrganizationMapping> scopes, String since, IngestionSession session, List<String> failures,
             ExecutorService prefetch) {
            this.scopes = scopes;
            this.since = since;
            this.session = session;
            this.failures = failures;
            this.prefetch = prefetch;
            this.scopeDone = new long[scopes.size()];
            this.scopeTotal = new long[scopes.size()];
            this.restarted = new boolean[scopes.size()];
            this.started = new boolean[scopes.size()];
        }

        void run() {
            Request request = scopes.isEmpty() ? null : new Request(0, null, document);
            Future<Fetched> pending = request == null ? null : submit(request);
            try {
                while (pending != null) {
                    Fetched page;
                    long waitFrom = System.nanoTime();
                    try {
                        page = await(pending);
                    } catch (GatewayQueryException e) {
                        pending = null;
                        request = recover(request, e);
                        pending = request == null ? null : submit(request);
                        continue;
                    } finally {
                        waitNanos += System.nanoTime() - waitFrom;
                    }
                    pages++;
                    int scope = request.scope();
                    if (!started[scope]) {
                        started[scope] = true;
                        scopeTotal[scope] = page.totalRecords();
                        total += page.totalRecords();
                    }
                    if (page.hasNext() && page.endCursor().equals(request.after())) {
                        throw new ProviderException(ProblemKind.MALFORMED_RESPONSE, "Tanium Gateway returned the same page "
                                + "cursor twice for computer group " + scopes.get(scope).externalOrganizationId()
                                + "; the walk was stopped to avoid an endless loop.");
                    }
                    request = page.hasNext() ? new Request(scope, page.endCursor(), document) : nextScope(scope);
                    pending = request == null ? null : submit(request);
                    if (!page.snapshots().isEmpty()) {
                        long ingestAt = System.nanoTime();
                        session.ingest(page.snapshots());
                        ingestNanos += System.nanoTime() - ingestAt;
                    }
                    scopeDone[scope] += page.edges();
                    done += page.edges();
                    context.progress(done, Math.max(total, done));
                    reportRequests();
                }
            } finally {
                if (pending != null) {
                    pending.cancel(true);
                }
            }
        }

        private Request nextScope(int scope) {
            return scope + 1 < scopes.size() ? new Request(scope + 1, null, document) : null;
        }

        /** What to ask next after a failed page: the same page without software, the group again, or the next group. */
        private Request recover(Request failed, GatewayQueryException e) {
            int scope = failed.scope();
            String groupId = scopes.get(scope).externalOrganizationId();
            if (e.softwareFailed() && failed.document() == TaniumDocument.ENDPOINTS) {
                log.warn("Tanium refused the installed applications of computer group {} ({}); syncing the rest of the "
                        + "inventory without software", groupId, e.getMessage());
                document = TaniumDocument.ENDPOINTS_CORE;
                context.count("softwareUnavailable", 1);
                return new Request(scope, failed.after(), document);
            }
            if (e.kind() == ProblemKind.FORBIDDEN || e.status() == 400) {
                throw e;
            }
            if (e.cursorExpired() && failed.after() != null && !restarted[scope]) {
                log.warn("Tanium cursor expired while walking computer group {}; restarting its walk once", groupId);
                context.count("cursorRestarts", 1);
                restarted[scope] = true;
                started[scope] = false;
                done -= scopeDone[scope];
                total -= scopeTotal[scope];
                scopeDone[scope] = 0;
                scopeTotal[scope] = 0;
                return new Request(scope, null, document);
            }
            String reason = e.cursorExpired() && failed.after() != null
                    ? "the Gateway cursor expired again after the walk of this group had been restarted once (cursors live "
                    + "5 minutes after the last page request and 1 hour at most). Run the sync again; if it keeps failing, "
                    + "lower pageSize or check the database's speed."
                    : e.getMessage();
            failures.add(describe(scopes.get(scope)) + ": " + reason);
            log.warn("Tanium computer group {} of integration {} failed: {}", groupId, context.integration().integrationId(), reason);
            return nextScope(scope);
        }

        private Future<Fetched> submit(Request request) {
            String groupId = scopes.get(request.scope()).externalOrganizationId();
            Map<String, Object> variables = variables(request.after(), filter(groupId, since));
            return prefetch.submit(() -> fetch(request.document(), variables, groupId));
        }
    }

    /** Runs on the prefetch thread: one page from the Gateway, normalized. */
    private Fetched fetch(TaniumDocument document, Map<String, Object> variables, String groupId) {
        GatewayClient.Result result = gateway.execute(document, variables);
        JsonNode connection = result.data().get("endpoints");
        if (connection == null || !connection.isObject()) {
            return new Fetched(List.of(), 0, 0, false, null);
        }
        JsonNode edges = connection.path("edges");
        Instant now = clock.instant();
        List<DeviceSnapshot> snapshots = new ArrayList<>(edges.size());
        for (JsonNode edge : edges) {
            JsonNode node = edge.get("node");
            if (node == null || !node.isObject()) {
                continue;
            }
            snapshots.add(EndpointNormalizer.normalize(node, groupId, now, onlineWindow));
            if (fingerprints != null) {
                fingerprints.add(EndpointNormalizer.keys(node));
            }
        }
        JsonNode pageInfo = connection.path("pageInfo");
        String endCursor = pageInfo.path("endCursor").isString() ? pageInfo.get("endCursor").asString() : null;
        boolean hasNext = pageInfo.path("hasNextPage").asBoolean(false) && endCursor != null && !endCursor.isEmpty();
        return new Fetched(snapshots, edges.size(), Math.max(0, connection.path("totalRecords").asLong(0)), hasNext, endCursor);
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderException(ProblemKind.UNREACHABLE, "The Tanium sync was interrupted.");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** The eidLastSeen lower bound of an incremental run, or null for a full walk. */
    private String sinceFilterValue() {
        Instant since = context.since();
        if (context.kind() != RunKind.INCREMENTAL_SYNC || since == null) {
            return null;
        }
        return since.minus(INCREMENTAL_OVERLAP).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** {@code memberOf} the group, AND {@code eidLastSeen GT since} for incremental runs. */
    public static Map<String, Object> filter(String groupId, String since) {
        Map<String, Object> memberOf = Map.of("memberOf", Map.of("id", groupId));
        if (since == null) {
            return memberOf;
        }
        Map<String, Object> lastSeen = new LinkedHashMap<>();
        lastSeen.put("path", "eidLastSeen");
        lastSeen.put("op", "GT");
        lastSeen.put("value", since);
        Map<String, Object> both = new LinkedHashMap<>();
        both.put("any", false);
        both.put("filters", List.of(memberOf, lastSeen));
        return both;
    }

    private Map<String, Object> variables(String after, Map<String, Object> filter) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("first", pageSize);
        variables.put("after", after);
        variables.put("filter", filter);
        return variables;
    }

    private void reportRequests() {
        long now = gateway.requestCount();
        if (now > requestsReported) {
            context.count("requests", now - requestsReported);
            requestsReported = now;
        }
    }

    private void reportConflicts(IngestionSession session) {
        List<String> conflicts = session.conflicts();
        if (conflicts.isEmpty()) {
            return;
        }
        context.count("conflicts", conflicts.size());
        for (int k = 0; k < Math.min(LOGGED_CONFLICTS, conflicts.size()); k++) {
            log.info("Tanium endpoint in two mapped computer groups: {}", conflicts.get(k));
        }
        if (conflicts.size() > LOGGED_CONFLICTS) {
            log.info("... and {} more Tanium endpoints in two mapped computer groups (each stays with the first group)",
                    conflicts.size() - LOGGED_CONFLICTS);
        }
    }

    private static String describe(OrganizationMapping scope) {
        return "Computer group \"" + scope.externalOrganizationName() + "\" (" + scope.externalOrganizationId() + ")";
    }
}
