package dev.tributary.integration;

import dev.tributary.integration.internal.Intervals;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The kernel's settings for providers with device sync: {@code deviceSync: {enabled,
 * intervalMinutes}} (15–1440 minutes, default 60) and {@code markMissingInactive}.
 */
public final class DeviceSyncSettings {

    public static final int MIN_INTERVAL = 15;
    public static final int MAX_INTERVAL = 1440;
    public static final int DEFAULT_INTERVAL = 60;
    /** A full walk a day is what lets missing devices be marked inactive. */
    public static final Duration FULL_SYNC_INTERVAL = Duration.ofHours(24);

    private DeviceSyncSettings() {
    }

    public static Map<String, Object> defaults() {
        Map<String, Object> deviceSync = new LinkedHashMap<>();
        deviceSync.put("enabled", false);
        deviceSync.put("intervalMinutes", DEFAULT_INTERVAL);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("deviceSync", deviceSync);
        settings.put("markMissingInactive", false);
        return settings;
    }

    public static boolean enabled(Map<String, Object> settings) {
        return settings.get("deviceSync") instanceof Map<?, ?> sync && Boolean.TRUE.equals(sync.get("enabled"));
    }

    public static Duration interval(Map<String, Object> settings) {
        Object value = settings.get("deviceSync") instanceof Map<?, ?> sync ? sync.get("intervalMinutes") : null;
        return Intervals.minutes(value, MIN_INTERVAL, MAX_INTERVAL, DEFAULT_INTERVAL);
    }

    /** Incremental syncs at the configured interval plus a daily full sync, when enabled. */
    public static Map<RunKind, Duration> schedules(Map<String, Object> settings) {
        if (!enabled(settings)) {
            return Map.of();
        }
        Map<RunKind, Duration> schedules = new LinkedHashMap<>();
        schedules.put(RunKind.INCREMENTAL_SYNC, interval(settings));
        schedules.put(RunKind.FULL_SYNC, FULL_SYNC_INTERVAL);
        return schedules;
    }
}
