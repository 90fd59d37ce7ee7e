package dev.tributary.huntress.settings;

import static dev.tributary.huntress.settings.HuntressSettings.ACCOUNT_ID;
import static dev.tributary.huntress.settings.HuntressSettings.ACCOUNT_NAME;
import static dev.tributary.huntress.settings.HuntressSettings.ACCOUNT_SUBDOMAIN;
import static dev.tributary.huntress.settings.HuntressSettings.AUTO_CLOSE;
import static dev.tributary.huntress.settings.HuntressSettings.BACKFILL_DAYS;
import static dev.tributary.huntress.settings.HuntressSettings.BOARD;
import static dev.tributary.huntress.settings.HuntressSettings.CATEGORY;
import static dev.tributary.huntress.settings.HuntressSettings.CLOSED_STATUS;
import static dev.tributary.huntress.settings.HuntressSettings.FALLBACK_BOARD;
import static dev.tributary.huntress.settings.HuntressSettings.FALLBACK_CLIENT;
import static dev.tributary.huntress.settings.HuntressSettings.INCIDENT_CURSOR;
import static dev.tributary.huntress.settings.HuntressSettings.POLL_INTERVAL;
import static dev.tributary.huntress.settings.HuntressSettings.SEVERITY_PRIORITY_MAP;
import static dev.tributary.huntress.settings.HuntressSettings.SUBCATEGORY;

import dev.tributary.platform.InvalidFieldException;
import dev.tributary.psa.Clients;
import dev.tributary.psa.TicketSetup;
import dev.tributary.psa.TicketSetup.CategoryInfo;
import dev.tributary.psa.TicketSetup.StatusInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Applies a JSON merge patch to the Huntress settings, refusing anything that cannot work with a
 * 422 naming the field: ids that do not exist in the tenant, numbers outside their ranges, values of
 * the wrong type, keys that are not Huntress settings. {@code null} clears a value.
 */
public final class SettingsValidator {

    /** Owned by connect and the poller; users may not patch them. */
    public static final Set<String> READ_ONLY = Set.of(ACCOUNT_ID, ACCOUNT_NAME, ACCOUNT_SUBDOMAIN, INCIDENT_CURSOR);

    static final Set<String> EDITABLE = Set.of(BOARD, CATEGORY, SUBCATEGORY, FALLBACK_CLIENT, FALLBACK_BOARD, SEVERITY_PRIORITY_MAP,
            AUTO_CLOSE, CLOSED_STATUS, POLL_INTERVAL, BACKFILL_DAYS);

    private final TicketSetup setup;
    private final Clients clients;

    public SettingsValidator(TicketSetup setup, Clients clients) {
        this.setup = setup;
        this.clients = clients;
    }

    public Map<String, Object> apply(UUID tenantId, Map<String, Object> current, JsonNode patch) {
        Map<String, Object> next = new LinkedHashMap<>(current);
        for (Map.Entry<String, JsonNode> entry : patch.properties()) {
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            if (READ_ONLY.contains(key)) {
                throw new InvalidFieldException(key, "is read-only");
            }
            if (!EDITABLE.contains(key)) {
                throw new InvalidFieldException(key, "is not a Huntress setting");
            }
            switch (key) {
                case BOARD, FALLBACK_BOARD -> next.put(key, board(tenantId, key, value));
                case FALLBACK_CLIENT -> next.put(key, client(tenantId, key, value));
                case CATEGORY, SUBCATEGORY -> next.put(key, category(tenantId, key, value));
                case CLOSED_STATUS -> next.put(key, closedStatus(tenantId, key, value));
                case SEVERITY_PRIORITY_MAP -> next.put(key, priorities(tenantId, current.get(SEVERITY_PRIORITY_MAP), value));
                case AUTO_CLOSE -> next.put(key, bool(key, value));
                case POLL_INTERVAL -> next.put(key, range(key, value, HuntressSettings.POLL_MIN, HuntressSettings.POLL_MAX));
                case BACKFILL_DAYS -> next.put(key, range(key, value, HuntressSettings.BACKFILL_MIN, HuntressSettings.BACKFILL_MAX));
                default -> throw new IllegalStateException(key);
            }
        }
        checkCombination(tenantId, next, patch);
        return next;
    }

