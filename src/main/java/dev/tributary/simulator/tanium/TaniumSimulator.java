package dev.tributary.simulator.tanium;

import dev.tributary.simulator.Exchange;
import dev.tributary.simulator.SimulatorServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fake Tanium: the Gateway ({@code POST /plugin/products/gateway/graphql}) and the Asset REST API
 * ({@code GET /plugin/products/asset/v1/assets}) on loopback, faithful to the contract in
 * {@code shared/reference/tanium-api.md}, including its traps: {@code session: token-…} auth, 400 for
 * schema validation failures, 200 + {@code errors[]} for execution failures, expiring cursors bound to
 * their collection, sensor error strings in non-null fields, and a different id space in the Asset API.
 *
 * <p>The world is empty until seeded: {@link #loadFixtures()} (the reference fixture world),
 * {@link #generateFleet(int, int, long)} (a lazily computed fleet of any size — 100,000 endpoints cost
 * almost no heap), and explicit {@link #addComputerGroup}/{@link #addEndpoint}. Test switches:
 * {@link #authMode}, {@link #fault}, {@link #latency}, {@link #denyPermission}, {@link #expireAllCursors}.
 */
public final class TaniumSimulator extends SimulatorServer {

    public static final String GATEWAY_PATH = "/plugin/products/gateway/graphql";
    public static final String ASSET_BASE_PATH = "/plugin/products/asset";
    public static final String ASSETS_PATH = ASSET_BASE_PATH + "/v1/assets";
    static final String FIXTURE_RESOURCE = "simulator/tanium/fixture-world.json";
    private static final int ASSET_MAX_LIMIT = 5000;
    private static final String UNAUTHORIZED_BODY = "{\"text\":\"Unauthorized: invalid or expired session\"}";

    /** How the front door treats requests. */
    public enum AuthMode {
        /** Valid {@code session} token → served; anything else → 401. */
        NORMAL,
        /** Valid token → 403 (token rejected / persona lacks rights); invalid → 401. */
        FORBIDDEN,
        /** Every request → 302 to the console's OIDC login (a console host configured instead of the API host). */
        OIDC_REDIRECT,
        /** Every request → 200 {@code text/html} login page (same misconfiguration, other front door). */
        HTML_LOGIN
    }

    /** Infrastructure failures, before authentication. */
    public enum Fault {
        NONE,
        /** 502: Gateway or System User service down — all queries fail. */
        BAD_GATEWAY,
        /** 500 "Failed to initialize request": System User service not installed. */
        INIT_FAILED,
        /** 429 with {@code Retry-After}. */
        THROTTLED
    }

    private final TaniumSimulatorConfig config;
    private final TaniumWorld world;
    private final CursorRegistry cursors;
    private final TaniumGateway gateway;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, Optional<Instant>> tokens = new ConcurrentHashMap<>();
    private volatile AuthMode authMode = AuthMode.NORMAL;
    private volatile Fault fault = Fault.NONE;
    private final AtomicInteger faultCountdown = new AtomicInteger(-1);
    private volatile Duration retryAfter = Duration.ofSeconds(30);
    private volatile Duration latency = Duration.ZERO;
    private volatile boolean assetEndOfReaderLookahead;

    public TaniumSimulator(int port, Clock clock, TaniumSimulatorConfig config) {
        super("tanium", port, clock);
        this.config = Objects.requireNonNull(config, "config");
        this.world = new TaniumWorld(clock);
        this.cursors = new CursorRegistry(clock, config.cursorIdleTimeout(), config.cursorMaxLifetime(),
                config.maxLiveCollections());
        this.gateway = new TaniumGateway(world, cursors, clock, config);
        for (String token : config.tokens()) {
            addToken(token);
        }
    }

    public TaniumSimulator(int port, Clock clock) {
        this(port, clock, TaniumSimulatorConfig.defaults());
    }

    /** Random port, system clock, default config. */
    public TaniumSimulator() {
        this(0, Clock.systemUTC());
    }

    @Override
    public TaniumSimulator start() {
        super.start();
        return this;
    }

    public TaniumSimulatorConfig config() {
        return config;
    }

    /** {@code http://127.0.0.1:<port>/plugin/products/gateway/graphql}. */
    public String gatewayUrl() {
        return baseUrl() + GATEWAY_PATH;
    }

    /** {@code http://127.0.0.1:<port>/plugin/products/asset} (append {@code /v1/assets}). */
    public String assetApiUrl() {
        return baseUrl() + ASSET_BASE_PATH;
    }

    /** The first configured token (the {@code session} header value), or null if none was configured. */
    public String token() {
        return config.tokens().isEmpty() ? null : config.tokens().get(0);
    }

    // ---- tokens and switches ------------------------------------------------------------------------

    public TaniumSimulator addToken(String token) {
        tokens.put(requireTokenForm(token), Optional.empty());
        return this;
    }

    /** A token that stops working (401) once the simulator's clock passes {@code expiresAt}. */
    public TaniumSimulator addToken(String token, Instant expiresAt) {
        tokens.put(requireTokenForm(token), Optional.of(expiresAt));
        return this;
    }

    public TaniumSimulator revokeToken(String token) {
        tokens.remove(token);
        return this;
    }

    private static String requireTokenForm(String token) {
        if (token == null || !token.startsWith("token-")) {
            throw new IllegalArgumentException("Tanium API tokens start with \"token-\"");
        }
        return token;
    }

    public TaniumSimulator authMode(AuthMode mode) {
        this.authMode = Objects.requireNonNull(mode);
        return this;
    }

    /** A persistent fault for every request until {@code fault(Fault.NONE)}. */
    public TaniumSimulator fault(Fault newFault) {
        this.fault = Objects.requireNonNull(newFault);
        this.faultCountdown.set(-1);
        return this;
    }

    /** A fault for the next {@code times} requests only, then normal service. */
    public TaniumSimulator fault(Fault newFault, int times) {
        this.fault = Objects.requireNonNull(newFault);
        this.faultCountdown.set(times);
        return this;
    }

    /** The {@code Retry-After} of {@link Fault#THROTTLED} (whole seconds). */
    public TaniumSimulator retryAfter(Duration duration) {
        this.retryAfter = Objects.requireNonNull(duration);
        return this;
    }

    /** Delay before every response (slow Gateway); zero to switch off. */
    public TaniumSimulator latency(Duration duration) {
        this.latency = Objects.requireNonNull(duration);
        return this;
    }

    /**
     * Root query fields (e.g. {@code "endpoints"}; {@code "*"} = all) that fail with a "missing required
     * permissions" execution error; no arguments restores full permissions.
     */
    public TaniumSimulator denyPermission(String... rootFields) {
        gateway.denyFields(List.of(rootFields));
        return this;
    }

    /**
     * Asset API {@code meta.endOfReader}: by default true only when a page comes back short of the limit
     * (so a full last page says false and the next, empty page says true, as in the reference fixture);
     * with lookahead it is true as soon as no rows remain.
     */
    public TaniumSimulator assetEndOfReaderLookahead(boolean lookahead) {
        this.assetEndOfReaderLookahead = lookahead;
        return this;
    }

    /** Invalidates every cursor now (as if all collections expired). */
    public TaniumSimulator expireAllCursors() {
        cursors.expireAll();
        return this;
    }

    /** Cursored collections currently alive. */
    public int liveCursorCollections() {
        return cursors.liveCount();
    }

    // ---- seeding ----------------------------------------------------------------------------------------

    /** A computer group whose members are added explicitly ({@link #addToGroup}, {@link #addEndpoint}). */
    public TaniumSimulator addComputerGroup(TaniumComputerGroup group) {
        world.addGroup(group, null, -1);
        return this;
    }

    /** A computer group whose membership is a rule over endpoints (e.g. "all Windows"), plus explicit members. */
    public TaniumSimulator addComputerGroup(TaniumComputerGroup group, Predicate<TaniumEndpoint> rule) {
        world.addGroup(group, rule, -1);
        return this;
    }

    public TaniumSimulator removeComputerGroup(String groupId) {
        world.removeGroup(groupId);
        return this;
    }

    public TaniumSimulator addToGroup(String groupId, String... endpointIds) {
        for (String id : endpointIds) {
            world.addMember(groupId, id);
        }
        return this;
    }

    public TaniumSimulator removeFromGroup(String groupId, String... endpointIds) {
        for (String id : endpointIds) {
            world.removeMember(groupId, id);
        }
        return this;
    }

    /**
     * Adds (or replaces, by id) an endpoint visible on the Gateway and in the Asset API, member of the
     * given groups; returns its Asset API id.
     */
    public long addEndpoint(TaniumEndpoint endpoint, String... groupIds) {
        long assetId = world.putEndpoint(endpoint, true, null);
        for (String groupId : groupIds) {
            world.addMember(groupId, endpoint.id());
        }
        return assetId;
    }

    /** Adds an endpoint that has aged out of TDS: only the Asset API still has it. Returns its asset id. */
    public long addAgedOutEndpoint(TaniumEndpoint endpoint) {
        return world.putEndpoint(endpoint, false, null);
    }

    /** Adds a raw Asset API row (snake_case keys, numeric {@code id}), e.g. an Import-API record. */
    public TaniumSimulator addAssetRow(Map<String, Object> row) {
        world.putRawAsset(row);
        return this;
    }

    /**
     * Generates {@code endpoints} Gateway endpoints across {@code groups} computer groups, deterministic
     * for a seed and computed on demand; plus 2% more that have aged out (Asset API only). Replaces an
     * earlier generated fleet; explicit endpoints stay.
     */
    public TaniumSimulator generateFleet(int groups, int endpoints, long seed) {
        return generateFleet(groups, endpoints, endpoints / 50, seed);
    }

    public TaniumSimulator generateFleet(int groups, int endpoints, int agedOut, long seed) {
        Instant anchor = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        world.setFleet(new FleetGenerator(groups, endpoints, agedOut, seed, anchor));
        return this;
    }

    /** Sets an endpoint's {@code eidLastSeen} to now (it reported in). */
    public TaniumSimulator touchEndpoint(String id) {
        return touchEndpoint(id, clock.instant());
    }

    public TaniumSimulator touchEndpoint(String id, Instant lastSeen) {
        world.touch(id, lastSeen.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        return this;
    }

    /** The Gateway stops returning the endpoint ("aged out" of TDS); the Asset API keeps it. */
    public TaniumSimulator removeFromGateway(String id) {
        world.setInGateway(id, false);
        return this;
    }

    public TaniumSimulator restoreToGateway(String id) {
        world.setInGateway(id, true);
        return this;
    }

    /** Re-keys an endpoint (reimage / re-registration); reported by {@code endpointIdChanges}. */
    public TaniumSimulator changeEndpointId(String oldId, String newId) {
        world.changeId(oldId, newId);
        return this;
    }

    /** Forgets every group, endpoint, asset row, id change and cursor. Switches and tokens stay. */
    public TaniumSimulator clearWorld() {
        world.clear();
        cursors.expireAll();
        return this;
    }

    /**
     * The reference fixture world: the seven computer groups of {@code computer_groups.json}; the five
     * endpoints of {@code endpoints_page1/2.json} in group 30229 "Contoso Ltd" (one of them also in the
     * MANUAL group 30412); four Fabrikam endpoints (a {@code STUDIOS-PC}, a network switch running IOS XE,
     * an iPad, a Linux file server); and the Asset API rows of {@code asset_api_page.json} (ids 1043–1045:
     * two aged-out endpoints and an Import-API printer) after the Gateway endpoints' rows (1030–1042).
     */
    @SuppressWarnings("unchecked")
    public TaniumSimulator loadFixtures() {
        JsonNode root;
        try (InputStream in = TaniumSimulator.class.getClassLoader().getResourceAsStream(FIXTURE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + FIXTURE_RESOURCE);
            }
            root = json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (JsonNode g : root.get("groups")) {
            TaniumComputerGroup group = json.treeToValue(g.get("group"), TaniumComputerGroup.class);
            JsonNode rule = g.get("rule");
            if (rule != null && rule.isObject() && rule.isEmpty()) {
                world.addGroup(group, TaniumWorld.ALL, -1);
            } else if (rule != null && !rule.isNull()) {
                Map<String, Object> ruleMap = json.treeToValue(rule, Map.class);
                Predicate<Object> predicate = EndpointFilters.compileFieldFilter(ruleMap,
                        gateway.schema().getObjectType("Endpoint"));
                world.addGroup(group, predicate::test, -1);
            } else {
                world.addGroup(group, null, -1);
            }
        }
        for (JsonNode e : root.get("endpoints")) {
            TaniumEndpoint endpoint = json.treeToValue(e.get("endpoint"), TaniumEndpoint.class);
            boolean inGateway = !e.has("inGateway") || e.get("inGateway").asBoolean();
            world.putEndpoint(endpoint, inGateway, e.get("assetId").asLong());
            if (e.has("groups")) {
                for (JsonNode groupId : e.get("groups")) {
                    world.addMember(groupId.asString(), endpoint.id());
                }
            }
        }
        for (JsonNode row : root.get("assets")) {
            world.putRawAsset(json.treeToValue(row, LinkedHashMap.class));
        }
        return this;
    }

    // ---- inspection -----------------------------------------------------------------------------------

    /** The endpoint with this Gateway id as the Gateway would return it now. */
    public Optional<TaniumEndpoint> endpoint(String id) {
        Integer ref = world.refOf(id);
        return ref == null ? Optional.empty() : Optional.of(world.endpoint(ref));
    }

    public boolean isInGateway(String id) {
        Integer ref = world.refOf(id);
        return ref != null && world.inGateway(ref);
    }

    public List<TaniumComputerGroup> computerGroups() {
        return world.groups().stream().map(def -> def.info).toList();
    }

    /** Ids of the Gateway endpoints in a group (walks the whole fleet; meant for assertions). */
    public List<String> endpointIdsInGroup(String groupId) {
        TaniumWorld.GroupDef group = world.group(groupId);
        if (group == null) {
            throw new IllegalArgumentException("no computer group " + groupId);
        }
        List<String> ids = new ArrayList<>();
        TaniumWorld.Candidate candidate = world.candidate();
        world.forEachGatewayRef(ref -> {
            candidate.reset(ref);
            if (world.isMember(group, candidate)) {
                ids.add(candidate.id());
            }
        });
        return ids;
    }

    public int gatewayEndpointCount() {
        return world.gatewayCount();
    }

    public int assetCount() {
        return world.assetCount();
    }

    // ---- HTTP ---------------------------------------------------------------------------------------------

    @Override
    protected void handle(Exchange exchange) throws IOException {
        exchange.setHeader("tanium-gateway-version", config.gatewayVersion());
        exchange.setHeader("x-request-id", UUID.randomUUID().toString());
        exchange.setHeader("cache-control", "no-store");
        exchange.setHeader("pragma", "no-cache");
        exchange.setHeader("expires", "0");
        String path = exchange.path();
        boolean gatewayRoute = path.equals(GATEWAY_PATH) && exchange.method().equals("POST");
        boolean assetRoute = path.equals(ASSETS_PATH) && exchange.method().equals("GET");
        if (!gatewayRoute && !assetRoute) {
            sendJson(exchange, 404, "{\"text\":\"Not Found\"}");
            return;
        }
        pause();
        if (applyFault(exchange) || !authenticate(exchange)) {
            return;
        }
        if (gatewayRoute) {
            handleGateway(exchange);
        } else {
            handleAssets(exchange);
        }
    }

    private void pause() {
        Duration delay = latency;
        if (!delay.isZero() && !delay.isNegative()) {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private boolean applyFault(Exchange exchange) throws IOException {
        Fault current = fault;
        if (current == Fault.NONE) {
            return false;
        }
        int remaining = faultCountdown.get();
        if (remaining == 0) {
            return false;
        }
        if (remaining > 0) {
            faultCountdown.decrementAndGet();
        }
        switch (current) {
            case BAD_GATEWAY -> exchange.respond(502, "text/plain; charset=utf-8",
                    "upstream connect error or disconnect/reset before headers. reset reason: connection failure"
                            .getBytes(StandardCharsets.UTF_8));
            case INIT_FAILED -> sendJson(exchange, 500, "{\"text\":\"Failed to initialize request\"}");
            case THROTTLED -> {
                exchange.setHeader("Retry-After", String.valueOf(Math.max(0, retryAfter.toSeconds())));
                sendJson(exchange, 429, "{\"text\":\"Too Many Requests\"}");
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean authenticate(Exchange exchange) throws IOException {
        AuthMode mode = authMode;
        if (mode == AuthMode.OIDC_REDIRECT) {
            String host = exchange.host().replaceFirst(":\\d+$", "");
            String authHost = config.oidcAuthHost() != null ? config.oidcAuthHost() : "auth." + host;
            String back = "https://" + exchange.host() + exchange.path();
            exchange.setHeader("Location", "https://" + authHost + "/realms/partners/protocol/openid-connect/auth"
                    + "?client_id=tanium-console&redirect_uri=" + URLEncoder.encode(back, StandardCharsets.UTF_8)
                    + "&response_type=code&scope=openid&state=" + UUID.randomUUID());
            exchange.respond(302, "text/html; charset=utf-8", new byte[0]);
            return false;
        }
        if (mode == AuthMode.HTML_LOGIN) {
            exchange.html(200, """
                    <!DOCTYPE html>
                    <html lang="en"><head><meta charset="utf-8"><title>Sign in to Tanium</title></head>
                    <body><div id="kc-form"><h1>Sign in to your account</h1>
                    <form id="kc-form-login" action="/realms/partners/login-actions/authenticate" method="post">
                    <input id="username" name="username" type="text"><input id="password" name="password" type="password">
                    <input type="submit" value="Sign In"></form></div></body></html>
                    """);
            return false;
        }
        String token = exchange.header("session");
        Optional<Instant> expiry = token == null ? null : tokens.get(token);
        boolean valid = expiry != null && (expiry.isEmpty() || clock.instant().isBefore(expiry.get()));
        if (!valid) {
            sendJson(exchange, 401, UNAUTHORIZED_BODY);
            return false;
        }
        if (mode == AuthMode.FORBIDDEN) {
            sendJson(exchange, 403, "{\"text\":\"Forbidden: the API token was rejected\"}");
            return false;
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private void handleGateway(Exchange exchange) throws IOException {
        Map<String, Object> request;
        try {
            JsonNode node = json.readTree(exchange.body());
            if (node == null || !node.isObject()) {
                sendGraphQlError(exchange, "POST body must be a JSON object with a \"query\" member.");
                return;
            }
            request = json.treeToValue(node, Map.class);
        } catch (JacksonException e) {
            sendGraphQlError(exchange, "POST body sent invalid JSON.");
            return;
        }
        Object query = request.get("query");
        if (!(query instanceof String text) || text.isBlank()) {
            sendGraphQlError(exchange, "Must provide query string.");
            return;
        }
        Object variables = request.get("variables");
        if (variables != null && !(variables instanceof Map)) {
            sendGraphQlError(exchange, "Variables are invalid JSON.");
            return;
        }
        Object operationName = request.get("operationName");
        TaniumGateway.Response response = gateway.execute(text, (Map<String, Object>) variables,
                operationName instanceof String name ? name : null);
        exchange.respond(response.status(), "application/json; charset=utf-8", json.writeValueAsBytes(response.body()));
    }

    private void sendGraphQlError(Exchange exchange, String message) throws IOException {
        Map<String, Object> body = Map.of("errors", List.of(Map.of("message", message)));
        exchange.respond(400, "application/json; charset=utf-8", json.writeValueAsBytes(body));
    }

    private void handleAssets(Exchange exchange) throws IOException {
        long minimum;
        int limit;
        try {
            String min = exchange.param("minimumAssetId");
            minimum = min == null || min.isEmpty() ? 0 : (long) Double.parseDouble(min);
            String lim = exchange.param("limit");
            double requested = lim == null || lim.isEmpty() ? 100 : Double.parseDouble(lim);
            if (requested < 1) {
                sendJson(exchange, 400, "{\"text\":\"limit must be a positive number\"}");
                return;
            }
            limit = (int) Math.min(requested, ASSET_MAX_LIMIT);
        } catch (NumberFormatException e) {
            sendJson(exchange, 400, "{\"text\":\"minimumAssetId and limit must be numbers\"}");
            return;
        }
        boolean[] more = new boolean[1];
        List<Map<String, Object>> rows = world.assetPage(minimum, limit, more);
        Map<String, Object> meta = new LinkedHashMap<>();
        if (!rows.isEmpty()) {
            meta.put("nextAssetId", ((Number) rows.get(rows.size() - 1).get("id")).longValue() + 1);
        }
        meta.put("endOfReader", assetEndOfReaderLookahead ? !more[0] : rows.size() < limit);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", rows);
        body.put("meta", meta);
        exchange.respond(200, "application/json; charset=utf-8", json.writeValueAsBytes(body));
    }

    private static void sendJson(Exchange exchange, int status, String body) throws IOException {
        exchange.respond(status, "application/json; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
    }
}
