package dev.tributary.platform;

import tools.jackson.databind.JsonNode;

/** Reads fields of a JSON request body, refusing wrong types with an {@link InvalidFieldException} naming the field. */
public final class RequestFields {

    private RequestFields() {
    }

    /** The string value of {@code field}, or null when it is absent or null. */
    public static String text(JsonNode request, String field) {
        JsonNode value = request.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new InvalidFieldException(field, "must be a string");
        }
        return value.asString();
    }

    /** A whole number within {@code [min, max]}. */
    public static int integerIn(String field, JsonNode value, int min, int max) {
        if (!value.isIntegralNumber()) {
            throw new InvalidFieldException(field, "must be a whole number between " + min + " and " + max);
        }
        long number = value.longValue();
        if (number < min || number > max) {
            throw new InvalidFieldException(field, "must be between " + min + " and " + max + " (was " + number + ")");
        }
        return (int) number;
    }
}
