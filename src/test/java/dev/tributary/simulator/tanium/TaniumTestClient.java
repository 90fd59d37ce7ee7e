package dev.tributary.simulator.tanium;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A minimal HTTP client for the simulator tests (no redirects followed, like a correct Tanium client). */
final class TaniumTestClient {

    static final JsonMapper JSON = JsonMapper.builder().build();

    record Result(int status, HttpHeaders headers, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final TaniumSimulator simulator;
    private String token;

    TaniumTestClient(TaniumSimulator simulator) {
        this.simulator = simulator;
        this.token = simulator.token();
    }

    TaniumTestClient token(String newToken) {
        this.token = newToken;
        return this;
    }

    Result graphql(String query, Map<String, Object> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return post(TaniumSimulator.GATEWAY_PATH, JSON.writeValueAsString(body));
    }

    Result post(String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(simulator.baseUrl() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("session", token);
        }
        return send(request.build());
    }

    Result get(String pathAndQuery) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(simulator.baseUrl() + pathAndQuery))
                .timeout(Duration.ofSeconds(60))
                .GET();
        if (token != null) {
            request.header("session", token);
        }
        return send(request.build());
    }

    Result send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Result(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A file under {@code src/test/resources/fixtures/tanium/}. */
    static String fixture(String name) {
        try (InputStream in = TaniumTestClient.class.getClassLoader().getResourceAsStream("fixtures/tanium/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode fixtureJson(String name) {
        return JSON.readTree(fixture(name));
    }

    static Map<String, Object> vars(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int k = 0; k < keyValues.length; k += 2) {
            map.put((String) keyValues[k], keyValues[k + 1]);
        }
        return map;
    }
}
