package dev.tributary.simulator;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One request/response on a simulator, with helpers for the response shapes the fakes need. */
public final class Exchange {

    private final HttpExchange http;
    private final String body;
    private final Map<String, List<String>> query;
    private int status;
    private final java.util.function.Consumer<Exchange> recorder;

    Exchange(HttpExchange http, java.util.function.Consumer<Exchange> recorder) throws IOException {
        this.http = http;
        this.recorder = recorder;
        this.body = new String(http.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        this.query = parseQuery(http.getRequestURI().getRawQuery());
    }

    public String method() {
        return http.getRequestMethod();
    }

    /** The decoded path, e.g. {@code /v1/agents/12}. */
    public String path() {
        return http.getRequestURI().getPath();
    }

    public String rawQuery() {
        return http.getRequestURI().getRawQuery();
    }

    /** Query parameters in order; repeated keys keep every value. */
    public Map<String, List<String>> query() {
        return query;
    }

    public String param(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public String header(String name) {
        return http.getRequestHeaders().getFirst(name);
    }

    public Map<String, List<String>> headers() {
        return http.getRequestHeaders();
    }

    public String body() {
        return body;
    }

    public String host() {
        String host = header("Host");
        return host != null ? host : "127.0.0.1:" + http.getLocalAddress().getPort();
    }

    public void setHeader(String name, String value) {
        http.getResponseHeaders().set(name, value);
    }

    public void respond(int status, String contentType, byte[] bytes) throws IOException {
        respondInParts(status, contentType, bytes == null ? List.of() : List.of(bytes));
    }

    /**
     * Like {@link #respond(int, String, byte[])} for a body held as consecutive parts, sent with their total
     * {@code Content-Length}: a page of tens of megabytes never needs one array of its full size.
     */
    public void respondInParts(int status, String contentType, List<byte[]> parts) throws IOException {
        this.status = status;
        // Recorded before the answer leaves, so a client that got its response sees its request recorded.
        recorder.accept(this);
        if (contentType != null) {
            http.getResponseHeaders().set("Content-Type", contentType);
        }
        long length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        http.sendResponseHeaders(status, length == 0 ? -1 : length);
        if (length > 0) {
            try (OutputStream out = http.getResponseBody()) {
                for (byte[] part : parts) {
                    out.write(part);
                }
            }
        }
    }

    public void json(int status, String json) throws IOException {
        respond(status, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    public void html(int status, String html) throws IOException {
        respond(status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    public void text(int status, String text) throws IOException {
        respond(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    public void empty(int status) throws IOException {
        respond(status, null, null);
    }

    int status() {
        return status;
    }

    private static Map<String, List<String>> parseQuery(String raw) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return result;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            result.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return result;
    }
}
