package dev.tributary.simulator.tactical;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import tools.jackson.databind.JsonNode;

/**
 * Tactical's REST URL action ({@code core/utils.py::_run_url_rest_action}) as seen on the wire:
 * placeholders substituted, the body sanitised and parsed with {@code json.loads(strict=False)}, then
 * re-serialised by {@code json.dumps} (or sent as a JSON string literal when it does not parse), and
 * the headers built as {@code requests} and {@code urllib3} build them. Requests go out through a raw
 * socket so header order and bytes are exactly Python's.
 */
public final class TacticalWebhooks {

    /** The fixture URL action's pattern ({@code url_action_rest.json}). */
    public static final String DEFAULT_PATTERN = "https://assets.example.net/hooks/tactical/{{client.name}}/alerts";

    /** The fixture URL action's body template ({@code url_action_rest.json}). */
    public static final String DEFAULT_REST_BODY = "{\n"
            + "  \"event\": \"trmm.alert.failure\",\n"
            + "  \"alert_id\": {{alert.id}},\n"
            + "  \"alert_type\": \"{{alert.alert_type}}\",\n"
            + "  \"severity\": \"{{alert.severity}}\",\n"
            + "  \"message\": \"{{alert.message}}\",\n"
            + "  \"alert_time\": \"{{alert.alert_time}}\",\n"
            + "  \"resolved\": \"{{alert.resolved}}\",\n"
            + "  \"resolved_on\": \"{{alert.resolved_on}}\",\n"
            + "  \"agent_id\": \"{{agent.agent_id}}\",\n"
            + "  \"hostname\": \"{{agent.hostname}}\",\n"
            + "  \"client\": \"{{client.name}}\",\n"
            + "  \"site\": \"{{site.name}}\",\n"
            + "  \"agent_status\": \"{{agent.status}}\",\n"
            + "  \"last_seen\": \"{{agent.last_seen}}\"\n"
            + "}";

    /** The same body for the resolve action ({@code event: trmm.alert.resolved}). */
    public static final String DEFAULT_RESOLVED_REST_BODY =
            DEFAULT_REST_BODY.replace("trmm.alert.failure", "trmm.alert.resolved");

