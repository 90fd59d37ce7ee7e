package dev.tributary.huntress.settings;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The Huntress settings of one integration, read defensively from the stored JSON: missing or
 * garbage values give the defaults, numbers are clamped to their documented ranges, empty strings
 * count as absent. Writing goes through {@link SettingsValidator}, which refuses bad input instead.
 */
public record HuntressSettings(
        String accountId,
        String accountName,
        String accountSubdomain,
        Instant incidentCursor,
        int pollIntervalMinutes,
        int backfillDays,
        Map<String, UUID> severityPriorityMap,
        UUID boardId,
        UUID categoryId,
        UUID subcategoryId,
        UUID fallbackClientId,
        UUID fallbackBoardId,
        boolean autoCloseTickets,
        UUID closedStatusId) {

    public static final String ACCOUNT_ID = "accountId";
    public static final String ACCOUNT_NAME = "accountName";
    public static final String ACCOUNT_SUBDOMAIN = "accountSubdomain";
    public static final String INCIDENT_CURSOR = "incidentCursor";
    public static final String POLL_INTERVAL = "pollIntervalMinutes";
    public static final String BACKFILL_DAYS = "backfillDays";
    public static final String SEVERITY_PRIORITY_MAP = "severityPriorityMap";
    public static final String BOARD = "boardId";
    public static final String CATEGORY = "categoryId";
    public static final String SUBCATEGORY = "subcategoryId";
    public static final String FALLBACK_CLIENT = "fallbackClientId";
    public static final String FALLBACK_BOARD = "fallbackBoardId";
    public static final String AUTO_CLOSE = "autoCloseTickets";
    public static final String CLOSED_STATUS = "closedStatusId";

    public static final List<String> SEVERITIES = List.of("critical", "high", "low");

    public static final int POLL_MIN = 1;
    public static final int POLL_MAX = 60;
    public static final int POLL_DEFAULT = 5;
    public static final int BACKFILL_MIN = 1;
    public static final int BACKFILL_MAX = 30;
    public static final int BACKFILL_DEFAULT = 7;

    public HuntressSettings {
        severityPriorityMap = severityPriorityMap == null ? Map.of() : Map.copyOf(severityPriorityMap);
    }

    /** Defaults of a new integration (every routing key present, unset). */
    public static Map<String, Object> defaults() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put(POLL_INTERVAL, POLL_DEFAULT);
        settings.put(BACKFILL_DAYS, BACKFILL_DEFAULT);
        settings.put(SEVERITY_PRIORITY_MAP, new LinkedHashMap<>());
        settings.put(BOARD, null);
        settings.put(CATEGORY, null);
        settings.put(SUBCATEGORY, null);
        settings.put(FALLBACK_CLIENT, null);
        settings.put(FALLBACK_BOARD, null);
        settings.put(AUTO_CLOSE, false);
        settings.put(CLOSED_STATUS, null);
        return settings;
    }

    public static HuntressSettings parse(Map<String, Object> raw) {
        Map<String, Object> s = raw == null ? Map.of() : raw;
        Map<String, UUID> priorities = new LinkedHashMap<>();
        if (s.get(SEVERITY_PRIORITY_MAP) instanceof Map<?, ?> map) {
            for (String severity : SEVERITIES) {
                UUID id = uuid(map.get(severity));
                if (id != null) {
                    priorities.put(severity, id);
                }
            }
        }
        return new HuntressSettings(text(s.get(ACCOUNT_ID)), text(s.get(ACCOUNT_NAME)), text(s.get(ACCOUNT_SUBDOMAIN)),
                instant(s.get(INCIDENT_CURSOR)), clamp(s.get(POLL_INTERVAL), POLL_MIN, POLL_MAX, POLL_DEFAULT),
                clamp(s.get(BACKFILL_DAYS), BACKFILL_MIN, BACKFILL_MAX, BACKFILL_DEFAULT), priorities, uuid(s.get(BOARD)),
                uuid(s.get(CATEGORY)), uuid(s.get(SUBCATEGORY)), uuid(s.get(FALLBACK_CLIENT)), uuid(s.get(FALLBACK_BOARD)),
                Boolean.TRUE.equals(s.get(AUTO_CLOSE)) || "true".equals(s.get(AUTO_CLOSE)), uuid(s.get(CLOSED_STATUS)));
    }

    /** What is still missing before polling may start, as the settings page names it; empty when complete. */
    public List<String> missingRouting() {
        List<String> missing = new ArrayList<>();
        if (boardId == null) {
            missing.add("security board");
        }
        if (fallbackClientId == null) {
            missing.add("fallback client");
        }
        if (fallbackBoardId == null) {
            missing.add("fallback (triage) board");
        }
        for (String severity : SEVERITIES) {
            if (!severityPriorityMap.containsKey(severity)) {
                missing.add("priority for " + severity + " severity");
            }
        }
        return missing;
    }

    public boolean routingComplete() {
        return missingRouting().isEmpty();
    }

    public Duration pollInterval() {
        return Duration.ofMinutes(pollIntervalMinutes);
    }

    /**
     * The priority for a Huntress severity. Huntress has only low, high and critical; an unknown
     * future value is treated as high, so a SOC-reviewed incident is never filed as low by accident.
     */
    public UUID priorityFor(String severity) {
        UUID exact = severity == null ? null : severityPriorityMap.get(severity);
        return exact != null ? exact : severityPriorityMap.get("high");
    }

    public boolean autoCloseActive() {
        return autoCloseTickets && closedStatusId != null;
    }

    // ---------------------------------------------------------------- lenient readers

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString().trim();
        return text.isEmpty() ? null : text;
    }

    static UUID uuid(Object value) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static Instant instant(Object value) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    static int clamp(Object value, int min, int max, int defaultValue) {
        Integer parsed = null;
        if (value instanceof Number number) {
            parsed = (int) Math.round(number.doubleValue());
        } else if (value instanceof String text) {
            try {
                parsed = (int) Math.round(Double.parseDouble(text.trim()));
            } catch (NumberFormatException ignored) {
                parsed = null;
            }
        }
        return parsed == null ? defaultValue : Math.max(min, Math.min(max, parsed));
    }
}
