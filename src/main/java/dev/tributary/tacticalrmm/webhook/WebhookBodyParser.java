package dev.tributary.tacticalrmm.webhook;

import dev.tributary.integration.WebhookCapability.WebhookRejection;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a webhook body exactly as Tactical renders it: placeholders are substituted without escaping, falsy
 * values become {@code None}, datetimes are Python {@code str(datetime)} ({@code 2026-06-15 22:47:57.221904+00:00}),
 * a body that parsed is re-serialized by Python (so {@code ", "} separators and {@code \\uXXXX} escapes), and a
 * body that did not parse (a quote or newline in a message) arrives as one JSON <em>string</em> holding the text.
 * Such a string is parsed again leniently, and as a last resort its {@code "key": value} pairs are read one by one.
 * Content-Type is never consulted. Pure: table-tested on the real renderings.
 */
public final class WebhookBodyParser {

    private static final JsonMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();
    private static final Pattern KEY = Pattern.compile("\"([A-Za-z_][A-Za-z0-9_.]*)\"\\s*:\\s*");
    private static final Pattern DIGITS = Pattern.compile("^\\d{10,13}(\\.\\d+)?$");

    private WebhookBodyParser() {
    }

    public static WebhookPayload parse(byte[] body) {
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new WebhookRejection(400, "The body is empty; Tactical RMM must send the JSON payload template.");
        }
        Map<String, String> fields = fields(text);
        if (fields == null) {
            throw new WebhookRejection(400, "The body is not a JSON object; paste the payload template into the URL "
                    + "action's REST body.");
        }
        String agentId = fields.get("agent_id");
        if (agentId == null) {
            throw new WebhookRejection(400, "agent_id is required: the REST body must contain \"agent_id\": "
                    + "\"{{agent.agent_id}}\".");
        }
        String event = fields.get("event");
        String resolvedFlag = fields.get("resolved");
        boolean resolved = (event != null && event.toLowerCase(Locale.ROOT).contains("resolve"))
                || "true".equalsIgnoreCase(resolvedFlag);
        String alertTimeText = fields.get("alert_time");
        return new WebhookPayload(agentId, fields.get("alert_id"), event, fields.get("severity"), fields.get("message"),
                instant(alertTimeText), alertTimeText, fields.get("client_id"), fields.get("site_id"),
                first(fields, "alert_type", "check_id"), first(fields, "hostname", "agent_hostname"), resolved,
                instant(fields.get("resolved_on")), fields);
    }

    /** The body's fields as text, or null when it is no object at all. */
    static Map<String, String> fields(String text) {
        JsonNode node = tryParse(text);
        if (node != null && node.isString()) {
            String inner = node.asString();
            JsonNode innerNode = tryParse(inner);
            if (innerNode != null && innerNode.isObject()) {
                return fromObject(innerNode);
            }
            return pairs(inner);
        }
        if (node != null && node.isObject()) {
            return fromObject(node);
        }
        if (node != null) {
            return null;
        }
        return pairs(text);
    }

    private static JsonNode tryParse(String text) {
        try {
            return LENIENT.readTree(text);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Map<String, String> fromObject(JsonNode object) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (var entry : object.properties()) {
            JsonNode value = entry.getValue();
            String text;
            if (value == null || value.isNull()) {
                text = null;
            } else if (value.isString()) {
                text = value.asString();
            } else if (value.isNumber()) {
                text = value.numberValue().toString();
            } else if (value.isBoolean()) {
                text = value.booleanValue() ? "True" : null;
            } else {
                text = value.toString();
            }
            fields.put(entry.getKey(), clean(text));
        }
        return fields;
    }

    /**
     * The last resort for text that is not JSON (an unescaped quote inside a message): every {@code "key":} starts a
     * field whose value runs to the next key; a surrounding pair of quotes and the separating comma are removed.
     */
    static Map<String, String> pairs(String text) {
        String body = text.strip();
        if (body.startsWith("{")) {
            body = body.substring(1);
        }
        if (body.endsWith("}")) {
            body = body.substring(0, body.length() - 1);
        }
        Matcher m = KEY.matcher(body);
        Map<String, String> fields = new LinkedHashMap<>();
        String key = null;
        int valueStart = 0;
        while (m.find()) {
            if (key != null && !precededBySeparator(body, m.start())) {
                continue;
            }
            if (key != null) {
                fields.putIfAbsent(key, value(body.substring(valueStart, m.start())));
            }
            key = m.group(1);
            valueStart = m.end();
        }
        if (key != null) {
            fields.putIfAbsent(key, value(body.substring(valueStart)));
        }
        return fields.isEmpty() ? null : fields;
    }

    /** A key only starts a new field after a comma (ignoring whitespace), not in the middle of a value. */
    private static boolean precededBySeparator(String body, int index) {
        for (int i = index - 1; i >= 0; i--) {
            char c = body.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == ',';
            }
        }
        return true;
    }

    private static String value(String raw) {
        String value = raw.strip();
        if (value.endsWith(",")) {
            value = value.substring(0, value.length() - 1).strip();
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        return clean(value);
    }

    /** Tactical renders every falsy value as {@code None}; empty text means the same. */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        return trimmed.isEmpty() || trimmed.equals("None") || trimmed.equals("null") ? null : trimmed;
    }

    /**
     * A Tactical time: Python {@code str(datetime)} ({@code 2026-06-15 22:47:57.221904+00:00}), the API's ISO form
     * ({@code 2026-06-15T22:47:57.221904Z}), a naive value (UTC), or epoch seconds/milliseconds. Else null.
     */
    public static Instant instant(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.trim();
        if (DIGITS.matcher(value).matches()) {
            double number = Double.parseDouble(value);
            return value.indexOf('.') < 0 && value.length() == 13 ? Instant.ofEpochMilli((long) number)
                    : Instant.ofEpochMilli(Math.round(number * 1000));
        }
        String iso = value.length() > 10 && value.charAt(10) == ' ' ? value.substring(0, 10) + "T" + value.substring(11) : value;
        try {
            return OffsetDateTime.parse(iso).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    private static String first(Map<String, String> fields, String... keys) {
        for (String key : keys) {
            String value = fields.get(key);
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
