package dev.tributary.tanium.client;

import dev.tributary.integration.http.ErrorClassifier;
import dev.tributary.integration.http.ProblemKind;
import dev.tributary.integration.http.ProviderException;
import dev.tributary.integration.http.ProviderHttpClient;
import dev.tributary.integration.http.ProviderJson;
import dev.tributary.integration.http.ProviderResponse;
import dev.tributary.platform.Secret;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The Tanium Gateway: {@code POST <gateway>/plugin/products/gateway/graphql} with
 * {@code {query, operationName, variables}} and the {@code session: token-…} header. Redirects are not
 * followed (a redirect to a login page is an authentication problem), HTML answers are recognised,
 * and GraphQL {@code errors[]} (with HTTP 400 for validation, 200 for execution) become
 * {@link GatewayQueryException}s. Queries are reads, so they are retried on 429/5xx.
 */
public final class GatewayClient {

    private final ProviderHttpClient http;
    private final URI endpoint;
    private final Secret token;

    public GatewayClient(ProviderHttpClient http, String endpointUrl, Secret token) {
        this.http = http;
        this.endpoint = URI.create(endpointUrl);
        this.token = token;
    }

    /** What one query returned: its {@code data} and the Gateway's version header when present. */
    public record Result(JsonNode data, String gatewayVersion) {
    }

    public long requestCount() {
        return http.requestCount();
    }

    public Result execute(TaniumDocument document, Map<String, Object> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", document.text());
        body.put("operationName", document.operationName());
        body.put("variables", variables == null ? Map.of() : variables);
        HttpRequest request = http.request(endpoint)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("session", token.reveal())
                .POST(HttpRequest.BodyPublishers.ofByteArray(ProviderJson.MAPPER.writeValueAsBytes(body)))
                .build();
        ProviderResponse response = http.send(request, true,
                r -> r.isSuccess() || r.status() == 400 && !html(r));
        if (html(response)) {
            throw ErrorClassifier.malformed(TaniumGuidance.GATEWAY, response);
        }
        JsonNode json;
        try {
            json = ProviderJson.MAPPER.readTree(response.body());
        } catch (RuntimeException notJson) {
            throw response.status() == 400
                    ? new ProviderException(ProblemKind.REJECTED, 400, "Tanium Gateway rejected the " + document.description()
                    + " query (HTTP 400) without a GraphQL error; check that the URL is the Gateway's GraphQL endpoint.")
                    : ErrorClassifier.malformed(TaniumGuidance.GATEWAY, response);
        }
        if (json == null || !json.isObject()) {
            throw ErrorClassifier.malformed(TaniumGuidance.GATEWAY, response);
        }
        JsonNode errors = json.get("errors");
        if (errors != null && errors.isArray() && !errors.isEmpty()) {
            throw TaniumErrors.graphQl(response.status(), errors, document.description());
        }
        JsonNode data = json.get("data");
        if (response.status() == 400 || data == null || !data.isObject()) {
            throw ErrorClassifier.malformed(TaniumGuidance.GATEWAY, response);
        }
        return new Result(data, response.headers().firstValue("tanium-gateway-version").orElse(null));
    }

    /**
     * An HTML page instead of GraphQL JSON. Looks only at the content type and the first bytes: a page of
     * inventory is megabytes, and decoding it into a string just to look at its start is wasted work.
     */
    static boolean html(ProviderResponse response) {
        String type = response.contentType().toLowerCase(java.util.Locale.ROOT);
        if (type.contains("text/html")) {
            return true;
        }
        if (type.contains("json")) {
            return false;
        }
        byte[] body = response.body();
        for (int i = 0; body != null && i < body.length; i++) {
            if (!Character.isWhitespace(body[i])) {
                return body[i] == '<';
            }
        }
        return false;
    }
}
