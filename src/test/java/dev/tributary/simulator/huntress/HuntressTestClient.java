package dev.tributary.simulator.huntress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A deliberately plain HTTP client for the simulator tests (no retries, no parsing beyond JSON). */
final class HuntressTestClient {

    static final JsonMapper JSON = JsonMapper.builder().build();

    record Response(int status, HttpHeaders headers, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String authorization;

    HuntressTestClient(String baseUrl, String key, String secret) {
        this(baseUrl, HuntressSimulator.basic(key, secret));
    }

    private HuntressTestClient(String baseUrl, String authorization) {
        this.baseUrl = baseUrl;
        this.authorization = authorization;
    }

    static HuntressTestClient of(HuntressSimulator simulator) {
        return new HuntressTestClient(simulator.baseUrl(), simulator.authorizationHeader());
    }

    /** The same server with another {@code Authorization} header value (null sends none). */
    HuntressTestClient withAuthorization(String authorization) {
        return new HuntressTestClient(baseUrl, authorization);
    }

    HuntressTestClient withCredentials(String key, String secret) {
        return withAuthorization(HuntressSimulator.basic(key, secret));
    }

    Response get(String pathAndQuery) {
        return send("GET", baseUrl + pathAndQuery);
    }

    /** GET of an absolute URL, e.g. a {@code next_page_url}. */
    Response getUrl(String url) {
        return send("GET", url);
    }

    Response post(String pathAndQuery) {
        return send("POST", baseUrl + pathAndQuery);
    }

    JsonNode getJson(String pathAndQuery) {
        Response response = get(pathAndQuery);
        if (response.status() != 200) {
            throw new AssertionError("GET " + pathAndQuery + " answered " + response.status() + ": " + response.body());
        }
        return response.json();
    }

    private Response send(String method, String url) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .header("Accept", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        request.method(method, HttpRequest.BodyPublishers.noBody());
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
