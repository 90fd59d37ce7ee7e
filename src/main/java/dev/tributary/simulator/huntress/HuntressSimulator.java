package dev.tributary.simulator.huntress;

import dev.tributary.simulator.Exchange;
import dev.tributary.simulator.SimulatorServer;
import dev.tributary.simulator.huntress.HuntressPagination.BadRequest;
import dev.tributary.simulator.huntress.HuntressPagination.ListRequest;
import dev.tributary.simulator.huntress.HuntressPagination.Page;
import dev.tributary.simulator.huntress.HuntressPagination.SortField;
import dev.tributary.simulator.huntress.HuntressSimulatorConfig.UnauthorizedStyle;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A fake Huntress public API v1 on loopback, faithful to the contract in
 * {@code shared/reference/huntress-api.md}: HTTP Basic on every request (the credentials decide the
 * account), a strict 60-per-60-s sliding log per account, wrapped single resources, token pagination
 * whose {@code next_page_url} carries only {@code page_token} and {@code limit}, 400s for bad
 * {@code limit}/enum/token values, ignored undeclared parameters, and 404 for other accounts' ids.
 *
 * <p>Typical test use:
 * <pre>{@code
 * MutableClock clock = new MutableClock(Instant.parse("2026-10-03T00:00:00Z"));
 * try (HuntressSimulator huntress = new HuntressSimulator(0, clock, HuntressSimulatorConfig.defaults()).start()) {
 *     huntress.loadFixtures();
 *     huntress.updateIncident(5518876, incident -> incident.status = "closed");
 *     // point the client at huntress.baseUrl() with huntress.apiKey() / huntress.apiSecret()
 * }
 * }</pre>
 *
 * <p>Served: {@code GET /v1/account}, {@code /v1/organizations[/{id}]}, {@code /v1/agents[/{id}]},
 * {@code /v1/incident_reports[/{id}]}, {@code /v1/incident_reports/{id}/remediations[/{id}]},
 * {@code POST /v1/incident_reports/{id}/resolution} and {@code …/remediations/bulk_approval}.
 */
public class HuntressSimulator extends SimulatorServer {

    static final Set<String> INCIDENT_STATUSES = Set.of("sent", "closed", "dismissed", "auto_remediating", "deleting",
            "partner_dismissed");
    static final Set<String> SEVERITIES = Set.of("low", "high", "critical");
    static final Set<String> INCIDENT_PLATFORMS = Set.of("windows", "darwin", "microsoft_365", "google", "linux",
            "email_security", "other");
    static final Set<String> AGENT_PLATFORMS = Set.of("windows", "darwin", "linux");
    static final Set<String> INDICATOR_TYPES = Set.of("footholds", "monitored_files", "ransomware_canaries",
            "antivirus_detections", "process_detections", "managed_identity", "mde_detections", "siem_detections",
            "favicon_detections", "behavioral_detections", "email_security_detections", "app_control", "ai_misuse");
    static final Set<String> REMEDIATION_TYPES = Set.of("assisted", "manual", "containment");
    static final Set<String> REMEDIATION_STATUSES = Set.of("unapproved", "approved", "completed", "failed", "cancelled");

    private static final List<SortField<HuntressStore.OrganizationRow>> ORGANIZATION_SORTS = List.of(
            SortField.id(row -> row.organization().id),
            SortField.instant("created_at", row -> row.organization().createdAt),
            SortField.instant("updated_at", row -> row.organization().updatedAt),
            SortField.string("name", row -> row.organization().name),
            SortField.string("key", row -> row.organization().key));
    private static final List<SortField<HuntressAgent>> AGENT_SORTS = List.of(SortField.id(agent -> agent.id),
            SortField.instant("created_at", agent -> agent.createdAt),
            SortField.instant("updated_at", agent -> agent.updatedAt));
    private static final List<SortField<HuntressIncident>> INCIDENT_SORTS = List.of(
            SortField.id(incident -> incident.id), SortField.instant("created_at", incident -> incident.createdAt),
            SortField.instant("updated_at", incident -> incident.updatedAt));
    private static final List<SortField<HuntressRemediation>> REMEDIATION_SORTS = List.of(
            SortField.id(remediation -> remediation.id),
            SortField.instant("created_at", remediation -> remediation.createdAt),
            SortField.instant("updated_at", remediation -> remediation.updatedAt));

