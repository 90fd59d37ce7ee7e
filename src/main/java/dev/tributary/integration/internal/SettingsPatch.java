package dev.tributary.integration.internal;

import dev.tributary.platform.InvalidFieldException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * JSON merge patch (RFC 7386) helpers and the kernel's validation of its own settings keys.
 * Pure functions; table-tested.
 */
public final class SettingsPatch {

    public static final Set<String> KERNEL_KEYS = Set.of("deviceSync", "markMissingInactive");

    private SettingsPatch() {
    }

    /** Validates and applies the kernel keys of a patch; returns the merged settings. */
    public static Map<String, Object> applyKernelKeys(Map<String, Object> current, JsonNode patch) {
        Map<String, Object> result = new LinkedHashMap<>(current);
        if (patch.has("markMissingInactive")) {
            JsonNode value = patch.get("markMissingInactive");
            if (value.isNull()) {
                result.put("markMissingInactive", false);
            } else if (value.isBoolean()) {
                result.put("markMissingInactive", value.booleanValue());
            } else {
                throw new InvalidFieldException("markMissingInactive", "must be true or false");
            }
        }
        if (patch.has("deviceSync")) {
            JsonNode sync = patch.get("deviceSync");
            Map<String, Object> merged = new LinkedHashMap<>();
            if (current.get("deviceSync") instanceof Map<?, ?> existing) {
                existing.forEach((k, v) -> merged.put(String.valueOf(k), v));
            }
            if (sync.isNull()) {
                merged.put("enabled", false);
            } else if (!sync.isObject()) {
                throw new InvalidFieldException("deviceSync", "must be an object {enabled, intervalMinutes}");
            } else {
                for (var entry : sync.properties()) {
                    switch (entry.getKey()) {
                        case "enabled" -> merged.put("enabled", bool("deviceSync.enabled", entry.getValue()));
                        case "intervalMinutes" -> merged.put("intervalMinutes", integerIn("deviceSync.intervalMinutes",
                                entry.getValue(), 15, 1440));
                        default -> throw new InvalidFieldException("deviceSync." + entry.getKey(), "is not a setting");
                    }
                }
            }
            result.put("deviceSync", merged);
        }
        return result;
    }

    public static boolean bool(String field, JsonNode value) {
        if (value == null || !value.isBoolean()) {
            throw new InvalidFieldException(field, "must be true or false");
        }
        return value.booleanValue();
    }

    public static int integerIn(String field, JsonNode value, int min, int max) {
        if (value == null || !value.isIntegralNumber()) {
            throw new InvalidFieldException(field, "must be a whole number between " + min + " and " + max);
        }
        long number = value.longValue();
        if (number < min || number > max) {
            throw new InvalidFieldException(field, "must be between " + min + " and " + max + " (was " + number + ")");
        }
        return (int) number;
    }

    /** Keys of the patch that the kernel does not own, as a patch for the provider. */
    public static JsonNode withoutKernelKeys(JsonNode patch, tools.jackson.databind.json.JsonMapper mapper) {
        var copy = mapper.createObjectNode();
        for (var entry : patch.properties()) {
            if (!KERNEL_KEYS.contains(entry.getKey())) {
                copy.set(entry.getKey(), entry.getValue());
            }
        }
        return copy;
    }
}
