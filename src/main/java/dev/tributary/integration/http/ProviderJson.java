package dev.tributary.integration.http;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading provider payloads tolerantly: unknown fields and enum values are accepted, and the
 * helpers never throw on a missing, null or oddly typed value.
 */
public final class ProviderJson {

    public static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(tools.jackson.databind.cfg.EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
            .build();

    private ProviderJson() {
    }

    public static JsonNode parse(ProviderGuidance guidance, ProviderResponse response) {
        if (response.isHtml()) {
            throw ErrorClassifier.malformed(guidance, response);
        }
        try {
            return MAPPER.readTree(response.body());
        } catch (RuntimeException e) {
            throw ErrorClassifier.malformed(guidance, response);
        }
    }

    /** Text of a field; numbers become their decimal text; null/missing/empty give null. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull() || value.isMissingNode() || value.isContainer()) {
            return null;
        }
        String text = value.isNumber() ? value.numberValue().toString() : value.asString();
        return text.isEmpty() ? null : text;
    }

    public static Long longValue(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.longValue();
        }
        try {
            return Long.parseLong(value.asString().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static Double doubleValue(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.doubleValue();
        }
        try {
            return Double.parseDouble(value.asString().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static boolean bool(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && (value.isBoolean() ? value.booleanValue() : "true".equalsIgnoreCase(value.asString()));
    }

    /** An ISO-8601 instant (fractions and offsets accepted); unparseable values give null. */
    public static Instant instant(JsonNode node, String field) {
        String text = text(node, field);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }
}
