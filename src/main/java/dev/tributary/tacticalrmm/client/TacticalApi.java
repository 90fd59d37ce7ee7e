package dev.tributary.tacticalrmm.client;

import dev.tributary.integration.http.ErrorClassifier;
import dev.tributary.integration.http.ProblemKind;
import dev.tributary.integration.http.ProviderException;
import dev.tributary.integration.http.ProviderHttpClient;
import dev.tributary.integration.http.ProviderJson;
import dev.tributary.integration.http.ProviderResponse;
import dev.tributary.tacticalrmm.normalize.WmiDetail;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Tactical API host. Paths hang off the root and always end with {@code /}. A 401 renews the credential
 * once (Knox: log in again) and retries; HTML answers are recognised (a 200 page means the dashboard host, a
 * 404 page under {@code /beta/} means the Beta API is off). Lists follow DRF's page envelope
 * ({@code count/next/previous/results}, {@code page_size=1000}) or take a plain array as the whole list.
 */
public final class TacticalApi {

    public static final int PAGE_SIZE = 1000;
    /** Fields of agent rows never read, skipped while parsing (Windows services are tens of KB per agent). */
    private static final Set<String> SKIPPED_FIELDS = java.util.Set.of("services");
    /** Object fields of agent rows of which only some keys are read; the others are skipped while parsing. */
    private static final Map<String, Set<String>> PARTIAL_FIELDS = Map.of("wmi_detail", WmiDetail.KEYS_READ);
    private static final tools.jackson.databind.node.JsonNodeFactory NODES = ProviderJson.MAPPER.getNodeFactory();
    /** Reads one value inside a larger document (the default reader insists on the end of input after it). */
    private static final tools.jackson.databind.ObjectReader VALUE = ProviderJson.MAPPER.readerFor(JsonNode.class)
            .without(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final ProviderHttpClient http;
    private final String baseUrl;
    private final String origin;
    private final TacticalAuth auth;

    public TacticalApi(ProviderHttpClient http, String baseUrl, TacticalAuth auth) {
        this.http = http;
        this.baseUrl = baseUrl;
        URI uri = URI.create(baseUrl);
        this.origin = uri.getScheme() + "://" + uri.getRawAuthority();
        this.auth = auth;
    }

    public long requestCount() {
        return http.requestCount();
    }

    /** One page of a list: its rows and the envelope's {@code count} (the row count for a plain array). */
    public record Page(List<JsonNode> results, long count) {
    }

    @FunctionalInterface
    public interface PageHandler {
        void accept(Page page);
    }

    /** GET a JSON document. */
    public JsonNode get(String path, Map<String, String> query) {
        ProviderResponse response = send(uri(path, query), "GET", null);
        return ProviderJson.parse(http.guidance(), response);
    }

    /** PATCH with a JSON body (Tactical's alert listing is a PATCH, and a read). */
    public JsonNode patch(String path, Object body) {
        byte[] bytes = ProviderJson.MAPPER.writeValueAsBytes(body);
        ProviderResponse response = send(uri(path, Map.of()), "PATCH", bytes);
        return ProviderJson.parse(http.guidance(), response);
    }

    /**
     * Walks every page of a list, handing each page over before the next one is requested (bounded memory).
     * {@code next} links are followed by their path and query on the configured host, so a proxy that reports
     * another scheme or host in its absolute links does not break the walk.
     */
    public void pages(String path, Map<String, String> query, PageHandler handler) {
        java.util.LinkedHashMap<String, String> first = new java.util.LinkedHashMap<>(query);
        first.putIfAbsent("page_size", String.valueOf(PAGE_SIZE));
        URI next = uri(path, first);
        Set<String> seen = new java.util.HashSet<>();
        while (next != null) {
            if (!seen.add(next.toString())) {
                throw new ProviderException(ProblemKind.MALFORMED_RESPONSE, 200, "Tactical RMM returned the same next page "
                        + "twice for " + path + "; the walk was stopped to avoid an endless loop.");
            }
            ParsedPage parsed = page(next);
            handler.accept(new Page(parsed.results, parsed.count));
            next = parsed.next == null ? null : sameHost(parsed.next);
        }
    }

    private URI sameHost(String link) {
        URI uri = URI.create(link);
        String path = uri.getRawPath() == null ? "/" : uri.getRawPath();
        return URI.create(origin + path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }

    private record ParsedPage(List<JsonNode> results, long count, String next) {
    }

    /**
     * One page, parsed while it arrives when Tactical declares JSON (a page of 1,000 agents is about 14 MB).
     * Any other answer is buffered and goes through the same checks as every request.
     */
    private ParsedPage page(URI uri) {
        ProviderHttpClient.Answer<ParsedPage> answer = exchange(uri, "GET", null, (body, head) -> {
            try (JsonParser parser = ProviderJson.MAPPER.createParser(body)) {
                return parsePage(parser, head);
            }
        });
        if (answer.streamed()) {
            return answer.value();
        }
        ProviderResponse response = answer.response();
        if (html(response)) {
            throw new ProviderException(ProblemKind.WRONG_HOST, response.status(), TacticalGuidance.DASHBOARD_HOST);
        }
        try (JsonParser parser = ProviderJson.MAPPER.createParser(response.body())) {
            return parsePage(parser, response);
        }
    }

    private ParsedPage parsePage(JsonParser parser, ProviderResponse response) {
        try {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.START_ARRAY) {
                List<JsonNode> rows = readArray(parser);
                return new ParsedPage(rows, rows.size(), null);
            }
            if (token != JsonToken.START_OBJECT) {
                throw ErrorClassifier.malformed(http.guidance(), response);
            }
            List<JsonNode> rows = List.of();
            long count = -1;
            String next = null;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "results" -> {
                        if (value != JsonToken.START_ARRAY) {
                            throw ErrorClassifier.malformed(http.guidance(), response);
                        }
                        rows = readArray(parser);
                    }
                    case "count" -> count = value == JsonToken.VALUE_NUMBER_INT ? parser.getLongValue() : -1;
                    case "next" -> next = value == JsonToken.VALUE_STRING ? parser.getString() : null;
                    default -> parser.skipChildren();
                }
            }
            return new ParsedPage(rows, count < 0 ? rows.size() : count, next == null || next.isBlank() ? null : next);
        } catch (tools.jackson.core.exc.JacksonIOException e) {
            throw e; // the connection, not the body: ProviderHttpClient retries it
        } catch (tools.jackson.core.JacksonException e) {
            throw ErrorClassifier.malformed(http.guidance(), response);
        }
    }

    /** Reads the rows of an array, leaving out {@link #SKIPPED_FIELDS} of object rows. */
    private static List<JsonNode> readArray(JsonParser parser) {
        List<JsonNode> rows = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
            if (token != JsonToken.START_OBJECT) {
                rows.add(VALUE.readValue(parser));
                continue;
            }
            ObjectNode row = ProviderJson.MAPPER.createObjectNode();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                Set<String> kept = PARTIAL_FIELDS.get(name);
                if (SKIPPED_FIELDS.contains(name)) {
                    parser.skipChildren();
                } else if (kept != null && parser.currentToken() == JsonToken.START_OBJECT) {
                    row.set(name, readObject(parser, kept));
                } else {
                    row.set(name, value(parser));
                }
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * The value the parser is on, as databind would read it. Scalars (most of a row) become nodes directly: going
     * through databind costs a deserialization context per value, a million times per 20,000 agents.
     */
    private static JsonNode value(JsonParser parser) {
        return switch (parser.currentToken()) {
            case VALUE_STRING -> NODES.stringNode(parser.getString());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
            default -> VALUE.readValue(parser);
        };
    }

    /** Reads an object keeping only the given keys; the parser is on its START_OBJECT. */
    private static JsonNode readObject(JsonParser parser, Set<String> kept) {
        ObjectNode object = ProviderJson.MAPPER.createObjectNode();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            if (kept.contains(name)) {
                object.set(name, value(parser));
            } else {
                parser.skipChildren();
            }
        }
        return object;
    }

    private URI uri(String path, Map<String, String> query) {
        StringJoiner joiner = new StringJoiner("&");
        query.forEach((k, v) -> joiner.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return URI.create(baseUrl + path + (joiner.length() == 0 ? "" : "?" + joiner));
    }

    private ProviderResponse send(URI uri, String method, byte[] body) {
        return exchange(uri, method, body, null).response();
    }

    /**
     * One request, sent again once after a 401 that renewed the credential (Knox: log in again). With a reader, a
     * 2xx JSON answer is read as it arrives; any other answer comes back buffered and {@link #checked}.
     */
    private <T> ProviderHttpClient.Answer<T> exchange(URI uri, String method, byte[] body,
                                                      ProviderHttpClient.JsonStreamReader<T> reader) {
        String used = auth.credential();
        ProviderHttpClient.Answer<T> answer = attempt(uri, method, body, reader);
        if (!answer.streamed() && answer.response().status() == 401 && auth.renew(used)) {
            answer = attempt(uri, method, body, reader);
        }
        return answer.streamed() ? answer : new ProviderHttpClient.Answer<>(checked(uri, answer.response()), null, false);
    }

    /** A buffered answer that is not a usable JSON answer becomes the matching error; a usable one is returned. */
    private ProviderResponse checked(URI uri, ProviderResponse response) {
        if (response.status() == 404 && html(response)) {
            if (uri.getPath().contains("/beta/")) {
                throw new ProviderException(ProblemKind.FEATURE_DISABLED, 404, TacticalGuidance.BETA_DISABLED);
            }
            throw ErrorClassifier.classify(http.guidance(), response);
        }
        if (!response.isSuccess()) {
            throw ErrorClassifier.classify(http.guidance(), response);
        }
        if (response.status() == 200 && html(response)) {
            throw new ProviderException(ProblemKind.WRONG_HOST, 200, TacticalGuidance.DASHBOARD_HOST);
        }
        return response;
    }

    private <T> ProviderHttpClient.Answer<T> attempt(URI uri, String method, byte[] body,
                                                     ProviderHttpClient.JsonStreamReader<T> reader) {
        HttpRequest.Builder request = http.request(uri).header("Accept", "application/json");
        auth.apply(request);
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        java.util.function.Predicate<ProviderResponse> interpreted = r -> r.isSuccess() || r.status() == 401 || r.status() == 404;
        if (reader == null) {
            return new ProviderHttpClient.Answer<>(http.send(request.build(), true, interpreted), null, false);
        }
        return http.stream(request.build(), true, interpreted, reader);
    }

    /** An HTML page: by content type, or by a body starting with {@code <} (without decoding megabytes). */
    static boolean html(ProviderResponse response) {
        String type = response.contentType().toLowerCase(Locale.ROOT);
        if (type.contains("text/html")) {
            return true;
        }
        if (type.contains("json")) {
            return false;
        }
        byte[] bytes = response.body();
        for (int i = 0; bytes != null && i < bytes.length; i++) {
            if (!Character.isWhitespace(bytes[i])) {
                return bytes[i] == '<';
            }
        }
        return false;
    }
}
