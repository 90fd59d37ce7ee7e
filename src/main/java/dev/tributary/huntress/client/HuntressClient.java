package dev.tributary.huntress.client;

import dev.tributary.integration.http.ProblemKind;
import dev.tributary.integration.http.ProviderException;
import dev.tributary.integration.http.ProviderHttpClient;
import dev.tributary.integration.http.ProviderJson;
import dev.tributary.integration.http.ProviderResponse;
import dev.tributary.platform.Secret;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * The Huntress public API v1 as this integration uses it. Every request carries HTTP Basic
 * {@code key:secret} and passes the account's rate-limit gate (inside {@link ProviderHttpClient}).
 * Lists ask for {@code limit=500}, re-send their filters and sort on every page (never following
 * {@code next_page_url}), end when the next token is absent, null or empty, and refuse a token
 * they were already given. A 429 that outlives the HTTP client's retries is waited out one rate
 * window at a time, a bounded number of times: the work finishes late rather than failing.
 */
public final class HuntressClient {

    public static final int PAGE_SIZE = 500;

    /** How a request waits; replaced in tests. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final String baseUrl;
    private final String authorization;
    private final ProviderHttpClient http;
    private final Duration rateWindow;
    private final int rateLimitRounds;
    private final Sleeper sleeper;

    public HuntressClient(String baseUrl, Secret apiKey, Secret apiSecret, ProviderHttpClient http, Duration rateWindow,
                          int rateLimitRounds, Sleeper sleeper) {
        this.baseUrl = stripTrailingSlash(baseUrl);
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((apiKey.reveal() + ":" + apiSecret.reveal()).getBytes(StandardCharsets.UTF_8));
        this.http = http;
        this.rateWindow = rateWindow;
        this.rateLimitRounds = rateLimitRounds;
        this.sleeper = sleeper;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Requests sent by this client so far (each attempt, retries included). */
    public long requestCount() {
        return http.requestCount();
    }

    // ---------------------------------------------------------------- endpoints

    /** {@code GET /v1/account}: the connection check. */
    public Account account() {
        return HuntressParser.account(get("/v1/account", Map.of()));
    }

    /** Every organization of the account. */
    public List<Organization> organizations() {
        return all("/v1/organizations", sorted("id", "asc"), "organizations", HuntressParser::organization);
    }

    /** One organization; empty when Huntress answers 404 (unknown or another account's id). */
    public Optional<Organization> organization(String id) {
        return single("/v1/organizations/" + encode(id), "organization", HuntressParser::organization);
    }

    /** One agent; empty when Huntress answers 404 (unknown, uninstalled or another account's). */
    public Optional<Agent> agent(String id) {
        return single("/v1/agents/" + encode(id), "agent", HuntressParser::agent);
    }

    /** Every agent of the account, or of one organization when {@code organizationId} is set. */
    public List<Agent> agents(String organizationId) {
        Map<String, String> params = sorted("id", "asc");
        if (organizationId != null) {
            params.put("organization_id", organizationId);
        }
        return all("/v1/agents", params, "agents", HuntressParser::agent);
    }

    /** One page of incident reports, most recently updated first. */
    public Page<Incident> incidentsPage(String pageToken) {
        return page("/v1/incident_reports", sorted("updated_at", "desc"), pageToken, "incident_reports", HuntressParser::incident);
    }

    // ---------------------------------------------------------------- paging

    private static Map<String, String> sorted(String field, String direction) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("sort_field", field);
        params.put("sort_direction", direction);
        return params;
    }

    private <T> List<T> all(String path, Map<String, String> params, String listKey, Function<JsonNode, T> parse) {
        List<T> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String token = null;
        do {
            Page<T> page = page(path, params, token, listKey, parse);
            items.addAll(page.items());
            token = page.nextToken();
            if (token != null && !seen.add(token)) {
                throw repeatedToken(path);
            }
        } while (token != null);
        return items;
    }

    public static ProviderException repeatedToken(String path) {
        return new ProviderException(ProblemKind.MALFORMED_RESPONSE, 200, "Huntress returned the page token of an earlier page "
                + "again while listing " + path + "; the listing was stopped to avoid a loop and will be retried.");
    }

    /** One list page; filters and sort are re-sent with the token, {@code limit} is always 500. */
    <T> Page<T> page(String path, Map<String, String> params, String pageToken, String listKey, Function<JsonNode, T> parse) {
        Map<String, String> query = new LinkedHashMap<>(params);
        query.put("limit", Integer.toString(PAGE_SIZE));
        if (pageToken != null) {
            query.put("page_token", pageToken);
        }
        JsonNode body = get(path, query);
        JsonNode list = body.get(listKey);
        if (list == null || !list.isArray()) {
            throw new ProviderException(ProblemKind.MALFORMED_RESPONSE, 200,
                    "Huntress answered " + path + " without the \"" + listKey + "\" list its API documents.");
        }
        List<T> items = new ArrayList<>(list.size());
        for (JsonNode element : list.values()) {
            if (element != null && element.isObject()) {
                items.add(parse.apply(element));
            }
        }
        return new Page<>(items, nextToken(body));
    }

    /** The next page token, deciding "more pages" by the token alone: absent, null or blank ends the list. */
    static String nextToken(JsonNode body) {
        JsonNode pagination = body.get("pagination");
        if (pagination == null || !pagination.isObject()) {
            return null;
        }
        JsonNode token = pagination.get("next_page_token");
        if (token == null || token.isNull() || token.isContainer()) {
            return null;
        }
        String text = token.asString();
        return text == null || text.isBlank() ? null : text;
    }

    private <T> Optional<T> single(String path, String key, Function<JsonNode, T> parse) {
        try {
            JsonNode body = get(path, Map.of());
            JsonNode wrapped = body.get(key);
            return Optional.of(parse.apply(wrapped != null && wrapped.isObject() ? wrapped : body));
        } catch (ProviderException e) {
            if (e.status() == 404 && e.kind() == ProblemKind.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    // ---------------------------------------------------------------- transport

    private JsonNode get(String path, Map<String, String> query) {
        URI uri = URI.create(baseUrl + path + queryString(query));
        var request = http.request(uri)
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .header("User-Agent", "Tributary-Huntress/1")
                .GET()
                .build();
        for (int round = 0; ; round++) {
            try {
                ProviderResponse response = http.send(request, true);
                return ProviderJson.parse(http.guidance(), response);
            } catch (ProviderException e) {
                if (e.kind() != ProblemKind.RATE_LIMITED || e.status() != 429 || round >= rateLimitRounds) {
                    throw e;
                }
                // Someone else on the account is spending its budget: wait a whole window, then go on.
                try {
                    sleeper.sleep(rateWindow);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static String queryString(Map<String, String> query) {
        if (query.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("?");
        query.forEach((name, value) -> {
            if (out.length() > 1) {
                out.append('&');
            }
            out.append(encode(name)).append('=').append(encode(value));
        });
        return out.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String stripTrailingSlash(String url) {
        String value = url;
        while (value.endsWith("/")) {
            value = value.substring(0, value.length() - 1);
        }
        return value;
    }
}
