package dev.tributary.tacticalrmm;

import static dev.tributary.platform.RequestFields.integerIn;

import dev.tributary.integration.DeviceSyncSettings;
import dev.tributary.integration.RunKind;
import dev.tributary.platform.InvalidFieldException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Tactical's own settings (the kernel owns {@code deviceSync} and {@code markMissingInactive}):
 *
 * <ul>
 *   <li>{@code alertBackfill: {enabled, intervalMinutes, days}}: poll {@code PATCH /alerts/} on a schedule
 *       (default off, every 15 minutes, 5–60) for alerts of the last {@code days} days (default 30, 1–90),
 *       resolved ones included so rows resolved in Tactical get resolved here.</li>
 *   <li>{@code softwareSync: {enabled, intervalMinutes}}: read the bulk software inventory on a schedule
 *       (default off, daily, 60–10,080 minutes).</li>
 *   <li>{@code authMode}: read-only, {@code api_key} or {@code credentials}, set by the connection.</li>
 * </ul>
 */
public final class TacticalSettings {

    public static final String ALERT_BACKFILL = "alertBackfill";
    public static final String SOFTWARE_SYNC = "softwareSync";
    public static final String AUTH_MODE = "authMode";
    public static final String ENABLED = "enabled";
    public static final String INTERVAL = "intervalMinutes";
    public static final String DAYS = "days";

    static final Set<String> READ_ONLY = Set.of(AUTH_MODE);

    private TacticalSettings() {
    }

    public static Map<String, Object> defaults() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put(ALERT_BACKFILL, new LinkedHashMap<>(Map.of(ENABLED, false, INTERVAL, 15, DAYS, 30)));
        settings.put(SOFTWARE_SYNC, new LinkedHashMap<>(Map.of(ENABLED, false, INTERVAL, 1440)));
        return settings;
    }

    /** Device syncs (kernel rule) plus the enabled alert backfill and software sync, with clamped intervals. */
    public static Map<RunKind, Duration> schedules(Map<String, Object> settings) {
        Map<RunKind, Duration> schedules = new LinkedHashMap<>(DeviceSyncSettings.schedules(settings));
        if (enabled(settings, ALERT_BACKFILL)) {
            schedules.put(RunKind.ALERTS_BACKFILL, Duration.ofMinutes(number(settings, ALERT_BACKFILL, INTERVAL, 15, 5, 60)));
        }
        if (enabled(settings, SOFTWARE_SYNC)) {
            schedules.put(RunKind.SOFTWARE_SYNC, Duration.ofMinutes(number(settings, SOFTWARE_SYNC, INTERVAL, 1440, 60, 10080)));
        }
        return schedules;
    }

    public static int backfillDays(Map<String, Object> settings) {
        return number(settings, ALERT_BACKFILL, DAYS, 30, 1, 90);
    }

    public static String authMode(Map<String, Object> settings) {
        return settings.get(AUTH_MODE) instanceof String mode ? mode : "api_key";
    }

    /**
     * Validates and applies a merge patch of Tactical's keys.
     *
     * @throws InvalidFieldException naming the field for an unknown key or an invalid value
     */
    public static Map<String, Object> applyPatch(Map<String, Object> current, JsonNode patch) {
        Map<String, Object> result = new LinkedHashMap<>(current);
        for (var entry : patch.properties()) {
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            switch (key) {
                case ALERT_BACKFILL -> result.put(key, group(key, value, result.get(key), 15, 5, 60, true));
                case SOFTWARE_SYNC -> result.put(key, group(key, value, result.get(key), 1440, 60, 10080, false));
                default -> throw new InvalidFieldException(key, "is not a setting of Tactical RMM (settings: deviceSync, "
                        + "markMissingInactive, alertBackfill, softwareSync)");
            }
        }
        return result;
    }

    private static Map<String, Object> group(String key, JsonNode value, Object current, int defaultInterval, int min, int max,
                                             boolean withDays) {
        Map<String, Object> group = new LinkedHashMap<>();
        if (current instanceof Map<?, ?> map) {
            map.forEach((k, v) -> group.put(String.valueOf(k), v));
        }
        group.putIfAbsent(ENABLED, false);
        group.putIfAbsent(INTERVAL, defaultInterval);
        if (withDays) {
            group.putIfAbsent(DAYS, 30);
        }
        if (value.isNull()) {
            return group;
        }
        if (!value.isObject()) {
            throw new InvalidFieldException(key, "must be an object {enabled, intervalMinutes" + (withDays ? ", days}" : "}"));
        }
        for (var field : value.properties()) {
            String name = key + "." + field.getKey();
            JsonNode v = field.getValue();
            switch (field.getKey()) {
                case ENABLED -> {
                    if (!v.isBoolean()) {
                        throw new InvalidFieldException(name, "must be true or false");
                    }
                    group.put(ENABLED, v.booleanValue());
                }
                case INTERVAL -> group.put(INTERVAL, integerIn(name, v, min, max));
                case DAYS -> {
                    if (!withDays) {
                        throw new InvalidFieldException(name, "is not a setting of " + key);
                    }
                    group.put(DAYS, integerIn(name, v, 1, 90));
                }
                default -> throw new InvalidFieldException(name, "is not a setting of " + key);
            }
        }
        return group;
    }

    private static boolean enabled(Map<String, Object> settings, String group) {
        return settings.get(group) instanceof Map<?, ?> map && Boolean.TRUE.equals(map.get(ENABLED));
    }

    private static int number(Map<String, Object> settings, String group, String key, int fallback, int min, int max) {
        Object value = settings.get(group) instanceof Map<?, ?> map ? map.get(key) : null;
        int n = value instanceof Number number ? number.intValue() : fallback;
        return Math.max(min, Math.min(max, n));
    }
}