    /** Constraints between fields, checked only when the patch touches one of the fields involved. */
    private void checkCombination(UUID tenantId, Map<String, Object> next, JsonNode patch) {
        HuntressSettings settings = HuntressSettings.parse(next);
        if (touches(patch, CATEGORY, SUBCATEGORY) && settings.subcategoryId() != null) {
            CategoryInfo subcategory = setup.category(tenantId, settings.subcategoryId()).orElseThrow();
            if (settings.categoryId() == null || !Objects.equals(subcategory.parentId(), settings.categoryId())) {
                throw new InvalidFieldException(SUBCATEGORY, "must be a subcategory of the chosen category");
            }
        }
        if (touches(patch, CATEGORY, BOARD) && settings.categoryId() != null && settings.boardId() != null) {
            CategoryInfo category = setup.category(tenantId, settings.categoryId()).orElseThrow();
            if (category.boardId() != null && !category.boardId().equals(settings.boardId())) {
                throw new InvalidFieldException(patch.has(CATEGORY) ? CATEGORY : BOARD,
                        "the category belongs to another board than the security board");
            }
        }
        if (touches(patch, AUTO_CLOSE, CLOSED_STATUS) && settings.autoCloseTickets() && settings.closedStatusId() == null) {
            throw new InvalidFieldException(CLOSED_STATUS, "is required when autoCloseTickets is on");
        }
    }

    private static boolean touches(JsonNode patch, String... keys) {
        for (String key : keys) {
            if (patch.has(key)) {
                return true;
            }
        }
        return false;
    }

    private String board(UUID tenantId, String field, JsonNode value) {
        UUID id = id(field, value);
        if (id != null && setup.board(tenantId, id).isEmpty()) {
            throw new InvalidFieldException(field, "no such board");
        }
        return id == null ? null : id.toString();
    }

    private String client(UUID tenantId, String field, JsonNode value) {
        UUID id = id(field, value);
        if (id != null && !clients.exists(tenantId, id)) {
            throw new InvalidFieldException(field, "no such client");
        }
        return id == null ? null : id.toString();
    }

    private String category(UUID tenantId, String field, JsonNode value) {
        UUID id = id(field, value);
        if (id != null && setup.category(tenantId, id).isEmpty()) {
            throw new InvalidFieldException(field, "no such category");
        }
        return id == null ? null : id.toString();
    }

    private String closedStatus(UUID tenantId, String field, JsonNode value) {
        UUID id = id(field, value);
        if (id == null) {
            return null;
        }
        StatusInfo status = setup.status(tenantId, id).orElseThrow(() -> new InvalidFieldException(field, "no such status"));
        if (!status.isClosed()) {
            throw new InvalidFieldException(field, "must be a closed status");
        }
        return id.toString();
    }

    private Map<String, Object> priorities(UUID tenantId, Object current, JsonNode value) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (value == null || value.isNull()) {
            return map;
        }
        if (!value.isObject()) {
            throw new InvalidFieldException(SEVERITY_PRIORITY_MAP, "must be an object of critical, high and low");
        }
        if (current instanceof Map<?, ?> existing) {
            existing.forEach((severity, id) -> {
                if (HuntressSettings.SEVERITIES.contains(String.valueOf(severity)) && HuntressSettings.uuid(id) != null) {
                    map.put(String.valueOf(severity), id.toString());
                }
            });
        }
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            String severity = entry.getKey();
            String field = SEVERITY_PRIORITY_MAP + "." + severity;
            if (!HuntressSettings.SEVERITIES.contains(severity)) {
                throw new InvalidFieldException(field, "Huntress severities are critical, high and low");
            }
            UUID id = id(field, entry.getValue());
            if (id == null) {
                map.remove(severity);
            } else if (setup.priority(tenantId, id).isEmpty()) {
                throw new InvalidFieldException(field, "no such priority");
            } else {
                map.put(severity, id.toString());
            }
        }
        return map;
    }

    private static UUID id(String field, JsonNode value) {
        if (value == null || value.isNull() || (value.isString() && value.asString().isBlank())) {
            return null;
        }
        if (!value.isString()) {
            throw new InvalidFieldException(field, "must be an id (UUID string) or null");
        }
        try {
            return UUID.fromString(value.asString().trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, "must be an id (UUID string) or null");
        }
    }

    private static boolean bool(String field, JsonNode value) {
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new InvalidFieldException(field, "must be true or false");
        }
        return value.booleanValue();
    }

    private static int range(String field, JsonNode value, int min, int max) {
        long number;
        if (value != null && value.isIntegralNumber()) {
            number = value.longValue();
        } else if (value != null && value.isString() && value.asString().trim().matches("-?\\d{1,9}")) {
            number = Long.parseLong(value.asString().trim());
        } else {
            throw new InvalidFieldException(field, "must be a whole number between " + min + " and " + max);
        }
        if (number < min || number > max) {
            throw new InvalidFieldException(field, "must be between " + min + " and " + max);
        }
        return (int) number;
    }
}