    /** The fixture URL action's headers template ({@code url_action_rest.json}). */
    public static final String DEFAULT_REST_HEADERS = "{\n"
            + "  \"Content-Type\": \"application/json\",\n"
            + "  \"X-TRMM-Webhook-Secret\": \"{{global.asset_webhook_secret}}\"\n"
            + "}";

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f]");
    private static final Pattern LONE_BACKSLASH = Pattern.compile("(?<!\\\\)(\\\\)(?![\\\\nrt])");
    private static final Pattern URL = Pattern.compile("([a-zA-Z][a-zA-Z0-9+.\\-]*)://([^/?#]*)([^?#]*)(\\?[^#]*)?(#.*)?");

    private TacticalWebhooks() {
    }

    /** One request exactly as it goes on the wire (headers in order, {@code Host} first). */
    public record WebhookRequest(String method, String url, String target, List<Map.Entry<String, String>> headers,
                                 byte[] body) {

        public String bodyText() {
            return body == null ? null : new String(body, StandardCharsets.UTF_8);
        }

        public String header(String name) {
            for (Map.Entry<String, String> header : headers) {
                if (header.getKey().equalsIgnoreCase(name)) {
                    return header.getValue();
                }
            }
            return null;
        }

        /** The raw HTTP/1.1 request head and body. */
        public byte[] wire() {
            StringBuilder head = new StringBuilder();
            head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
            for (Map.Entry<String, String> header : headers) {
                head.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
            }
            head.append("\r\n");
            byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
            byte[] out = new byte[headBytes.length + (body == null ? 0 : body.length)];
            System.arraycopy(headBytes, 0, out, 0, headBytes.length);
            if (body != null) {
                System.arraycopy(body, 0, out, headBytes.length, body.length);
            }
            return out;
        }
    }

    /**
     * What Tactical records on the alert: the HTTP status (or 500 when the request raised) and the
     * response text (or the error text). {@code request} is null when it could not be built.
     */
    public record WebhookResult(int status, String responseBody, WebhookRequest request) {
    }

    /** The request could not be built or sent; Tactical stores {@code (str(e), 500)}. */
    static final class WebhookFailure extends RuntimeException {
        WebhookFailure(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * {@code _sanitize_webhook}: control characters other than tab, newline and carriage return become
     * spaces; a lone backslash not followed by {@code \ n r t} is doubled.
     */
    static String sanitize(String body) {
        String spaced = CONTROL.matcher(body).replaceAll(" ");
        return LONE_BACKSLASH.matcher(spaced).replaceAll(Matcher.quoteReplacement("\\\\"));
    }

    /** The body {@code json.dumps} produces: re-serialised JSON, or the sanitised text as a JSON string. */
    static String bodyJson(String substitutedBody) {
        String sanitized = sanitize(substitutedBody);
        try {
            return PyJson.python(PyJson.loads(sanitized, false, true));
        } catch (PyJson.DecodeError e) {
            return PyJson.pythonString(sanitized);
        }
    }

    /**
     * Builds the request from substituted URL, body and headers text (Tactical does the substitution
     * first, then requotes the URL).
     */
    static WebhookRequest build(String method, String url, String body, String headers,
                                TacticalSimulatorConfig config) {
        String m = method.toLowerCase(Locale.ROOT);
        if (!List.of("get", "post", "put", "patch", "delete").contains(m)) {
            throw new WebhookFailure("module 'requests' has no attribute '" + method + "'");
        }
        String requoted = Py.requoteUri(url).strip();
        Matcher parts = URL.matcher(requoted);
        if (!parts.matches()) {
            throw new WebhookFailure("Invalid URL " + PyJson.pyRepr(requoted)
                    + ": No scheme supplied. Perhaps you meant https://" + requoted + "?");
        }
        String scheme = parts.group(1).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new WebhookFailure("No connection adapters were found for " + PyJson.pyRepr(requoted));
        }
        String netloc = parts.group(2);
        int at = netloc.lastIndexOf('@');
        String hostPort = at >= 0 ? netloc.substring(at + 1) : netloc;
        if (hostPort.isEmpty()) {
            throw new WebhookFailure("Invalid URL " + PyJson.pyRepr(requoted) + ": No host supplied");
        }
        String host = hostPort.toLowerCase(Locale.ROOT);
        int defaultPort = scheme.equals("https") ? 443 : 80;
        String hostHeader = host;
        int colon = host.lastIndexOf(':');
        if (colon > host.lastIndexOf(']')) {
            String portText = host.substring(colon + 1);
            if (portText.isEmpty() || Integer.parseInt(portText) == defaultPort) {
                hostHeader = host.substring(0, colon);
            }
        }
        String path = parts.group(3).isEmpty() ? "/" : parts.group(3);
        String target = path + (parts.group(4) == null ? "" : parts.group(4));

        boolean hasBody = m.equals("post") || m.equals("put") || m.equals("patch");
        byte[] payload = hasBody ? bodyJson(body).getBytes(StandardCharsets.UTF_8) : null;

        // requests: merge_setting(request headers, session defaults), then Content-Length
        LinkedHashMap<String, Map.Entry<String, String>> merged = new LinkedHashMap<>();
        Object parsedHeaders = parseHeaders(headers);
        boolean defaults = parsedHeaders == null || parsedHeaders instanceof JsonNode node && node.isObject();
        if (defaults) {
            putHeader(merged, "User-Agent", config.requestsUserAgent());
            putHeader(merged, "Accept-Encoding", config.acceptEncoding());
            putHeader(merged, "Accept", "*/*");
            putHeader(merged, "Connection", "keep-alive");
            if (parsedHeaders != null) {
                for (Map.Entry<String, JsonNode> entry : ((JsonNode) parsedHeaders).properties()) {
                    JsonNode value = entry.getValue();
                    if (value.isNull()) {
                        merged.remove(entry.getKey().toLowerCase(Locale.ROOT));
                        continue;
                    }
                    if (!value.isString()) {
                        throw new WebhookFailure("Header part (" + Py.repr(Py.fromJson(value)) + ") from ("
                                + Py.repr(entry.getKey()) + ", " + Py.repr(Py.fromJson(value))
                                + ") must be of type str or bytes, not <class '" + pyType(value) + "'>");
                    }
                    String text = value.stringValue();
                    if (!text.isEmpty() && (Character.isWhitespace(text.charAt(0)) || text.contains("\r")
                            || text.contains("\n"))) {
                        throw new WebhookFailure("Invalid leading whitespace, reserved character(s), or return "
                                + "character(s) in header value: " + PyJson.pyRepr(text));
                    }
                    putHeader(merged, entry.getKey(), text);
                }
            }
        } else if (Py.truthy(parsedHeaders)) {
            throw new WebhookFailure("'" + pyType(parsedHeaders) + "' object has no attribute 'items'");
        }
        if (payload != null) {
            putHeader(merged, "Content-Length", Integer.toString(payload.length));
        } else if (m.equals("delete")) {
            putHeader(merged, "Content-Length", "0");
        }

        // urllib3 / http.client: Host, Accept-Encoding: identity, User-Agent, then the headers
        List<Map.Entry<String, String>> wire = new ArrayList<>();
        if (!merged.containsKey("host")) {
            wire.add(Map.entry("Host", hostHeader));
        }
        if (!merged.containsKey("accept-encoding")) {
            wire.add(Map.entry("Accept-Encoding", "identity"));
        }
        if (!merged.containsKey("user-agent")) {
            wire.add(Map.entry("User-Agent", config.urllib3UserAgent()));
        }
        wire.addAll(merged.values());
        return new WebhookRequest(m.toUpperCase(Locale.ROOT), requoted, target, List.copyOf(wire), payload);
    }

    /** The parsed headers template: a JSON value, the raw text when it does not parse, null for JSON null. */
    private static Object parseHeaders(String headers) {
        try {
            JsonNode node = PyJson.loads(headers, false, true);
            return node.isNull() ? null : node;
        } catch (PyJson.DecodeError e) {
            return headers;
        }
    }

    private static void putHeader(LinkedHashMap<String, Map.Entry<String, String>> headers, String name,
                                  String value) {
        headers.put(name.toLowerCase(Locale.ROOT), Map.entry(name, value));
    }

    private static String pyType(Object value) {
        if (value instanceof String) {
            return "str";
        }
        JsonNode node = (JsonNode) value;
        if (node.isString()) {
            return "str";
        }
        if (node.isBoolean()) {
            return "bool";
        }
        if (node.isIntegralNumber()) {
            return "int";
        }
        if (node.isNumber()) {
            return "float";
        }
        if (node.isArray()) {
            return "list";
        }
        return "dict";
    }

    /**
     * Sends the request on a connection of its own, as {@code requests.post} does, and reads the response (decoding
     * gzip/deflate as requests does).
     */
    public static WebhookResult send(WebhookRequest request, Duration timeout) {
        Matcher parts = URL.matcher(request.url());
        if (!parts.matches()) {
            return new WebhookResult(500, "Invalid URL", request);
        }
        boolean tls = parts.group(1).equalsIgnoreCase("https");
        String hostPort = parts.group(2);
        int at = hostPort.lastIndexOf('@');
        hostPort = at >= 0 ? hostPort.substring(at + 1) : hostPort;
        String host = hostPort;
        int port = tls ? 443 : 80;
        int colon = hostPort.lastIndexOf(':');
        if (colon > hostPort.lastIndexOf(']')) {
            host = hostPort.substring(0, colon);
            String portText = hostPort.substring(colon + 1);
            if (!portText.isEmpty()) {
                port = Integer.parseInt(portText);
            }
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int millis = timeout == null ? 0 : (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        try (Socket socket = open(host, port, tls, millis)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.wire());
            out.flush();
            // Buffered: the status line and headers are read byte by byte, which is a system call each on a bare socket.
            return readResponse(new BufferedInputStream(socket.getInputStream()), request);
        } catch (IOException | RuntimeException e) {
            return new WebhookResult(500, e.getClass().getSimpleName() + ": " + e.getMessage(), request);
        }
    }

    private static Socket open(String host, int port, boolean tls, int timeoutMillis) throws IOException {
        Socket plain = new Socket();
        plain.connect(new InetSocketAddress(host, port), timeoutMillis);
        plain.setSoTimeout(timeoutMillis);
        if (!tls) {
            return plain;
        }
        SSLSocket socket = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault())
                .createSocket(plain, host, port, true);
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        socket.setSSLParameters(parameters);
        socket.startHandshake();
        return socket;
    }

    private static WebhookResult readResponse(InputStream in, WebhookRequest request) throws IOException {
        String statusLine = readLine(in);
        if (statusLine == null) {
            throw new IOException("RemoteDisconnected('Remote end closed connection without response')");
        }
        String[] status = statusLine.split(" ", 3);
        int code = Integer.parseInt(status[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        String line;
        while ((line = readLine(in)) != null && !line.isEmpty()) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
            }
        }
        byte[] body;
        if (request.method().equals("HEAD") || code == 204 || code == 304 || (code >= 100 && code < 200)) {
            body = new byte[0];
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = readChunked(in);
        } else if (headers.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        } else {
            body = in.readAllBytes();
        }
        String encoding = headers.getOrDefault("content-encoding", "").toLowerCase(Locale.ROOT);
        if (encoding.equals("gzip")) {
            body = new GZIPInputStream(new java.io.ByteArrayInputStream(body)).readAllBytes();
        } else if (encoding.equals("deflate")) {
            body = new InflaterInputStream(new java.io.ByteArrayInputStream(body)).readAllBytes();
        }
        return new WebhookResult(code, new String(body, charset(headers.get("content-type"))), request);
    }

    private static Charset charset(String contentType) {
        if (contentType != null) {
            Matcher m = Pattern.compile("charset=\"?([^\";]+)", Pattern.CASE_INSENSITIVE).matcher(contentType);
            if (m.find()) {
                try {
                    return Charset.forName(m.group(1).strip());
                } catch (RuntimeException e) {
                    return StandardCharsets.UTF_8;
                }
            }
            if (contentType.toLowerCase(Locale.ROOT).startsWith("text/")) {
                return StandardCharsets.ISO_8859_1;
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static byte[] readChunked(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine(in);
            if (sizeLine == null) {
                break;
            }
            int semicolon = sizeLine.indexOf(';');
            int size = Integer.parseInt((semicolon >= 0 ? sizeLine.substring(0, semicolon) : sizeLine).strip(), 16);
            if (size == 0) {
                while (true) {
                    String trailer = readLine(in);
                    if (trailer == null || trailer.isEmpty()) {
                        break;
                    }
                }
                break;
            }
            out.write(in.readNBytes(size));
            readLine(in);
        }
        return out.toByteArray();
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
            }
            line.write(c);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }
}
