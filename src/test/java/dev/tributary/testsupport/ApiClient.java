package dev.tributary.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Drives Tributary through its REST API over real HTTP, as external automation does. */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;
    private final String token;

    public ApiClient(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    public static ApiClient on(int port, String token) {
        return new ApiClient("http://localhost:" + port, token);
    }

    public ApiClient withToken(String otherToken) {
        return new ApiClient(baseUrl, otherToken);
    }

    public String baseUrl() {
        return baseUrl;
    }

    public record Response(int status, String contentType, String raw, JsonNode json, java.net.http.HttpHeaders headers) {

        public String text(String field) {
            JsonNode node = json.path(field);
            return node.isNull() || node.isMissingNode() ? null : node.asString();
        }
    }

    public Response get(String path) {
        return send("GET", path, null, Map.of());
    }

    public Response post(String path, Object body) {
        return send("POST", path, body, Map.of());
    }

    public Response put(String path, Object body) {
        return send("PUT", path, body, Map.of());
    }

    public Response patch(String path, Object body) {
        return send("PATCH", path, body, Map.of());
    }

    public Response delete(String path) {
        return send("DELETE", path, null, Map.of());
    }

    /** Sends a raw body (e.g. malformed JSON) with the given content type. */
    public Response sendRaw(String method, String path, String body, String contentType, Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        if (token != null) {
            builder.header("X-API-Key", token);
        }
        headers.forEach(builder::header);
        try {
            HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            String raw = response.body();
            JsonNode json;
            try {
                json = raw == null || raw.isBlank() ? JSON.nullNode() : JSON.readTree(raw);
            } catch (RuntimeException notJson) {
                json = JSON.nullNode();
            }
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), raw, json,
                    response.headers());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response send(String method, String path, Object body, Map<String, String> headers) {
        String json = body == null ? null : (body instanceof String s ? s : JSON.writeValueAsString(body));
        return sendRaw(method, path, json, body == null ? null : "application/json", headers);
    }

    public static JsonMapper json() {
        return JSON;
    }
}
