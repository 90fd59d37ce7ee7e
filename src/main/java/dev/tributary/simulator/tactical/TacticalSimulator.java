package dev.tributary.simulator.tactical;

import dev.tributary.simulator.Exchange;
import dev.tributary.simulator.SimulatorServer;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A contract-faithful fake Tactical RMM API server (v1.5.1, DRF 3.15, knox 4.2) on loopback.
 *
 * <p>Serves the beta API ({@code /beta/v1/client|site|agent/}), the classic lists ({@code /agents/},
 * {@code /clients/}, {@code /clients/sites/}), alerts ({@code PATCH /alerts/} and friends), software
 * inventory, {@code /core/version/} and the two-step login, with Django's transport quirks: trailing
 * slash 301, HTML 404/500 pages, compact JSON, bare-string errors, 401 with {@code WWW-Authenticate}.
 * See {@code shared/reference/tactical-rmm.md} for the contract.
 *
 * <p>Seed it with {@link #loadFixtures()} (the fixture world at {@link #FIXTURE_NOW}) and/or
 * {@link #generateFleet}, mutate it with the {@code update*}, {@code make*} and alert methods, and
 * assert on {@link #requests()}. {@link #fireAlertWebhook} emits an alert webhook exactly as Tactical
 * does. {@link #main} runs it standalone.
 */
public class TacticalSimulator extends SimulatorServer {

    /** The fixtures' reference "now": statuses in the fixture files hold at this instant. */
    public static final Instant FIXTURE_NOW = Instant.parse("2026-06-16T12:00:00Z");

    static final String NOT_FOUND_HTML = errorPage("Not Found", "The requested resource was not found on this server.");
    static final String SERVER_ERROR_HTML = errorPage("Server Error (500)", "");

    static final Comparator<TacticalClient> BY_NAME_CLIENT =
            Comparator.<TacticalClient, String>comparing(TacticalClient::name, String.CASE_INSENSITIVE_ORDER)
                    .thenComparing(TacticalClient::name, Comparator.naturalOrder())
                    .thenComparingInt(TacticalClient::id);
    static final Comparator<TacticalSite> BY_NAME_SITE =
            Comparator.<TacticalSite, String>comparing(TacticalSite::name, String.CASE_INSENSITIVE_ORDER)
                    .thenComparing(TacticalSite::name, Comparator.naturalOrder())
                    .thenComparingInt(TacticalSite::id);

    private static final String AGENT_ID = "([^/]{20}[^/]+)";
    private static final String BETA_PK = "([^/.]+)";
    private static final Logger LOG = LoggerFactory.getLogger(TacticalSimulator.class);

    private final TacticalSimulatorConfig config;
    private final TacticalStore store = new TacticalStore();
    private final TacticalAuth auth;
    private final List<Route> routes = new ArrayList<>();
    private final AtomicInteger softwareRefreshes = new AtomicInteger();
    private final Random random = new Random();

    public TacticalSimulator(int port, Clock clock, TacticalSimulatorConfig config) {
        super("tactical", port, clock);
        this.config = config;
        this.auth = new TacticalAuth(store, clock, config);
        defineRoutes();
    }

    public TacticalSimulator(int port, Clock clock) {
        this(port, clock, TacticalSimulatorConfig.defaults());
    }

    @Override
    public TacticalSimulator start() {
        super.start();
        return this;
    }

    /** The live switches. */
    public TacticalSimulatorConfig config() {
        return config;
    }

    public Clock clock() {
        return clock;
    }

    private Instant now() {
        return Py.micros(clock.instant());
    }

    // ================================================================== routing

    private enum Access { AUTHENTICATED, ALLOW_ANY, KNOX_ONLY }

    @FunctionalInterface
    private interface Handler {
        void handle(Call call) throws IOException;
    }

    /**
     * One URL pattern. {@code viewset} routes (beta) allow only their methods; the other APIViews also
     * answer HEAD like GET and OPTIONS with metadata.
     */
    private record Route(String name, Pattern pattern, boolean beta, boolean viewset, Access access,
                         Map<String, String> permissions, String throttleScope, Map<String, Handler> handlers) {

        String allow() {
            List<String> methods = new ArrayList<>();
            for (String m : List.of("GET", "POST", "PUT", "PATCH", "DELETE")) {
                if (handlers.containsKey(m)) {
                    methods.add(m);
                }
            }
            if (!viewset) {
                if (handlers.containsKey("GET")) {
                    methods.add("HEAD");
                }
                methods.add("OPTIONS");
            }
            return String.join(", ", methods);
        }

        boolean allows(String method) {
            if (handlers.containsKey(method)) {
                return true;
            }
            return !viewset && (method.equals("OPTIONS") || (method.equals("HEAD") && handlers.containsKey("GET")));
        }
    }

    private final class RouteBuilder {
        private final String name;
        private final Pattern pattern;
        private boolean beta;
        private boolean viewset;
        private Access access = Access.AUTHENTICATED;
        private final Map<String, String> permissions = new LinkedHashMap<>();
        private String throttleScope;
        private final Map<String, Handler> handlers = new LinkedHashMap<>();

        RouteBuilder(String name, String regex) {
            this.name = name;
            this.pattern = Pattern.compile(regex);
        }

        RouteBuilder beta() {
            this.beta = true;
            this.viewset = true;
            return this;
        }

        RouteBuilder root() {
            this.beta = true;
            return this;
        }

        RouteBuilder access(Access value) {
            this.access = value;
            return this;
        }

        RouteBuilder throttle(String scope) {
            this.throttleScope = scope;
            return this;
        }

        RouteBuilder on(String method, String permission, Handler handler) {
            handlers.put(method, handler);
            if (permission != null) {
                permissions.put(method, permission);
            }
            return this;
        }

        void add() {
            routes.add(new Route(name, pattern, beta, viewset, access, permissions, throttleScope, handlers));
        }
    }

    private RouteBuilder route(String name, String regex) {
        return new RouteBuilder(name, regex);
    }

    private void defineRoutes() {
        route("Check Creds V2", "/v2/checkcreds/").access(Access.ALLOW_ANY).throttle("checkcreds")
                .on("POST", null, this::checkCreds).add();
        route("Login View V2", "/v2/login/").access(Access.ALLOW_ANY).throttle("login")
                .on("POST", null, this::login).add();
        route("Logout", "/logout/").access(Access.KNOX_ONLY).on("POST", null, this::logout).add();
        route("Logout All", "/logoutall/").access(Access.KNOX_ONLY).on("POST", null, this::logoutAll).add();

        route("Api Root", "/beta/v1/").root().on("GET", null, this::betaRoot).add();
        route("Client List", "/beta/v1/client/").beta().on("GET", "can_list_clients", this::betaClients).add();
        route("Client Instance", "/beta/v1/client/" + BETA_PK + "/").beta()
                .on("GET", "can_list_clients", this::betaClient)
                .on("PUT", "can_manage_clients", this::betaClientUpdate).add();
        route("Site List", "/beta/v1/site/").beta().on("GET", "can_list_sites", this::betaSites).add();
        route("Site Instance", "/beta/v1/site/" + BETA_PK + "/").beta()
                .on("GET", "can_list_sites", this::betaSite)
                .on("PUT", "can_manage_sites", this::betaSiteUpdate).add();
        route("Agent List", "/beta/v1/agent/").beta().on("GET", "can_list_agents", this::betaAgents).add();
        route("Agent Instance", "/beta/v1/agent/" + BETA_PK + "/").beta()
                .on("GET", "can_list_agents", this::betaAgent)
                .on("PUT", "can_edit_agent", this::betaAgentUpdate).add();

        route("Get Agents", "/agents/").on("GET", "can_list_agents", this::agents).add();
        route("Get Agent", "/agents/" + AGENT_ID + "/").on("GET", "can_list_agents", this::agent).add();

        route("Get Add Clients", "/clients/").on("GET", "can_list_clients", this::clients).add();
        route("Get Add Sites", "/clients/sites/").on("GET", "can_list_sites", this::sites).add();
        route("Get Update Delete Client", "/clients/(\\d+)/").on("GET", "can_list_clients", this::client).add();
        route("Get Update Delete Site", "/clients/sites/(\\d+)/").on("GET", "can_list_sites", this::site).add();

        route("Get Version", "/core/version/").on("GET", null, this::version).add();
        route("Get Add URL Actions", "/core/urlaction/").on("GET", "can_view_core_settings", this::urlActions).add();
        route("Get Add Delete API Keys", "/accounts/apikeys/").on("GET", "can_list_api_keys", this::apiKeys).add();

        route("Get Add Alerts", "/alerts/")
                .on("POST", "can_manage_alerts", this::createAlert)
                .on("PATCH", "can_list_alerts", this::listAlerts).add();
        route("Bulk Alerts", "/alerts/bulk/").on("POST", "can_manage_alerts", this::bulkAlerts).add();
        route("Get Add Alert Templates", "/alerts/templates/")
                .on("GET", "can_list_alerttemplates", this::alertTemplates).add();
        route("Get Update Delete Alert", "/alerts/(\\d+)/")
                .on("GET", "can_list_alerts", this::alert)
                .on("PUT", "can_manage_alerts", this::updateAlertRequest)
                .on("DELETE", "can_manage_alerts", this::deleteAlert).add();

        route("Get Software", "/software/").on("GET", "can_list_software", this::softwareList).add();
        route("Get Software Agent", "/software/" + AGENT_ID + "/")
                .on("GET", "can_list_software", this::softwareAgent)
                .on("PUT", "can_manage_software", this::softwareRefresh).add();
    }

    private record Resolved(Route route, Matcher match) {
    }

    private Resolved resolve(String path) {
        for (Route route : routes) {
            if (route.beta() && !config.betaEnabled()) {
                continue;
            }
            Matcher matcher = route.pattern().matcher(path);
            if (matcher.matches()) {
                return new Resolved(route, matcher);
            }
        }
        return null;
    }

    // ================================================================== request handling

    @Override
    protected void handle(Exchange exchange) throws IOException {
        Call call = new Call(exchange);
        try {
            dispatch(call);
        } catch (BetaFilters.FilterError e) {
            call.json(400, e.errors);
        } catch (Pagination.InvalidPage e) {
            call.json(404, TacticalJson.detail("Invalid page."));
        } catch (ParseError e) {
            call.json(e.status, TacticalJson.detail(e.getMessage()));
        } catch (RuntimeException e) {
            LOG.debug("tactical simulator: uncaught {} on {} {}", e, exchange.method(), exchange.path());
            call.html(500, SERVER_ERROR_HTML);
        }
    }

    private void dispatch(Call call) throws IOException {
        Exchange exchange = call.exchange;
        expireTokensWhenDue(exchange.path());
        if (config.dashboardHost()) {
            call.html(200, SPA_INDEX);
            return;
        }
        String path = exchange.path();
        Resolved resolved = resolve(path);
        if (resolved == null) {
            if (!path.endsWith("/") && resolve(path + "/") != null) {
                String query = exchange.rawQuery();
                String location = Py.quote(path, "/:@&+$,!*'()", false) + "/" + (query == null ? "" : "?" + query);
                exchange.setHeader("Location", location);
                call.send(301, "text/html; charset=utf-8", new byte[0]);
            } else {
                call.html(404, NOT_FOUND_HTML);
            }
            return;
        }
        Route route = resolved.route();
        call.match = resolved.match();
        call.allow = route.allow();
        String method = exchange.method().toUpperCase(Locale.ROOT);

        TacticalAuth.Principal principal;
        try {
            principal = auth.authenticate(exchange, route.access() == Access.KNOX_ONLY);
        } catch (TacticalAuth.Failed e) {
            call.unauthorized(e.getMessage());
            return;
        }
        call.principal = principal;
        if (route.access() != Access.ALLOW_ANY) {
            if (!principal.authenticated()) {
                call.unauthorized("Authentication credentials were not provided.");
                return;
            }
            String permission = route.permissions().get(method.equals("HEAD") ? "GET" : method);
            if (permission != null && !principal.user().has(permission)) {
                call.forbidden();
                return;
            }
        }
        if (route.throttleScope() != null) {
            long wait = auth.throttle(route.throttleScope(), clientIp(exchange));
            if (wait > 0) {
                exchange.setHeader("Retry-After", Long.toString(wait));
                call.json(429, TacticalJson.detail("Request was throttled. Expected available in " + wait
                        + (wait == 1 ? " second." : " seconds.")));
                return;
            }
        }
        if (!route.allows(method)) {
            call.json(405, TacticalJson.detail("Method \"" + exchange.method() + "\" not allowed."));
            return;
        }
        if (method.equals("OPTIONS")) {
            ObjectNode meta = JsonNodes.object();
            meta.put("name", route.name());
            meta.put("description", "");
            meta.putArray("renders").add("application/json");
            meta.putArray("parses").add("application/json").add("application/x-www-form-urlencoded")
                    .add("multipart/form-data");
            call.json(200, meta);
            return;
        }
        route.handlers().get(method.equals("HEAD") ? "GET" : method).handle(call);
    }

    private static String clientIp(Exchange exchange) {
        String forwarded = exchange.header("X-Forwarded-For");
        if (forwarded != null && !forwarded.isBlank()) {
            return forwarded.split(",")[0].strip();
        }
        String real = exchange.header("X-Real-IP");
        return real != null && !real.isBlank() ? real.strip() : "127.0.0.1";
    }

    /** A 4xx for an unparseable or unsupported request body. */
    private static final class ParseError extends RuntimeException {
        final int status;

        ParseError(int status, String detail) {
            super(detail, null, false, false);
            this.status = status;
        }
    }

    /** One request being answered. */
    private final class Call {
        final Exchange exchange;
        Matcher match;
        String allow;
        TacticalAuth.Principal principal = TacticalAuth.Principal.ANONYMOUS;
        private JsonNode data;

        Call(Exchange exchange) {
            this.exchange = exchange;
        }

        TacticalUser user() {
            return principal.user();
        }

        Map<String, List<String>> query() {
            return exchange.query();
        }

        String group(int index) {
            return match.group(index);
        }

        /** DRF's {@code request.data}: JSON, form data, or {} for an empty body. */
        JsonNode data() {
            if (data != null) {
                return data;
            }
            String body = exchange.body();
            String contentType = exchange.header("Content-Type");
            String media = contentType == null ? null
                    : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            if (body.isEmpty() || media == null) {
                data = JsonNodes.object();
            } else if (media.equals("application/json")) {
                try {
                    data = PyJson.loads(body, true, false);
                } catch (PyJson.DecodeError e) {
                    throw new ParseError(400, "JSON parse error - " + e.getMessage());
                }
            } else if (media.equals("application/x-www-form-urlencoded")) {
                ObjectNode form = JsonNodes.object();
                for (String pair : body.split("&")) {
                    if (pair.isEmpty()) {
                        continue;
                    }
                    int eq = pair.indexOf('=');
                    String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                    String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                    form.put(key, value);
                }
                data = form;
            } else if (media.equals("multipart/form-data")) {
                data = JsonNodes.object();
            } else {
                throw new ParseError(415, "Unsupported media type \"" + contentType.strip() + "\" in request.");
            }
            return data;
        }

        /** Scheme, host and path of this request (for absolute links). */
        String absolute(String path) {
            String scheme = config.scheme();
            if (scheme == null) {
                String forwarded = exchange.header("X-Forwarded-Proto");
                scheme = forwarded != null && forwarded.strip().equalsIgnoreCase("https") ? "https" : "http";
            }
            return scheme + "://" + exchange.host() + Py.quote(path, "/:@&+$,!*'()", false);
        }

        void json(int status, JsonNode node) throws IOException {
            send(status, "application/json", PyJson.compact(node).getBytes(StandardCharsets.UTF_8));
        }

        void string(int status, String text) throws IOException {
            json(status, JsonNodes.text(text));
        }

        void html(int status, String html) throws IOException {
            send(status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
        }

        void unauthorized(String detail) throws IOException {
            exchange.setHeader("WWW-Authenticate", "Token");
            json(401, TacticalJson.detail(detail));
        }

        void forbidden() throws IOException {
            json(403, TacticalJson.detail("You do not have permission to perform this action."));
        }

        void notFound(String detail) throws IOException {
            json(404, TacticalJson.detail(detail));
        }

        void send(int status, String contentType, byte[] body) throws IOException {
            send(status, contentType, body == null ? List.of() : List.of(body));
        }

        /** A body rendered in parts, sent whole with its Content-Length. */
        void send(int status, String contentType, List<byte[]> parts) throws IOException {
            if (allow != null) {
                exchange.setHeader("Allow", allow);
            }
            boolean head = exchange.method().equalsIgnoreCase("HEAD");
            exchange.respondInParts(status, contentType, head ? List.of() : parts);
        }
    }

    // ================================================================== login

    /** DRF {@code AuthTokenSerializer}: field errors, or the authenticated user. */
    private Object authTokenSerializer(JsonNode data) {
        ObjectNode errors = JsonNodes.object();
        if (!data.isObject()) {
            errors.putArray("non_field_errors").add("Invalid data. Expected a dictionary, but got "
                    + (data.isArray() ? "list" : data.isString() ? "str" : data.isBoolean() ? "bool"
                    : data.isIntegralNumber() ? "int" : data.isNumber() ? "float" : "NoneType") + ".");
            return errors;
        }
        String username = charField(data, "username", true, errors);
        String password = charField(data, "password", false, errors);
        if (!errors.isEmpty()) {
            return errors;
        }
        TacticalUser user = store.read(() -> store.users.get(username));
        if (user == null || !user.active() || !password.equals(user.password())) {
            errors.putArray("non_field_errors").add("Unable to log in with provided credentials.");
            return errors;
        }
        return user;
    }

    private static String charField(JsonNode data, String name, boolean trim, ObjectNode errors) {
        JsonNode value = data.get(name);
        if (value == null) {
            errors.putArray(name).add("This field is required.");
            return null;
        }
        if (value.isNull()) {
            errors.putArray(name).add("This field may not be null.");
            return null;
        }
        if (value.isBoolean() || !(value.isString() || value.isNumber())) {
            errors.putArray(name).add("Not a valid string.");
            return null;
        }
        String text = value.isString() ? value.stringValue() : Py.str(Py.fromJson(value));
        if (text.isEmpty() || (trim && text.strip().isEmpty())) {
            errors.putArray(name).add("This field may not be blank.");
            return null;
        }
        return trim ? text.strip() : text;
    }

    private boolean loginBlocked(TacticalUser user) {
        return user.blockDashboardLogin() || user.ssoUser() || (!user.superuser() && config.blockLocalUserLogon());
    }

    private void checkCreds(Call call) throws IOException {
        JsonNode data = call.data();
        Object result = authTokenSerializer(data);
        if (result instanceof ObjectNode) {
            if (!data.isObject() || !data.has("username")) {
                throw new IllegalStateException("KeyError: 'username' (audit log of the failed login)");
            }
            call.string(400, "Bad credentials");
            return;
        }
        TacticalUser user = (TacticalUser) result;
        if (loginBlocked(user)) {
            call.string(400, "Bad credentials");
            return;
        }
        if (user.hasTotp()) {
            ObjectNode body = JsonNodes.object();
            body.put("totp", true);
            call.json(200, body);
            return;
        }
        TacticalStore.KnoxToken token = auth.issue(user.username(), TacticalAuth.CHECKCREDS_TTL);
        ObjectNode body = JsonNodes.object();
        body.put("expiry", Py.drfDateTime(token.expiry()));
        body.put("token", token.token);
        body.put("totp", false);
        call.json(200, body);
    }

    private void login(Call call) throws IOException {
        JsonNode data = call.data();
        Object result = authTokenSerializer(data);
        if (result instanceof ObjectNode errors) {
            call.json(400, errors);
            return;
        }
        TacticalUser user = (TacticalUser) result;
        if (loginBlocked(user)) {
            call.string(400, "Bad credentials");
            return;
        }
        JsonNode twofactor = data.get("twofactor");
        if (twofactor == null) {
            throw new IllegalStateException("KeyError: 'twofactor'");
        }
        if (!user.hasTotp()) {
            throw new IllegalStateException("pyotp: the user has no TOTP secret");
        }
        String code = Py.str(Py.fromJson(twofactor));
        if (!Totp.verify(user.totpSecret(), code, clock.instant(), Totp.TACTICAL_WINDOW)) {
            call.string(400, "Bad credentials");
            return;
        }
        TacticalStore.KnoxToken token = auth.issue(user.username(), TacticalAuth.TOKEN_TTL);
        ObjectNode body = JsonNodes.object();
        body.put("expiry", Py.drfDateTime(token.expiry()));
        body.put("token", token.token);
        body.put("username", user.username());
        body.putNull("name");
        call.json(200, body);
    }

    private void logout(Call call) throws IOException {
        store.tokens.remove(call.principal.credential());
        call.send(204, null, new byte[0]);
    }

    private void logoutAll(Call call) throws IOException {
        String username = call.user().username();
        store.tokens.values().removeIf(t -> t.username.equals(username));
        call.send(204, null, new byte[0]);
    }

    // ================================================================== beta

    private void betaRoot(Call call) throws IOException {
        ObjectNode body = JsonNodes.object();
        body.put("agent", call.absolute("/beta/v1/agent/"));
        body.put("client", call.absolute("/beta/v1/client/"));
        body.put("site", call.absolute("/beta/v1/site/"));
        call.json(200, body);
    }

    private void betaClients(Call call) throws IOException {
        ArrayNode body = store.read(() -> {
            List<TacticalClient> clients = new ArrayList<>(store.clients.values());
            clients.sort(BY_NAME_CLIENT);
            ArrayNode array = JsonNodes.array();
            clients.forEach(c -> array.add(TacticalJson.betaClient(c)));
            return array;
        });
        call.json(200, body);
    }

    /** {@code get_object_or_404} by integer pk: a non-integer pk is {@code "Not found."}. */
    private static Optional<Integer> pk(String raw) {
        return Py.parseInt(raw).filter(v -> v.bitLength() < 32).map(BigInteger::intValue);
    }

    private void betaClient(Call call) throws IOException {
        Optional<Integer> pk = pk(call.group(1));
        if (pk.isEmpty()) {
            call.notFound("Not found.");
            return;
        }
        TacticalClient client = store.read(() -> store.clients.get(pk.get()));
        if (client == null) {
            call.notFound("No Client matches the given query.");
            return;
        }
        if (!call.user().canSee(client.id(), null) && !anySiteVisible(call.user(), client.id())) {
            call.forbidden();
            return;
        }
        call.json(200, store.read(() -> TacticalJson.betaClient(client)));
    }

    private void betaClientUpdate(Call call) throws IOException {
        Optional<Integer> pk = pk(call.group(1));
        if (pk.isEmpty()) {
            call.notFound("Not found.");
            return;
        }
        JsonNode data = call.data();
        ObjectNode errors = JsonNodes.object();
        String name = data.isObject() ? charField(data, "name", true, errors) : null;
        if (!data.isObject()) {
            errors.putArray("non_field_errors").add("Invalid data. Expected a dictionary, but got list.");
        }
        JsonNode result = store.write(() -> {
            TacticalClient client = store.clients.get(pk.get());
            if (client == null) {
                return null;
            }
            if (!errors.isEmpty()) {
                return errors;
            }
            client.name(name).modifiedBy(call.user().username()).modifiedTime(now());
            if (data.has("block_policy_inheritance")) {
                client.blockPolicyInheritance(data.get("block_policy_inheritance").asBoolean());
            }
            return TacticalJson.betaClient(client);
        });
        if (result == null) {
            call.notFound("No Client matches the given query.");
        } else {
            call.json(result == errors ? 400 : 200, result);
        }
    }

    private void betaSites(Call call) throws IOException {
        List<byte[]> body = store.read(() -> {
            List<TacticalSite> sites = BetaFilters.sites(store.sites.values(), call.query());
            Pagination.Page<TacticalSite> page = Pagination.paginate(sites, call.query(),
                    call.absolute(call.exchange.path()));
            return envelope(page, TacticalJson::betaSite);
        });
        call.send(200, "application/json", body);
    }

    private void betaSite(Call call) throws IOException {
        Optional<Integer> pk = pk(call.group(1));
        if (pk.isEmpty()) {
            call.notFound("Not found.");
            return;
        }
        TacticalSite site = store.read(() -> store.sites.get(pk.get()));
        if (site == null) {
            call.notFound("No Site matches the given query.");
            return;
        }
        if (!call.user().canSee(site.client(), site.id())) {
            call.forbidden();
            return;
        }
        call.json(200, store.read(() -> TacticalJson.betaSite(site)));
    }

    private void betaSiteUpdate(Call call) throws IOException {
        Optional<Integer> pk = pk(call.group(1));
        if (pk.isEmpty()) {
            call.notFound("Not found.");
            return;
        }
        JsonNode data = call.data();
        ObjectNode errors = JsonNodes.object();
        String name = data.isObject() ? charField(data, "name", true, errors) : null;
        JsonNode result = store.write(() -> {
            TacticalSite site = store.sites.get(pk.get());
            if (site == null) {
                return null;
            }
            Integer clientId = data.has("client") ? Py.parseSmallInt(data.get("client").asString()).orElse(null) : null;
            if (!data.has("client")) {
                errors.putArray("client").add("This field is required.");
            } else if (clientId == null || !store.clients.containsKey(clientId)) {
                errors.putArray("client").add("Invalid pk \"" + data.get("client").asString()
                        + "\" - object does not exist.");
            }
            if (!errors.isEmpty()) {
                return errors;
            }
            site.name(name).client(clientId).modifiedBy(call.user().username()).modifiedTime(now());
            return TacticalJson.betaSite(site);
        });
        if (result == null) {
            call.notFound("No Site matches the given query.");
        } else {
            call.json(result == errors ? 400 : 200, result);
        }
    }

    private void betaAgents(Call call) throws IOException {
        List<byte[]> body = store.read(() -> {
            List<TacticalAgent> agents = BetaFilters.agents(store.agents.values(), call.query(), store);
            Pagination.Page<TacticalAgent> page = Pagination.paginate(agents, call.query(),
                    call.absolute(call.exchange.path()));
            if (config.agentIdFilterCrash() && call.query().containsKey("agent_id")) {
                throw new IllegalStateException("KeyError: 'pk' (get_serializer_class with agent_id in kwargs)");
            }
            return envelope(page, TacticalJson::betaAgentListRow);
        });
        call.send(200, "application/json", body);
    }

    private void betaAgent(Call call) throws IOException {
        Optional<Integer> pk = pk(call.group(1));
        if (pk.isEmpty()) {
            call.notFound("Not found.");
            return;
        }
        ObjectNode body = store.read(() -> {
            TacticalAgent agent = store.agents.get(pk.get());
            return agent == null ? null : TacticalJson.betaAgentDetail(agent, now());
        });
        if (body == null) {
            call.notFound("No Agent matches the given query.");
            return;
        }
        call.json(200, body);
    }

    /** The real defect: without {@code ?agent_id=} the permission class raises KeyError (HTML 500). */
    private void betaAgentUpdate(Call call) throws IOException {
        if (!call.query().containsKey("agent_id")) {
            throw new IllegalStateException("KeyError: 'agent_id' (AgentPerms on PUT)");
        }
        Optional<Integer> pk = pk(call.group(1));
        if (pk.isEmpty()) {
            call.notFound("Not found.");
            return;
        }
        JsonNode data = call.data();
        ObjectNode body = store.write(() -> {
            TacticalAgent agent = store.agents.get(pk.get());
            if (agent == null) {
                return null;
            }
            if (data.has("description")) {
                agent.description(data.get("description").isNull() ? null : data.get("description").asString());
            }
            if (data.has("monitoring_type")) {
                agent.monitoringType(data.get("monitoring_type").asString());
            }
            if (data.has("offline_time")) {
                agent.offlineTime(data.get("offline_time").asInt());
            }
            if (data.has("overdue_time")) {
                agent.overdueTime(data.get("overdue_time").asInt());
            }
            if (data.has("maintenance_mode")) {
                agent.maintenanceMode(data.get("maintenance_mode").asBoolean());
            }
            return TacticalJson.betaAgentDetail(agent, now());
        });
        if (body == null) {
            call.notFound("No Agent matches the given query.");
            return;
        }
        call.json(200, body);
    }

    /** Rendered parts stay below G1's humongous-object size for the benchmark's 256 MB heap (half a 1 MB region). */
    private static final int PART_CHARS = 256 * 1024;

    /**
     * DRF's page envelope, rendered row by row into one reused builder and cut into parts of about
     * {@link #PART_CHARS}: a page of 1,000 agents (about 14 MB) never exists as one JSON tree, string or array,
     * which keeps the in-process simulator light beside the code under test.
     */
    private static <T> List<byte[]> envelope(Pagination.Page<T> page, java.util.function.Function<T, ObjectNode> row) {
        ObjectNode head = JsonNodes.object();
        head.put("count", page.count());
        head.put("next", page.next());
        head.put("previous", page.previous());
        head.putArray("results");
        String rendered = PyJson.compact(head);
        List<byte[]> parts = new ArrayList<>();
        StringBuilder out = new StringBuilder(PART_CHARS + 32 * 1024);
        // The head ends with the empty results array and the closing brace: "[]}".
        out.append(rendered, 0, rendered.length() - 2);
        boolean first = true;
        for (T item : page.items()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            PyJson.compact(row.apply(item), out);
            if (out.length() >= PART_CHARS) {
                parts.add(out.toString().getBytes(StandardCharsets.UTF_8));
                out.setLength(0);
            }
        }
        out.append("]}");
        parts.add(out.toString().getBytes(StandardCharsets.UTF_8));
        return parts;
    }

    // ================================================================== classic agents, clients

    private boolean visible(TacticalUser user, TacticalAgent agent) {
        TacticalSite site = store.siteOf(agent);
        return user.canSee(site == null ? null : site.client(), agent.site());
    }

    private boolean anySiteVisible(TacticalUser user, int clientId) {
        return store.read(() -> store.sitesOf(clientId).stream().anyMatch(s -> user.canSee(null, s.id())));
    }

    private void agents(Call call) throws IOException {
        String monitoringType = Pagination.last(call.query(), "monitoring_type");
        if (monitoringType != null && !monitoringType.isEmpty()
                && !monitoringType.equals("server") && !monitoringType.equals("workstation")) {
            call.string(400, "monitoring type does not exist");
            return;
        }
        Predicate<TacticalAgent> where;
        if (call.query().containsKey("site")) {
            int site = Py.parseSmallInt(Pagination.last(call.query(), "site"))
                    .orElseThrow(() -> new IllegalStateException("ValueError: site"));
            where = a -> a.site() == site;
        } else if (call.query().containsKey("client")) {
            int client = Py.parseSmallInt(Pagination.last(call.query(), "client"))
                    .orElseThrow(() -> new IllegalStateException("ValueError: client"));
            where = a -> {
                TacticalSite site = store.siteOf(a);
                return site != null && site.client() == client;
            };
        } else {
            where = a -> true;
        }
        boolean detail = !call.query().containsKey("detail") || "true".equals(Pagination.last(call.query(), "detail"));
        TacticalUser user = call.user();
        ArrayNode body = store.read(() -> {
            ArrayNode array = JsonNodes.array();
            Instant now = now();
            for (TacticalAgent agent : store.agents.values()) {
                if (!visible(user, agent) || !where.test(agent)) {
                    continue;
                }
                if (monitoringType != null && !monitoringType.isEmpty()
                        && !monitoringType.equals(agent.monitoringType())) {
                    continue;
                }
                array.add(detail ? TacticalJson.agentTableRow(agent, store, now)
                        : TacticalJson.agentHostname(agent, store));
            }
            return array;
        });
        call.json(200, body);
    }

    private void agent(Call call) throws IOException {
        String agentId = call.group(1);
        TacticalUser user = call.user();
        Object body = store.read(() -> {
            TacticalAgent agent = store.agentByAgentId(agentId);
            if (agent == null) {
                return null;
            }
            if (!visible(user, agent)) {
                return Boolean.FALSE;
            }
            return TacticalJson.agentDetail(agent, store, now());
        });
        if (body == null) {
            call.notFound("No Agent matches the given query.");
        } else if (body == Boolean.FALSE) {
            call.forbidden();
        } else {
            call.json(200, (JsonNode) body);
        }
    }

    private void clients(Call call) throws IOException {
        TacticalUser user = call.user();
        ArrayNode body = store.read(() -> {
            Map<Integer, List<TacticalAgent>> bySite = store.agentsBySite();
            List<TacticalClient> clients = new ArrayList<>(store.clients.values());
            clients.sort(BY_NAME_CLIENT);
            ArrayNode array = JsonNodes.array();
            for (TacticalClient client : clients) {
                if (user.canSee(client.id(), null)
                        || store.sitesOf(client.id()).stream().anyMatch(s -> user.canSee(null, s.id()))) {
                    array.add(TacticalJson.client(client, store, bySite, true));
                }
            }
            return array;
        });
        call.json(200, body);
    }

    private void client(Call call) throws IOException {
        int id = Integer.parseInt(call.group(1));
        TacticalUser user = call.user();
        Object body = store.read(() -> {
            TacticalClient client = store.clients.get(id);
            if (client == null) {
                return null;
            }
            if (!user.canSee(client.id(), null)) {
                return Boolean.FALSE;
            }
            return TacticalJson.client(client, store, store.agentsBySite(), false);
        });
        if (body == null) {
            call.notFound("No Client matches the given query.");
        } else if (body == Boolean.FALSE) {
            call.forbidden();
        } else {
            call.json(200, (JsonNode) body);
        }
    }

    private void sites(Call call) throws IOException {
        TacticalUser user = call.user();
        ArrayNode body = store.read(() -> {
            List<TacticalSite> sites = new ArrayList<>(store.sites.values());
            sites.sort(BY_NAME_SITE);
            ArrayNode array = JsonNodes.array();
            for (TacticalSite site : sites) {
                if (user.canSee(site.client(), site.id())) {
                    array.add(TacticalJson.site(site, store.clients.get(site.client()), null, false));
                }
            }
            return array;
        });
        call.json(200, body);
    }

    private void site(Call call) throws IOException {
        int id = Integer.parseInt(call.group(1));
        TacticalUser user = call.user();
        Object body = store.read(() -> {
            TacticalSite site = store.sites.get(id);
            if (site == null) {
                return null;
            }
            if (!user.canSee(site.client(), site.id())) {
                return Boolean.FALSE;
            }
            return TacticalJson.site(site, store.clients.get(site.client()), null, false);
        });
        if (body == null) {
            call.notFound("No Site matches the given query.");
        } else if (body == Boolean.FALSE) {
            call.forbidden();
        } else {
            call.json(200, (JsonNode) body);
        }
    }

    private void version(Call call) throws IOException {
        call.string(200, config.frontendVersion());
    }

    private void urlActions(Call call) throws IOException {
        call.json(200, store.read(() -> {
            ArrayNode array = JsonNodes.array();
            store.urlActions.values().forEach(a -> array.add(TacticalJson.urlAction(a)));
            return array;
        }));
    }

    private void apiKeys(Call call) throws IOException {
        call.json(200, store.read(() -> {
            ArrayNode array = JsonNodes.array();
            store.apiKeys.values().forEach(k -> array.add(TacticalJson.apiKey(k, store)));
            return array;
        }));
    }

    // ================================================================== alerts

    private boolean alertVisible(TacticalUser user, TacticalAlert alert) {
        if (alert.agent() == null) {
            return true;
        }
        TacticalAgent agent = store.agents.get(alert.agent());
        return agent == null || visible(user, agent);
    }

    private void listAlerts(Call call) throws IOException {
        JsonNode data = call.data();
        TacticalUser user = call.user();
        if (!data.isObject()) {
            throw new IllegalStateException("AttributeError: request.data has no keys()");
        }
        JsonNode body = store.read(() -> {
            List<TacticalAlert> visible = new ArrayList<>();
            for (TacticalAlert alert : store.alerts.values()) {
                if (alertVisible(user, alert)) {
                    visible.add(alert);
                }
            }
            if (data.has("top")) {
                BigInteger top = Py.parseInt(Py.str(Py.fromJson(data.get("top"))))
                        .orElseThrow(() -> new IllegalStateException("ValueError: int(top)"));
                if (top.signum() < 0) {
                    throw new IllegalStateException("AssertionError: Negative indexing is not supported.");
                }
                List<TacticalAlert> open = visible.stream()
                        .filter(a -> !a.resolved() && !a.snoozed() && !a.hidden())
                        .sorted(Comparator.<TacticalAlert, Instant>comparing(TacticalAlert::alertTime,
                                Comparator.<Instant>nullsFirst(Comparator.naturalOrder()))
                                .thenComparingInt(TacticalAlert::id))
                        .toList();
                ObjectNode result = JsonNodes.object();
                result.put("alerts_count", open.size());
                ArrayNode alerts = result.putArray("alerts");
                open.stream().limit(top.min(BigInteger.valueOf(Integer.MAX_VALUE)).intValue())
                        .forEach(a -> alerts.add(TacticalJson.alert(a, store)));
                return result;
            }
            List<Predicate<TacticalAlert>> filters = new ArrayList<>();
            boolean filterMode = false;
            for (String key : List.of("timeFilter", "clientFilter", "severityFilter", "resolvedFilter",
                    "snoozedFilter")) {
                filterMode |= data.has(key);
            }
            if (filterMode) {
                Instant now = now();
                if (data.has("snoozedFilter")) {
                    includeFilter(data.get("snoozedFilter"), filters, TacticalAlert::snoozed);
                }
                if (data.has("resolvedFilter")) {
                    includeFilter(data.get("resolvedFilter"), filters, TacticalAlert::resolved);
                }
                if (data.has("clientFilter")) {
                    List<Integer> clients = new ArrayList<>();
                    JsonNode clientFilter = data.get("clientFilter");
                    if (!clientFilter.isArray()) {
                        throw new IllegalStateException("TypeError: clientFilter is not a list");
                    }
                    for (JsonNode id : clientFilter) {
                        clients.add(Py.parseSmallInt(Py.str(Py.fromJson(id)))
                                .orElseThrow(() -> new IllegalStateException("ValueError: client pk")));
                    }
                    filters.add(a -> {
                        TacticalAgent agent = a.agent() == null ? null : store.agents.get(a.agent());
                        TacticalSite site = agent == null ? null : store.siteOf(agent);
                        return site != null && clients.contains(site.client()) && store.clients.containsKey(site.client());
                    });
                }
                if (data.has("severityFilter")) {
                    JsonNode severities = data.get("severityFilter");
                    List<String> wanted = new ArrayList<>();
                    if (!severities.isArray()) {
                        throw new IllegalStateException("TypeError: severityFilter is not a list");
                    }
                    severities.forEach(s -> wanted.add(s.asString()));
                    filters.add(a -> wanted.contains(a.severity()));
                }
                if (data.has("timeFilter")) {
                    int days = Py.parseSmallInt(Py.str(Py.fromJson(data.get("timeFilter"))))
                            .orElseThrow(() -> new IllegalStateException("ValueError: int(timeFilter)"));
                    Instant earliest = now.minus(Duration.ofDays(days));
                    filters.add(a -> a.alertTime() != null && !a.alertTime().isAfter(now)
                            && a.alertTime().isAfter(earliest));
                }
            }
            ArrayNode array = JsonNodes.array();
            for (TacticalAlert alert : visible) {
                if (filters.stream().allMatch(f -> f.test(alert))) {
                    array.add(TacticalJson.alert(alert, store));
                }
            }
            return array;
        });
        call.json(200, body);
    }

    /** {@code resolvedFilter}/{@code snoozedFilter}: falsy keeps only false, truthy is no filter. */
    private static void includeFilter(JsonNode value, List<Predicate<TacticalAlert>> filters,
                                      Predicate<TacticalAlert> flag) {
        Object python = Py.fromJson(value);
        if (Py.truthy(python)) {
            return;
        }
        if (python == null) {
            filters.add(a -> false);
        } else if (python instanceof Boolean || python instanceof Number) {
            filters.add(a -> !flag.test(a));
        } else {
            throw new IllegalStateException("ValidationError: '" + python + "' value must be either True or False.");
        }
    }

    private void alert(Call call) throws IOException {
        int id = Integer.parseInt(call.group(1));
        TacticalUser user = call.user();
        Object body = store.read(() -> {
            TacticalAlert alert = store.alerts.get(id);
            if (alert == null) {
                return null;
            }
            return alertVisible(user, alert) ? TacticalJson.alert(alert, store) : Boolean.FALSE;
        });
        if (body == null) {
            call.notFound("No Alert matches the given query.");
        } else if (body == Boolean.FALSE) {
            call.forbidden();
        } else {
            call.json(200, (JsonNode) body);
        }
    }

    private void updateAlertRequest(Call call) throws IOException {
        int id = Integer.parseInt(call.group(1));
        JsonNode data = call.data();
        String error = store.write(() -> {
            TacticalAlert alert = store.alerts.get(id);
            if (alert == null) {
                return "404";
            }
            Instant now = now();
            if (data.has("type")) {
                String type = data.get("type").asString();
                switch (type) {
                    case "resolve" -> alert.resolved(true).resolvedOn(now).snoozed(false).snoozeUntil(null);
                    case "snooze" -> {
                        if (!data.has("snooze_days")) {
                            return "Missing 'snoozed_days' when trying to snooze alert";
                        }
                        int days = Py.parseSmallInt(Py.str(Py.fromJson(data.get("snooze_days"))))
                                .orElseThrow(() -> new IllegalStateException("ValueError: snooze_days"));
                        alert.snoozed(true).snoozeUntil(now.plus(Duration.ofDays(days)));
                    }
                    case "unsnooze" -> alert.snoozed(false).snoozeUntil(null);
                    default -> {
                        return "There was an error in the request data";
                    }
                }
                return null;
            }
            if (data.has("hidden")) {
                alert.hidden(data.get("hidden").asBoolean());
            }
            if (data.has("resolved")) {
                alert.resolved(data.get("resolved").asBoolean());
            }
            if (data.has("snoozed")) {
                alert.snoozed(data.get("snoozed").asBoolean());
            }
            if (data.has("severity")) {
                alert.severity(data.get("severity").asString());
            }
            if (data.has("message")) {
                alert.message(data.get("message").isNull() ? null : data.get("message").asString());
            }
            return null;
        });
        if ("404".equals(error)) {
            call.notFound("No Alert matches the given query.");
        } else if (error != null) {
            call.string(400, error);
        } else {
            call.string(200, "ok");
        }
    }

    private void deleteAlert(Call call) throws IOException {
        int id = Integer.parseInt(call.group(1));
        TacticalAlert removed = store.write(() -> store.alerts.remove(id));
        if (removed == null) {
            call.notFound("No Alert matches the given query.");
        } else {
            call.string(200, "ok");
        }
    }

    private void createAlert(Call call) throws IOException {
        JsonNode data = call.data();
        store.writeRun(() -> {
            TacticalAlert alert = new TacticalAlert(store.nextAlertId++).alertTime(now());
            if (data.has("alert_type")) {
                alert.alertType(data.get("alert_type").asString());
            }
            if (data.has("severity")) {
                alert.severity(data.get("severity").asString());
            }
            if (data.has("message")) {
                alert.message(data.get("message").asString());
            }
            if (data.has("agent") && !data.get("agent").isNull()) {
                alert.agent(data.get("agent").asInt());
            }
            store.alerts.put(alert.id(), alert);
        });
        call.string(200, "ok");
    }

    private void bulkAlerts(Call call) throws IOException {
        JsonNode data = call.data();
        String action = data.has("bulk_action") ? data.get("bulk_action").asString() : "";
        if (!data.has("alerts") || !(action.equals("resolve") || (action.equals("snooze") && data.has("snooze_days")))) {
            call.string(400, "The request was invalid");
            return;
        }
        store.writeRun(() -> {
            Instant now = now();
            for (JsonNode id : data.get("alerts")) {
                TacticalAlert alert = store.alerts.get(id.asInt());
                if (alert == null) {
                    continue;
                }
                if (action.equals("resolve")) {
                    alert.resolved(true).resolvedOn(now).snoozed(false).snoozeUntil(null);
                } else {
                    alert.snoozed(true).snoozeUntil(now.plus(Duration.ofDays(data.get("snooze_days").asInt())));
                }
            }
        });
        call.string(200, "ok");
    }

    private void alertTemplates(Call call) throws IOException {
        call.json(200, store.read(() -> {
            ArrayNode array = JsonNodes.array();
            store.alertTemplates.values().forEach(t -> array.add(TacticalJson.alertTemplate(t, store)));
            return array;
        }));
    }

    // ================================================================== software

    private void softwareList(Call call) throws IOException {
        TacticalUser user = call.user();
        call.json(200, store.read(() -> {
            ArrayNode array = JsonNodes.array();
            for (SoftwareInventory inventory : store.software.values()) {
                TacticalAgent agent = store.agents.get(inventory.agent());
                if (agent == null || visible(user, agent)) {
                    array.add(TacticalJson.software(inventory));
                }
            }
            return array;
        }));
    }

    private void softwareAgent(Call call) throws IOException {
        String agentId = call.group(1);
        TacticalUser user = call.user();
        Object body = store.read(() -> {
            TacticalAgent agent = store.agentByAgentId(agentId);
            if (agent == null) {
                return null;
            }
            if (!visible(user, agent)) {
                return Boolean.FALSE;
            }
            SoftwareInventory inventory = store.software.get(agent.id());
            return inventory == null ? JsonNodes.array() : TacticalJson.software(inventory);
        });
        if (body == null) {
            call.notFound("No Agent matches the given query.");
        } else if (body == Boolean.FALSE) {
            call.forbidden();
        } else {
            call.json(200, (JsonNode) body);
        }
    }

    private void softwareRefresh(Call call) throws IOException {
        softwareRefreshes.incrementAndGet();
        String agentId = call.group(1);
        TacticalUser user = call.user();
        String outcome = store.write(() -> {
            TacticalAgent agent = store.agentByAgentId(agentId);
            if (agent == null) {
                return "404";
            }
            if (!visible(user, agent)) {
                return "403";
            }
            if (agent.isPosix()) {
                return "Not available for " + agent.plat();
            }
            if (!AgentStatus.ONLINE.equals(agent.status(now()))) {
                return "Unable to contact the agent";
            }
            if (!store.software.containsKey(agent.id())) {
                store.software.put(agent.id(), SoftwareInventory.generated(store.nextSoftwareId++, agent.id(),
                        agent.agentId().hashCode(), 12));
            }
            return null;
        });
        if ("404".equals(outcome)) {
            call.notFound("No Agent matches the given query.");
        } else if ("403".equals(outcome)) {
            call.forbidden();
        } else if (outcome != null) {
            call.string(400, outcome);
        } else {
            call.string(200, "ok");
        }
    }

    /** How many {@code PUT /software/{agent_id}/} refresh requests arrived (a bulk sync should send none). */
    public int softwareRefreshCount() {
        return softwareRefreshes.get();
    }

    // ================================================================== seeding and mutation

    /** Forgets all data (clients, agents, alerts, users, keys, tokens...). Requests stay recorded. */
    public void reset() {
        store.clear();
        softwareRefreshes.set(0);
    }

    /** Loads the world of {@code fixtures/tactical} (clients 1-3, sites 1-5, agents 11-13, alerts, users). */
    public TacticalSimulator loadFixtures() {
        TacticalFixtures.load(this);
        return this;
    }

    /**
     * Adds a deterministic fleet: {@code clients} clients with {@code sitesPerClient} sites each and
     * {@code agents} agents spread over them, with a realistic mix of platforms and of online,
     * offline and overdue agents relative to the clock, software inventories and some alerts.
     */
    public FleetGenerator.Summary generateFleet(int clients, int sitesPerClient, int agents, long seed) {
        return store.write(() -> FleetGenerator.generate(store, config, now(), clients, sitesPerClient, agents, seed));
    }

    public TacticalClient addClient(String name) {
        return store.write(() -> {
            TacticalClient client = new TacticalClient(store.nextClientId++, name)
                    .createdBy("admin").createdTime(now()).modifiedTime(now());
            store.clients.put(client.id(), client);
            return client;
        });
    }

    /** Adds (or replaces) a client with its own id. */
    public TacticalClient addClient(TacticalClient client) {
        store.writeRun(() -> {
            store.clients.put(client.id(), client);
            store.nextClientId = Math.max(store.nextClientId, client.id() + 1);
        });
        return client;
    }

    public TacticalSite addSite(int clientId, String name) {
        return store.write(() -> {
            TacticalSite site = new TacticalSite(store.nextSiteId++, clientId, name)
                    .createdBy("admin").createdTime(now()).modifiedTime(now());
            store.sites.put(site.id(), site);
            return site;
        });
    }

    public TacticalSite addSite(TacticalSite site) {
        store.writeRun(() -> {
            store.sites.put(site.id(), site);
            store.nextSiteId = Math.max(store.nextSiteId, site.id() + 1);
        });
        return site;
    }

    /**
     * Adds a Windows agent with generated hardware on a site, seen just now, with a fresh pk and a
     * random 40-letter agent_id. Adjust it with {@link #updateAgent}.
     */
    public TacticalAgent addAgent(int siteId, String hostname) {
        return store.write(() -> {
            String agentId = FleetGenerator.agentId(random);
            TacticalAgent agent = new TacticalAgent(store.nextAgentId, agentId, hostname, siteId)
                    .operatingSystem("Microsoft Windows 11 Pro, 64 bit v24H2 (build 26100.4349)")
                    .monitoringType("workstation").lastSeen(now()).totalRam(16).publicIp("203.0.113.10")
                    .bootTime((double) now().minus(Duration.ofDays(2)).getEpochSecond())
                    .loggedInUsername("None").lastLoggedInUser("").createdTime(now()).modifiedTime(now())
                    .meshNodeId(FleetGenerator.meshNodeId(random))
                    .hardware(new HardwareProfile(random.nextLong(), config.generatedServiceCount(),
                            config.generatedWmiExtraEntries()));
            store.putAgent(agent);
            return agent;
        });
    }

    /** Adds (or replaces) a fully specified agent. */
    public TacticalAgent addAgent(TacticalAgent agent) {
        store.writeRun(() -> store.putAgent(agent));
        return agent;
    }

    public void removeAgent(int pk) {
        store.writeRun(() -> {
            TacticalAgent removed = store.agents.remove(pk);
            if (removed != null) {
                store.agentIds.remove(removed.agentId());
                store.software.remove(pk);
            }
        });
    }

    public TacticalAgent agent(int pk) {
        return store.read(() -> store.agents.get(pk));
    }

    public Optional<TacticalAgent> agentByAgentId(String agentId) {
        return Optional.ofNullable(store.read(() -> store.agentByAgentId(agentId)));
    }

    public List<TacticalAgent> agents() {
        return store.read(() -> List.copyOf(store.agents.values()));
    }

    public List<TacticalClient> clients() {
        return store.read(() -> List.copyOf(store.clients.values()));
    }

    public List<TacticalSite> sites() {
        return store.read(() -> List.copyOf(store.sites.values()));
    }

    public List<TacticalAlert> alerts() {
        return store.read(() -> List.copyOf(store.alerts.values()));
    }

    public TacticalAlert alert(int id) {
        return store.read(() -> store.alerts.get(id));
    }

    /** Changes an agent under the write lock (the agent_id index follows a changed agent_id). */
    public void updateAgent(int pk, Consumer<TacticalAgent> change) {
        store.writeRun(() -> {
            TacticalAgent agent = store.agents.get(pk);
            if (agent == null) {
                throw new IllegalArgumentException("No agent " + pk);
            }
            String before = agent.agentId();
            change.accept(agent);
            if (!before.equals(agent.agentId())) {
                store.agentIds.remove(before);
                store.agentIds.put(agent.agentId(), pk);
            }
        });
    }

    public void updateClient(int id, Consumer<TacticalClient> change) {
        store.writeRun(() -> change.accept(require(store.clients.get(id), "client", id)));
    }

    public void updateSite(int id, Consumer<TacticalSite> change) {
        store.writeRun(() -> change.accept(require(store.sites.get(id), "site", id)));
    }

    public void updateAlert(int id, Consumer<TacticalAlert> change) {
        store.writeRun(() -> change.accept(require(store.alerts.get(id), "alert", id)));
    }

    private static <T> T require(T value, String kind, int id) {
        if (value == null) {
            throw new IllegalArgumentException("No " + kind + " " + id);
        }
        return value;
    }

    /** Sets {@code last_seen} (null: never seen). */
    public void setLastSeen(int pk, Instant lastSeen) {
        updateAgent(pk, a -> a.lastSeen(Py.micros(lastSeen)));
    }

    /** Seen just now. */
    public void makeOnline(int pk) {
        setLastSeen(pk, now());
    }

    /** Last seen halfway between its offline and overdue cut-offs (status {@code offline}). */
    public void makeOffline(int pk) {
        updateAgent(pk, a -> {
            long minutes = Math.max(a.offlineTime() + 1, (a.offlineTime() + a.overdueTime()) / 2);
            a.lastSeen(now().minus(Duration.ofMinutes(minutes)).minusSeconds(7));
        });
    }

    /** Last seen well past its overdue cut-off (status {@code overdue}). */
    public void makeOverdue(int pk) {
        updateAgent(pk, a -> a.lastSeen(now().minus(Duration.ofMinutes(Math.max(a.offlineTime(), a.overdueTime())
                + 15L)).minusSeconds(11)));
    }

    /** Adds an alert with the next id (or its own id when set). Returns it. */
    public TacticalAlert raiseAlert(Consumer<TacticalAlert> spec) {
        return store.write(() -> {
            TacticalAlert alert = new TacticalAlert(store.nextAlertId++).alertTime(now());
            spec.accept(alert);
            store.alerts.put(alert.id(), alert);
            return alert;
        });
    }

    /** Adds an alert object as is (its id included). */
    public TacticalAlert addAlert(TacticalAlert alert) {
        store.writeRun(() -> {
            store.alerts.put(alert.id(), alert);
            store.nextAlertId = Math.max(store.nextAlertId, alert.id() + 1);
        });
        return alert;
    }

    /** The availability alert Tactical raises for an overdue agent: error severity, not hidden. */
    public TacticalAlert raiseAvailabilityAlert(int agentPk) {
        String message = store.read(() -> {
            TacticalAgent agent = require(store.agents.get(agentPk), "agent", agentPk);
            TacticalClient client = store.clientOf(agent);
            TacticalSite site = store.siteOf(agent);
            return agent.hostname() + " in " + (client == null ? "None" : client.name()) + ", "
                    + (site == null ? "None" : site.name()) + " is overdue.";
        });
        return raiseAlert(a -> a.agent(agentPk).alertType("availability").severity("error").message(message));
    }

    /** A failed-check alert: {@code "<hostname> has a <type> check: <desc> that failed."}. */
    public TacticalAlert raiseCheckAlert(int agentPk, String severity, String checkType, String description,
                                         int checkId) {
        String hostname = store.read(() -> require(store.agents.get(agentPk), "agent", agentPk).hostname());
        return raiseAlert(a -> a.agent(agentPk).alertType("check").severity(severity).assignedCheck(checkId)
                .message(hostname + " has a " + checkType + " check: " + description + " that failed."));
    }

    /** An agent-less custom alert (its JSON omits hostname, agent_id, client and site). */
    public TacticalAlert raiseCustomAlert(String severity, String message) {
        return raiseAlert(a -> a.alertType("custom").severity(severity).message(message));
    }

    /** Resolves as {@code PUT /alerts/{id}/ {"type":"resolve"}} does. */
    public void resolveAlert(int id) {
        updateAlert(id, a -> a.resolved(true).resolvedOn(now()).snoozed(false).snoozeUntil(null));
    }

    public void snoozeAlert(int id, int days) {
        updateAlert(id, a -> a.snoozed(true).snoozeUntil(now().plus(Duration.ofDays(days))));
    }

    public void hideAlert(int id, boolean hidden) {
        updateAlert(id, a -> a.hidden(hidden));
    }

    /** Sets an agent's inventory (replacing any). */
    public SoftwareInventory setSoftware(int agentPk, List<SoftwareItem> items) {
        return store.write(() -> {
            SoftwareInventory existing = store.software.get(agentPk);
            int id = existing != null ? existing.id() : store.nextSoftwareId++;
            SoftwareInventory inventory = SoftwareInventory.of(id, agentPk, items);
            store.software.put(agentPk, inventory);
            return inventory;
        });
    }

    /** Sets an agent's inventory with its own pk. */
    public SoftwareInventory setSoftware(SoftwareInventory inventory) {
        store.writeRun(() -> {
            store.software.put(inventory.agent(), inventory);
            store.nextSoftwareId = Math.max(store.nextSoftwareId, inventory.id() + 1);
        });
        return inventory;
    }

    /** Removes the inventory: {@code GET /software/{agent_id}/} then answers {@code []}. */
    public void clearSoftware(int agentPk) {
        store.writeRun(() -> store.software.remove(agentPk));
    }

    public TacticalUser addUser(TacticalUser user) {
        store.writeRun(() -> {
            store.users.put(user.username(), user);
            store.nextUserId = Math.max(store.nextUserId, user.id() + 1);
        });
        return user;
    }

    /** A new superuser without TOTP. */
    public TacticalUser addUser(String username, String password) {
        return store.write(() -> {
            TacticalUser user = new TacticalUser(store.nextUserId++, username, password);
            store.users.put(username, user);
            return user;
        });
    }

    public TacticalUser user(String username) {
        return store.read(() -> store.users.get(username));
    }

    public void updateUser(String username, Consumer<TacticalUser> change) {
        store.writeRun(() -> change.accept(store.users.get(username)));
    }

    /** Creates an API key for the user as Tactical does ({@code get_random_string(32).upper()}). */
    public TacticalApiKey addApiKey(String name, String username, Instant expiration) {
        StringBuilder key = new StringBuilder(32);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        java.security.SecureRandom secure = new java.security.SecureRandom();
        for (int i = 0; i < 32; i++) {
            key.append(alphabet.charAt(secure.nextInt(alphabet.length())));
        }
        return addApiKey(key.toString().toUpperCase(Locale.ROOT), name, username, expiration);
    }

    /** Adds (or replaces) a fully specified API key. */
    public TacticalApiKey addApiKey(TacticalApiKey apiKey) {
        store.writeRun(() -> {
            store.apiKeys.put(apiKey.key(), apiKey);
            store.nextApiKeyId = Math.max(store.nextApiKeyId, apiKey.id() + 1);
        });
        return apiKey;
    }

    /** Adds an API key with a given key text. */
    public TacticalApiKey addApiKey(String key, String name, String username, Instant expiration) {
        return store.write(() -> {
            TacticalApiKey apiKey = new TacticalApiKey(store.nextApiKeyId++, name, key, username, expiration,
                    "admin", now(), now());
            store.apiKeys.put(key, apiKey);
            return apiKey;
        });
    }

    public void removeApiKey(String key) {
        store.writeRun(() -> store.apiKeys.remove(key));
    }

    /** Issues a knox token for the user (as a successful login would), valid for 5 h. */
    public String issueToken(String username) {
        return auth.issue(username, TacticalAuth.TOKEN_TTL).token;
    }

    /** The current expiry of a knox token, or null when unknown. */
    public Instant tokenExpiry(String token) {
        TacticalStore.KnoxToken record = store.tokens.get(token);
        return record == null ? null : record.expiry();
    }

    /** Makes every knox token expired (the next use answers 401 "Invalid token."). */
    public void expireAllTokens() {
        auth.expireAll();
    }

    private record TokenExpiry(String pathPrefix, AtomicInteger remaining) {
    }

    private volatile TokenExpiry tokenExpiry;

    /**
     * Every Knox token expires just before the {@code nth} request whose path starts with
     * {@code pathPrefix} is authenticated: a token running out in the middle of a sync, at an exact
     * point, without racing the client.
     */
    public void expireTokensBeforeRequest(String pathPrefix, int nth) {
        tokenExpiry = new TokenExpiry(pathPrefix, new AtomicInteger(nth));
    }

    private void expireTokensWhenDue(String path) {
        TokenExpiry expiry = tokenExpiry;
        if (expiry != null && path.startsWith(expiry.pathPrefix()) && expiry.remaining().decrementAndGet() == 0) {
            tokenExpiry = null;
            auth.expireAll();
        }
    }

    public void expireToken(String token) {
        auth.expire(token);
    }

    /** The TOTP code a user's authenticator shows right now (by the simulator's clock). */
    public String totpCode(String username) {
        return Totp.now(user(username).totpSecret(), clock);
    }

    /** Sets a Global Key Store value ({@code {{global.NAME}}} in webhooks). */
    public void setGlobalValue(String name, String value) {
        store.writeRun(() -> store.globalKeyStore.put(name, value));
    }

    public void addCustomField(TacticalCustomField field) {
        store.writeRun(() -> store.customFields.put(field.id(), field));
    }

    public void addAlertTemplate(TacticalAlertTemplate template) {
        store.writeRun(() -> store.alertTemplates.put(template.id(), template));
    }

    public void addUrlAction(TacticalUrlAction action) {
        store.writeRun(() -> store.urlActions.put(action.id(), action));
    }

    /** Registers policy pks (the beta {@code ?policy=} filter only accepts existing ones). */
    public void addPolicies(Integer... ids) {
        store.writeRun(() -> store.policies.addAll(List.of(ids)));
    }

    // ================================================================== webhooks

    /**
     * Emits an alert webhook as Tactical's URL action does: substitutes the templates against the
     * alert, builds the exact request (see {@link TacticalWebhooks}) and sends it once, without retry.
     * Records {@code action_*} (or {@code resolved_action_*} for a resolved alert) on the alert.
     *
     * @param method {@code post}, {@code put}, {@code patch}, {@code get} or {@code delete}
     */
    public TacticalWebhooks.WebhookResult fireAlertWebhook(String url, String restBodyTemplate,
                                                           String restHeadersTemplate, String method, int alertId) {
        TacticalWebhooks.WebhookRequest request;
        boolean resolved;
        try {
            Object[] prepared = store.read(() -> {
                TacticalAlert alert = require(store.alerts.get(alertId), "alert", alertId);
                WebhookTemplate template = new WebhookTemplate(store, now());
                return new Object[] {template.render(url, alert), template.render(restBodyTemplate, alert),
                    template.render(restHeadersTemplate, alert), alert.resolved()};
            });
            resolved = (Boolean) prepared[3];
            request = TacticalWebhooks.build(method, (String) prepared[0], (String) prepared[1], (String) prepared[2],
                    config);
        } catch (TacticalWebhooks.WebhookFailure | NumberFormatException e) {
            TacticalWebhooks.WebhookResult failed = new TacticalWebhooks.WebhookResult(500, e.getMessage(), null);
            record(alertId, failed, alert(alertId).resolved());
            return failed;
        }
        Duration timeout = List.of("GET", "DELETE").contains(request.method()) ? null : config.webhookTimeout();
        TacticalWebhooks.WebhookResult result = TacticalWebhooks.send(request, timeout);
        record(alertId, result, resolved);
        return result;
    }

    /** {@link #fireAlertWebhook(String, String, String, String, int)} for an alert object. */
    public TacticalWebhooks.WebhookResult fireAlertWebhook(String url, String restBodyTemplate,
                                                           String restHeadersTemplate, String method,
                                                           TacticalAlert alert) {
        return fireAlertWebhook(url, restBodyTemplate, restHeadersTemplate, method, alert.id());
    }

    /** {@link #fireAlertWebhook} with a stored URL action. */
    public TacticalWebhooks.WebhookResult fireAlertWebhook(int urlActionId, int alertId) {
        TacticalUrlAction action = store.read(() -> require(store.urlActions.get(urlActionId), "url action",
                urlActionId));
        return fireAlertWebhook(action.pattern(), action.restBody(), action.restHeaders(), action.restMethod(), alertId);
    }

    /** Builds (without sending) the request a webhook would make, for inspection. */
    public TacticalWebhooks.WebhookRequest renderAlertWebhook(String url, String restBodyTemplate,
                                                              String restHeadersTemplate, String method, int alertId) {
        Object[] prepared = store.read(() -> {
            TacticalAlert alert = require(store.alerts.get(alertId), "alert", alertId);
            WebhookTemplate template = new WebhookTemplate(store, now());
            return new Object[] {template.render(url, alert), template.render(restBodyTemplate, alert),
                template.render(restHeadersTemplate, alert)};
        });
        return TacticalWebhooks.build(method, (String) prepared[0], (String) prepared[1], (String) prepared[2], config);
    }

    /** Substitutes {@code {{...}}} placeholders in any text against an alert (Tactical's rendering). */
    public String renderTemplate(String text, int alertId) {
        return store.read(() -> new WebhookTemplate(store, now())
                .render(text, require(store.alerts.get(alertId), "alert", alertId)));
    }

    private void record(int alertId, TacticalWebhooks.WebhookResult result, boolean resolved) {
        Instant now = now();
        store.writeRun(() -> {
            TacticalAlert alert = store.alerts.get(alertId);
            if (alert == null) {
                return;
            }
            if (resolved) {
                alert.resolvedActionRun(now).resolvedActionStdout(result.responseBody()).resolvedActionStderr("")
                        .resolvedActionRetcode(result.status()).resolvedActionExecutionTime("0.0000");
            } else {
                alert.actionRun(now).actionStdout(result.responseBody()).actionStderr("")
                        .actionRetcode(result.status()).actionExecutionTime("0.0000");
            }
        });
    }

    // ================================================================== pages

    private static String errorPage(String title, String details) {
        return "\n<!doctype html>\n<html lang=\"en\">\n<head>\n  <title>" + title + "</title>\n</head>\n<body>\n  <h1>"
                + title + "</h1><p>" + details + "</p>\n</body>\n</html>\n";
    }

    static final String SPA_INDEX = "<!DOCTYPE html><html><head><title>Tactical RMM</title><meta charset=utf-8>"
            + "<meta name=description content=\"Tactical RMM\"><meta name=format-detection content=\"telephone=no\">"
            + "<meta name=msapplication-tap-highlight content=no><meta name=viewport "
            + "content=\"user-scalable=no,initial-scale=1,maximum-scale=1,minimum-scale=1,width=device-width\">"
            + "<link rel=icon type=image/png sizes=128x128 href=icons/favicon-128x128.png>"
            + "<script type=module crossorigin src=/assets/index.js></script>"
            + "<link rel=stylesheet crossorigin href=/assets/index.css></head><body><div id=q-app></div></body></html>";

    // ================================================================== standalone

    /** Serves every page of the agent list to itself {@code rounds} times, discarding the answers, then forgets them. */
    void warmUp(int rounds) throws InterruptedException {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        int pages = store.read(() -> store.agents.size()) / 1000 + 1;
        try {
            for (int round = 0; round < rounds; round++) {
                for (int page = 1; page <= pages; page++) {
                    client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl()
                                    + "/beta/v1/agent/?page_size=1000&page=" + page))
                            .header("X-API-KEY", TacticalFixtures.API_KEY).build(), java.net.http.HttpResponse.BodyHandlers.discarding());
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Warming up the simulator failed", e);
        }
        clearRequests();
    }

    /**
     * A started simulator for demo mode or a benchmark: the fixture world plus a generated fleet of
     * {@code agents} agents (about 40 per client, 3 sites each).
     */
    public static TacticalSimulator startDemo(int port, Clock clock, int agents, long seed) {
        TacticalSimulator simulator = new TacticalSimulator(port, clock).start();
        simulator.loadFixtures();
        if (agents > 0) {
            simulator.generateFleet(Math.max(1, agents / 40), 3, agents, seed);
        }
        return simulator;
    }

    /**
     * Runs the simulator standalone: {@code [port] [agents] [clients seed]}. Loads the fixture world, adds a generated
     * fleet when {@code agents > 0} (in {@code agents / 40} clients with seed 42 unless both are given; 3 sites per
     * client) and prints the credentials. A fifth argument, {@code warm-up rounds}, makes it serve its whole agent
     * list to itself that many times first. A benchmark's server then answers as one that has been running a while,
     * with its JIT work done.
     */
    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8750;
        int agents = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        TacticalSimulator simulator;
        if (args.length > 3) {
            simulator = new TacticalSimulator(port, Clock.systemUTC()).start();
            simulator.loadFixtures();
            simulator.generateFleet(Integer.parseInt(args[2]), 3, agents, Long.parseLong(args[3]));
        } else {
            simulator = startDemo(port, Clock.systemUTC(), agents, 42);
        }
        if (args.length > 4) {
            simulator.warmUp(Integer.parseInt(args[4]));
        }
        System.out.println("Tactical RMM simulator on " + simulator.baseUrl());
        System.out.println("  X-API-KEY: " + TacticalFixtures.API_KEY + " (user " + TacticalFixtures.SYNC_USER + ")");
        System.out.println("  login: " + TacticalFixtures.TOTP_USER + " / " + TacticalFixtures.TOTP_PASSWORD
                + " (TOTP secret " + TacticalFixtures.TOTP_SECRET + ", current code "
                + simulator.totpCode(TacticalFixtures.TOTP_USER) + ")");
        Thread.currentThread().join();
    }
}