    static {
        // The JDK server writes headers and body separately; without TCP_NODELAY every keep-alive response
        // waits ~40 ms for the client's delayed ACK. Read once per JVM, so set it before any server exists.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HuntressSimulatorConfig config;
    private final HuntressStore store;
    private final SlidingWindowRateLimiter limiter;

    private final AtomicLong received = new AtomicLong();
    private final AtomicLong rateLimited = new AtomicLong();
    private final Map<String, AtomicLong> perPath = new ConcurrentHashMap<>();
    private final Deque<Integer> pendingFailures = new ArrayDeque<>();
    private volatile boolean retryAfter;
    private volatile UnauthorizedStyle unauthorizedStyle;
    private volatile boolean repeatPageToken;
    private volatile boolean legacyLastPage;
    private volatile boolean remediationsAsArray;
    private volatile Duration responseDelay = Duration.ZERO;

    /**
     * @param port   0 for a random free port
     * @param clock  drives the rate limiter and every timestamp the simulator sets (use a
     *               {@link dev.tributary.simulator.MutableClock} in tests)
     * @param config start-up settings; the primary account and its credential are created from it
     */
    public HuntressSimulator(int port, Clock clock, HuntressSimulatorConfig config) {
        super("huntress", port, clock);
        this.config = Objects.requireNonNull(config, "config");
        this.store = new HuntressStore(clock);
        this.limiter = new SlidingWindowRateLimiter(clock, config.rateLimit(), config.rateWindow());
        this.retryAfter = config.retryAfter();
        this.unauthorizedStyle = config.unauthorized();
        store.addAccount(new HuntressAccount(config.accountId(), config.accountName(), config.subdomain()));
        store.addCredential(new HuntressCredential(config.apiKey(), config.apiSecret(), config.accountId(), false,
                config.apiUser()));
    }

    /** A started simulator on a random port with the fixtures plus a generated workload (seed 42), for demos. */
    public static HuntressSimulator demo(Clock clock) {
        return demo(0, clock);
    }

    public static HuntressSimulator demo(int port, Clock clock) {
        HuntressSimulator simulator = new HuntressSimulator(port, clock, HuntressSimulatorConfig.defaults());
        simulator.loadFixtures();
        simulator.generate(12, 80, 240, 42L);
        return simulator.start();
    }

    @Override
    public HuntressSimulator start() {
        super.start();
        return this;
    }

    public HuntressSimulatorConfig config() {
        return config;
    }

    /** The primary account's id (from the config). */
    public long accountId() {
        return config.accountId();
    }

    public String apiKey() {
        return config.apiKey();
    }

    public String apiSecret() {
        return config.apiSecret();
    }

    /** {@code Basic base64(apiKey:apiSecret)} for the primary credential. */
    public String authorizationHeader() {
        return basic(config.apiKey(), config.apiSecret());
    }

    public static String basic(String key, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    // ================================================================ seeding and mutation

    /** Adds another account (ids are global; data of one account is a 404 for the others). */
    public HuntressAccount addAccount(HuntressAccount account) {
        return store.addAccount(account);
    }

    /** Adds an account together with a read-write credential for it. */
    public HuntressAccount addAccount(long id, String name, String subdomain, String key, String secret) {
        HuntressAccount account = store.addAccount(new HuntressAccount(id, name, subdomain));
        addCredential(id, key, secret, false);
        return account;
    }

    public Optional<HuntressAccount> account(long id) {
        return store.account(id);
    }

    public HuntressAccount updateAccount(long id, Consumer<HuntressAccount> mutator) {
        return store.updateAccount(id, mutator);
    }

    /**
     * Adds an API key pair to an account. Keys of one account share its rate limit. A read-only key
     * (like Huntress's default account key) gets 403 on write endpoints.
     */
    public void addCredential(long accountId, String key, String secret, boolean readOnly) {
        store.addCredential(new HuntressCredential(key, secret, accountId, readOnly, config.apiUser()));
    }

    public void addCredential(HuntressCredential credential) {
        store.addCredential(credential);
    }

    /** Revokes a key: later requests with it get 401. */
    public boolean removeCredential(String key) {
        return store.removeCredential(key);
    }

    /** Stores a copy; {@code id == 0} assigns the next id. Returns the stored state. */
    public HuntressOrganization addOrganization(HuntressOrganization organization) {
        return store.addOrganization(organization);
    }

    public Optional<HuntressOrganization> organization(long id) {
        return store.organization(id);
    }

    /** Mutates a copy and stores it; sets {@code updated_at} from the clock. */
    public HuntressOrganization updateOrganization(long id, Consumer<HuntressOrganization> mutator) {
        return store.updateOrganization(id, mutator);
    }

    /** Removes an organization with its agents and incident reports. */
    public boolean removeOrganization(long id) {
        return store.removeOrganization(id);
    }

    public List<HuntressOrganization> organizations() {
        return store.allOrganizations();
    }

    /** Stores a copy; {@code id == 0} assigns the next id. The organization must exist in the same account. */
    public HuntressAgent addAgent(HuntressAgent agent) {
        return store.addAgent(agent);
    }

    public Optional<HuntressAgent> agent(long id) {
        return store.agent(id);
    }

    /** Mutates a copy and stores it; sets {@code updated_at} from the clock. */
    public HuntressAgent updateAgent(long id, Consumer<HuntressAgent> mutator) {
        return store.updateAgent(id, mutator);
    }

    /** Uninstalls an agent: later GETs are 404; incident reports keep their {@code agent_id}. */
    public boolean removeAgent(long id) {
        return store.removeAgent(id);
    }

    public List<HuntressAgent> agents() {
        return store.allAgents();
    }

    /**
     * Stores a copy; {@code id == 0} assigns the next id (remediations likewise). Missing values get
     * defaults: status {@code sent}, severity {@code low}, {@code sent_at}/{@code updated_at} now.
     */
    public HuntressIncident addIncident(HuntressIncident incident) {
        return store.addIncident(incident);
    }

    public Optional<HuntressIncident> incident(long id) {
        return store.incident(id);
    }

    /**
     * Mutates a copy of the incident report and stores it: {@code updated_at} becomes now, and when the
     * status changed so do {@code status_updated_at} and {@code closed_at} (set on {@code closed},
     * cleared otherwise) unless the mutator set them.
     */
    public HuntressIncident updateIncident(long id, Consumer<HuntressIncident> mutator) {
        return store.updateIncident(id, mutator);
    }

    public boolean removeIncident(long id) {
        return store.removeIncident(id);
    }

    /** Every stored incident report (copies), by id. */
    public List<HuntressIncident> incidents() {
        return store.allIncidents();
    }

    /**
     * Loads the reference fixtures into account 48213 (created if absent): 5 organizations, the
     * isolated agent 3307519 plus an agent for every other host the incident reports name, and the
     * 8 incident reports of both pages (report 5509114 keeps its 12 remediations, 10 inlined).
     */
    public void loadFixtures() {
        HuntressFixtures.load(store);
    }

    /**
     * Generates a deterministic, realistic workload in the primary account: same seed, same store
     * state and same clock give the same data. See {@link HuntressWorkloadGenerator}.
     */
    public GeneratedWorkload generate(int organizations, int agents, int incidents, long seed) {
        return generate(config.accountId(), organizations, agents, incidents, seed);
    }

    public GeneratedWorkload generate(long accountId, int organizations, int agents, int incidents, long seed) {
        return new HuntressWorkloadGenerator(store, clock, seed).generate(accountId, organizations, agents, incidents);
    }

    // ================================================================ switches

    /** Answers the next {@code count} requests (any path, before auth and rate limiting) with {@code status}. */
    public void failNextRequests(int count, int status) {
        if (status < 500 || status > 599) {
            throw new IllegalArgumentException("Injected failures are 5xx, got " + status);
        }
        synchronized (pendingFailures) {
            for (int i = 0; i < count; i++) {
                pendingFailures.addLast(status);
            }
        }
    }

    public int pendingFailures() {
        synchronized (pendingFailures) {
            return pendingFailures.size();
        }
    }

    /** When on, a page requested with a {@code page_token} answers that same token as {@code next_page_token}. */
    public void setRepeatPageToken(boolean on) {
        this.repeatPageToken = on;
    }

    /** When on, the last page carries the legacy {@code {"current_page":1,"total_count":N}} instead of {@code {}}. */
    public void setLegacyLastPagePagination(boolean on) {
        this.legacyLastPage = on;
    }

    /** When on, incident reports carry the historic {@code remediations} shape: a bare array of every remediation. */
    public void setRemediationsAsArray(boolean on) {
        this.remediationsAsArray = on;
    }

    /** Delays every response by {@code delay} (real time). */
    public void setResponseDelay(Duration delay) {
        this.responseDelay = delay == null ? Duration.ZERO : delay;
    }

    /**
     * Whether a 429 carries {@code Retry-After: <seconds>}: the smallest whole number of seconds after
     * which the oldest accepted request in the window has left it, so a retry then is accepted.
     */
    public void setRetryAfter(boolean on) {
        this.retryAfter = on;
    }

    public void setUnauthorizedStyle(UnauthorizedStyle style) {
        this.unauthorizedStyle = Objects.requireNonNull(style);
    }

    /** Changes the limit (0 or less disables it) and the window; the logs of accepted requests are kept. */
    public void setRateLimit(int limit, Duration window) {
        limiter.configure(limit, window);
    }

    /** Forgets every accepted request, so each account has its full budget again. */
    public void resetRateLimits() {
        limiter.reset();
    }

    /** Accepted requests of the account still inside the rate window. */
    public int rateWindowUsage(long accountId) {
        return limiter.inWindow(accountId);
    }

    /** Turns every fault off: pending failures, repeated tokens, legacy pagination, array remediations, delay. */
    public void resetFaults() {
        synchronized (pendingFailures) {
            pendingFailures.clear();
        }
        repeatPageToken = false;
        legacyLastPage = false;
        remediationsAsArray = false;
        responseDelay = Duration.ZERO;
    }

    // ================================================================ counters

    /**
     * Requests received (every outcome) since the start or the last {@link #resetCounters()}. Counted on
     * arrival, so unlike {@link #requestCount()} (recorded after the response is sent) it never lags
     * behind what a client has already seen.
     */
    public long totalRequests() {
        return received.get();
    }

    /** 429s served since the start (or the last {@link #resetCounters()}). */
    public long rateLimitedCount() {
        return rateLimited.get();
    }

    /** Requests received per path (every outcome), sorted by path. */
    public Map<String, Long> requestsPerPath() {
        Map<String, Long> counts = new TreeMap<>();
        perPath.forEach((path, count) -> counts.put(path, count.get()));
        return counts;
    }

    public long requestCount(String path) {
        AtomicLong count = perPath.get(path);
        return count == null ? 0 : count.get();
    }

    /** Clears the counters and the recorded requests. */
    public void resetCounters() {
        received.set(0);
        rateLimited.set(0);
        perPath.clear();
        clearRequests();
    }

    // ================================================================ HTTP

    @Override
    protected void handle(Exchange exchange) throws IOException {
        received.incrementAndGet();
        perPath.computeIfAbsent(exchange.path(), path -> new AtomicLong()).incrementAndGet();
        Duration delay = responseDelay;
        if (!delay.isZero() && !delay.isNegative()) {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Integer failure;
        synchronized (pendingFailures) {
            failure = pendingFailures.pollFirst();
        }
        if (failure != null) {
            serveFailure(exchange, failure);
            return;
        }
        HuntressCredential credential = authenticate(exchange.header("Authorization"));
        if (credential == null) {
            unauthorized(exchange);
            return;
        }
        SlidingWindowRateLimiter.Decision decision = limiter.tryAcquire(credential.accountId());
        if (!decision.accepted()) {
            rateLimited.incrementAndGet();
            if (retryAfter) {
                exchange.setHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
            }
            error(exchange, 429, "Too Many Requests");
            return;
        }
        try {
            route(exchange, credential);
        } catch (BadRequest e) {
            error(exchange, 400, e.getMessage());
        }
    }

    private HuntressCredential authenticate(String header) {
        if (header == null) {
            return null;
        }
        String[] parts = header.trim().split("\\s+", 2);
        if (parts.length != 2 || !parts[0].equalsIgnoreCase("Basic")) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(parts[1].trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return null;
        }
        return store.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1)).orElse(null);
    }

    private void unauthorized(Exchange exchange) throws IOException {
        if (unauthorizedStyle == UnauthorizedStyle.EMPTY_BASIC_CHALLENGE) {
            exchange.setHeader("WWW-Authenticate", "Basic realm=\"Huntress API\"");
            exchange.respond(401, "text/plain", new byte[0]);
        } else {
            error(exchange, 401, "Unauthorized");
        }
    }

    private void serveFailure(Exchange exchange, int status) throws IOException {
        if (status == 500) {
            error(exchange, 500, "Internal Server Error");
        } else {
            // Gateways in front of the API answer with HTML, not JSON.
            exchange.html(status, "<html><head><title>" + status + "</title></head><body><h1>" + status
                    + " Service Temporarily Unavailable</h1></body></html>");
        }
    }

    private void route(Exchange exchange, HuntressCredential credential) throws IOException {
        String path = exchange.path();
        if (!path.startsWith("/v1/")) {
            notFound(exchange);
            return;
        }
        List<String> parts = Arrays.asList(path.substring(4).split("/", -1));
        if (parts.contains("")) {
            notFound(exchange);
            return;
        }
        long account = credential.accountId();
        switch (parts.get(0)) {
            case "account" -> {
                if (parts.size() != 1) {
                    notFound(exchange);
                } else if (allow(exchange, "GET")) {
                    HuntressAccount found = store.account(account).orElseThrow();
                    respond(exchange, 200, wrap("account", HuntressJson.account(found)));
                }
            }
            case "organizations" -> {
                if (parts.size() == 1 && allow(exchange, "GET")) {
                    listOrganizations(exchange, account);
                } else if (parts.size() == 2 && allow(exchange, "GET")) {
                    long id = id(parts.get(1));
                    Optional<HuntressStore.OrganizationRow> row = store.organizationRows(account).stream()
                            .filter(candidate -> candidate.organization().id == id).findFirst();
                    if (row.isEmpty()) {
                        notFound(exchange);
                    } else {
                        respond(exchange, 200, wrap("organization",
                                HuntressJson.organizationWithUsages(row.get(), clock.instant())));
                    }
                } else if (parts.size() > 2) {
                    notFound(exchange);
                }
            }
            case "agents" -> {
                if (parts.size() == 1 && allow(exchange, "GET")) {
                    listAgents(exchange, account);
                } else if (parts.size() == 2 && allow(exchange, "GET")) {
                    long id = id(parts.get(1));
                    Optional<HuntressAgent> agent = store.agent(id).filter(found -> found.accountId == account);
                    if (agent.isEmpty()) {
                        notFound(exchange);
                    } else {
                        respond(exchange, 200, wrap("agent", HuntressJson.agent(agent.get())));
                    }
                } else if (parts.size() > 2) {
                    notFound(exchange);
                }
            }
            case "incident_reports" -> incidentRoutes(exchange, credential, parts);
            default -> notFound(exchange);
        }
    }

    private void incidentRoutes(Exchange exchange, HuntressCredential credential, List<String> parts)
            throws IOException {
        long account = credential.accountId();
        if (parts.size() == 1) {
            if (allow(exchange, "GET")) {
                listIncidents(exchange, account);
            }
            return;
        }
        if (parts.size() > 4) {
            notFound(exchange);
            return;
        }
        boolean resolution = parts.size() == 3 && parts.get(2).equals("resolution");
        boolean remediations = parts.size() >= 3 && parts.get(2).equals("remediations");
        boolean bulkApproval = remediations && parts.size() == 4 && parts.get(3).equals("bulk_approval");
        if (parts.size() >= 3 && !resolution && !remediations) {
            notFound(exchange);
            return;
        }
        String allowed = resolution || bulkApproval ? "POST" : "GET";
        if (!allow(exchange, allowed)) {
            return;
        }
        long id = id(parts.get(1));
        Optional<HuntressIncident> incident = store.incident(id).filter(found -> found.accountId == account);
        if (incident.isEmpty()) {
            notFound(exchange);
            return;
        }
        if (parts.size() == 2) {
            respond(exchange, 200, wrap("incident_report", HuntressJson.incident(incident.get(), remediationsAsArray)));
        } else if (resolution) {
            resolve(exchange, credential, incident.get());
        } else if (bulkApproval) {
            approveAll(exchange, credential, incident.get());
        } else if (parts.size() == 3) {
            listRemediations(exchange, incident.get());
        } else {
            long remediationId = id(parts.get(3));
            Optional<HuntressRemediation> remediation = incident.get().remediations == null ? Optional.empty()
                    : incident.get().remediations.stream().filter(candidate -> candidate.id == remediationId)
                            .findFirst();
            if (remediation.isEmpty()) {
                notFound(exchange);
            } else {
                respond(exchange, 200, wrap("remediation", HuntressJson.remediation(remediation.get())));
            }
        }
    }

    /** §5.9: 403 for a read-only key, 422 unless {@code sent}, 409 while a remediation is unapproved; 201 closes it. */
    private void resolve(Exchange exchange, HuntressCredential credential, HuntressIncident incident)
            throws IOException {
        if (credential.readOnly()) {
            error(exchange, 403, "Forbidden");
            return;
        }
        if (!"sent".equals(incident.status)) {
            error(exchange, 422, "Incident Report cannot be resolved unless report status is 'sent'.");
            return;
        }
        if (incident.remediations != null
                && incident.remediations.stream().anyMatch(remediation -> "unapproved".equals(remediation.status))) {
            error(exchange, 409, "Incident Report cannot be resolved. Confirm that all remediations are approved and "
                    + "report status is 'sent'.");
            return;
        }
        HuntressIncident resolved = store.updateIncident(incident.id, next -> next.status = "closed");
        respond(exchange, 201, wrap("incident_report", HuntressJson.incident(resolved, remediationsAsArray)));
    }

    /** 403 for a read-only key, 409 unless {@code sent}; approves every unapproved remediation (201). */
    private void approveAll(Exchange exchange, HuntressCredential credential, HuntressIncident incident)
            throws IOException {
        if (credential.readOnly()) {
            error(exchange, 403, "Forbidden");
            return;
        }
        if (!"sent".equals(incident.status)) {
            error(exchange, 409, "Incident Report must have a status of 'sent'.");
            return;
        }
        HuntressIncident result = incident;
        if (incident.remediations != null
                && incident.remediations.stream().anyMatch(remediation -> "unapproved".equals(remediation.status))) {
            result = store.updateIncident(incident.id, next -> next.remediations.forEach(remediation -> {
                if ("unapproved".equals(remediation.status)) {
                    remediation.status = "approved";
                    remediation.approvedAt = clock.instant();
                    remediation.approvedBy = credential.user();
                }
            }));
        }
        respond(exchange, 201, wrap("incident_report", HuntressJson.incident(result, remediationsAsArray)));
    }

    // ---------------------------------------------------------------- lists

    private void listOrganizations(Exchange exchange, long account) throws IOException {
        Map<String, List<String>> query = exchange.query();
        Filters<HuntressStore.OrganizationRow> filters = new Filters<>(query);
        filters.text("name", row -> row.organization().name);
        filters.text("key", row -> row.organization().key);
        list(exchange, "organizations", store.organizationRows(account), filters, ORGANIZATION_SORTS,
                row -> row.organization().id, HuntressJson::organization);
    }

    private void listAgents(Exchange exchange, long account) throws IOException {
        Filters<HuntressAgent> filters = new Filters<>(exchange.query());
        filters.integer("organization_id", agent -> agent.organizationId);
        filters.oneOf("platform", AGENT_PLATFORMS, agent -> agent.platform);
        filters.text("hostname", agent -> agent.hostname);
        filters.text("os", agent -> agent.os);
        filters.text("version", agent -> agent.version);
        list(exchange, "agents", store.agentsOf(account), filters, AGENT_SORTS, agent -> agent.id,
                HuntressJson::agent);
    }

    private void listIncidents(Exchange exchange, long account) throws IOException {
        Filters<HuntressIncident> filters = new Filters<>(exchange.query());
        filters.oneOf("indicator_type", INDICATOR_TYPES, null,
                (incident, type) -> incident.indicatorTypes != null && incident.indicatorTypes.contains(type));
        filters.oneOf("status", INCIDENT_STATUSES, incident -> incident.status);
        filters.oneOf("severity", SEVERITIES, incident -> incident.severity);
        filters.oneOf("platform", INCIDENT_PLATFORMS, incident -> incident.platform);
        filters.integer("organization_id", incident -> incident.organizationId);
        filters.integer("agent_id", incident -> incident.agentId);
        boolean asArray = remediationsAsArray;
        list(exchange, "incident_reports", store.incidentsOf(account), filters, INCIDENT_SORTS,
                incident -> incident.id, incident -> HuntressJson.incident(incident, asArray));
    }

    private void listRemediations(Exchange exchange, HuntressIncident incident) throws IOException {
        Filters<HuntressRemediation> filters = new Filters<>(exchange.query());
        filters.anyOf("types", REMEDIATION_TYPES, remediation -> remediation.type);
        filters.anyOf("statuses", REMEDIATION_STATUSES, remediation -> remediation.status);
        List<HuntressRemediation> rows = incident.remediations == null ? List.of() : incident.remediations;
        list(exchange, "remediations", rows, filters, REMEDIATION_SORTS, remediation -> remediation.id,
                HuntressJson::remediation);
    }

    private <T> void list(Exchange exchange, String plural, List<T> rows, Filters<T> filters,
                          List<SortField<T>> sorts, java.util.function.ToLongFunction<T> id,
                          Function<T, ObjectNode> render) throws IOException {
        String fingerprint = Integer.toHexString((exchange.path() + '|' + filters.fingerprint()).hashCode());
        ListRequest<T> request = HuntressPagination.parse(exchange.query(), sorts, fingerprint,
                config.strictPageTokenFilters());
        List<T> matching = rows.stream().filter(filters.predicate()).toList();
        Page<T> page = HuntressPagination.page(matching, request, id);
        ObjectNode body = HuntressJson.object();
        ArrayNode items = body.putArray(plural);
        page.rows().forEach(row -> items.add(render.apply(row)));
        ObjectNode pagination = body.putObject("pagination");
        String next = page.nextToken();
        if (repeatPageToken && request.token() != null) {
            next = request.token();
        }
        if (next != null) {
            String base = config.nextPageUrlBase() != null ? config.nextPageUrlBase() : "http://" + exchange.host();
            pagination.put("next_page_url", base + exchange.path() + "?page_token="
                    + URLEncoder.encode(next, StandardCharsets.UTF_8) + "&limit=" + request.limit());
            pagination.put("next_page_token", next);
        } else if (legacyLastPage) {
            pagination.put("current_page", 1);
            pagination.put("total_count", page.total());
        }
        respond(exchange, 200, body);
    }

    /** Declared filters of one list endpoint, validated eagerly (a bad enum value is a 400). */
    private static final class Filters<T> {

        private final Map<String, List<String>> query;
        private final Map<String, String> applied = new LinkedHashMap<>();
        private final List<Predicate<T>> predicates = new ArrayList<>();

        Filters(Map<String, List<String>> query) {
            this.query = query;
        }

        void text(String name, Function<T, String> field) {
            String value = HuntressPagination.param(query, name);
            if (value != null) {
                applied.put(name, value);
                predicates.add(row -> value.equals(field.apply(row)));
            }
        }

        void integer(String name, Function<T, Long> field) {
            String raw = HuntressPagination.param(query, name);
            if (raw != null) {
                long value;
                try {
                    value = Long.parseLong(raw);
                } catch (NumberFormatException e) {
                    throw new BadRequest(name + " is invalid");
                }
                applied.put(name, raw);
                predicates.add(row -> Objects.equals(field.apply(row), value));
            }
        }

        void oneOf(String name, Set<String> allowed, Function<T, String> field) {
            oneOf(name, allowed, field, null);
        }

        void oneOf(String name, Set<String> allowed, Function<T, String> field,
                   java.util.function.BiPredicate<T, String> matcher) {
            String value = HuntressPagination.param(query, name);
            if (value != null) {
                if (!allowed.contains(value)) {
                    throw new BadRequest(name + " does not have a valid value");
                }
                applied.put(name, value);
                predicates.add(matcher != null ? row -> matcher.test(row, value)
                        : row -> value.equals(field.apply(row)));
            }
        }

        /** An array filter: {@code name[]=a&name[]=b}, or a comma-separated string in {@code name[]} or {@code name}. */
        void anyOf(String name, Set<String> allowed, Function<T, String> field) {
            List<String> values = new ArrayList<>();
            for (String key : List.of(name + "[]", name)) {
                for (String raw : query.getOrDefault(key, List.of())) {
                    for (String value : raw.split(",")) {
                        if (!value.isBlank()) {
                            values.add(value.trim());
                        }
                    }
                }
            }
            if (values.isEmpty()) {
                return;
            }
            for (String value : values) {
                if (!allowed.contains(value)) {
                    throw new BadRequest(name + " does not have a valid value");
                }
            }
            applied.put(name, String.join(",", values.stream().sorted().toList()));
            predicates.add(row -> values.contains(field.apply(row)));
        }

        Predicate<T> predicate() {
            return row -> predicates.stream().allMatch(predicate -> predicate.test(row));
        }

        String fingerprint() {
            return new TreeMap<>(applied).toString();
        }
    }

    // ---------------------------------------------------------------- responses

    private static long id(String raw) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new BadRequest("id is invalid");
        }
    }

    private static ObjectNode wrap(String key, ObjectNode value) {
        ObjectNode body = HuntressJson.object();
        body.set(key, value);
        return body;
    }

    /** True when the method is allowed; otherwise answers 405 and returns false. */
    private static boolean allow(Exchange exchange, String method) throws IOException {
        if (exchange.method().equals(method)) {
            return true;
        }
        exchange.setHeader("Allow", method);
        error(exchange, 405, "405 Not Allowed");
        return false;
    }

    private static void notFound(Exchange exchange) throws IOException {
        error(exchange, 404, "Not Found");
    }

    private static void error(Exchange exchange, int status, String message) throws IOException {
        respond(exchange, status, HuntressJson.error(message));
    }

    private static void respond(Exchange exchange, int status, ObjectNode body) throws IOException {
        exchange.json(status, HuntressJson.MAPPER.writeValueAsString(body));
    }
}
