package dev.tributary.huntress.client;

import dev.tributary.integration.http.ProviderJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads Huntress payloads tolerantly: unknown fields and enum values pass through, ids may be
 * numbers or strings, {@code remediations} may be the current object or the historic bare array,
 * {@code parameters} may be an array of pairs, a string or nothing. Never throws on a single odd
 * field: a malformed value becomes null or empty.
 */
public final class HuntressParser {

    private HuntressParser() {
    }

    public static Account account(JsonNode body) {
        JsonNode account = body == null ? null : body.get("account");
        if (account == null || !account.isObject()) {
            // Tolerate an unwrapped account; the documented shape is {"account": {...}}.
            account = body;
        }
        return new Account(id(account, "id"), text(account, "name"), text(account, "subdomain"));
    }

    public static Organization organization(JsonNode node) {
        return new Organization(id(node, "id"), text(node, "name"), text(node, "key"), ProviderJson.longValue(node, "agents_count"));
    }

    public static Agent agent(JsonNode node) {
        return new Agent(id(node, "id"), id(node, "organization_id"), text(node, "hostname"), text(node, "platform"),
                text(node, "os"), text(node, "ipv4_address"), text(node, "external_ip"), text(node, "serial_number"),
                ProviderJson.instant(node, "last_callback_at"));
    }

    public static Incident incident(JsonNode node) {
        return new Incident(id(node, "id"), id(node, "organization_id"), id(node, "agent_id"), text(node, "subject"),
                text(node, "summary"), text(node, "body"), text(node, "severity"), text(node, "status"), text(node, "platform"),
                strings(node == null ? null : node.get("indicator_types")), counts(node == null ? null : node.get("indicator_counts")),
                remediations(node == null ? null : node.get("remediations")), ProviderJson.instant(node, "sent_at"),
                ProviderJson.instant(node, "status_updated_at"), ProviderJson.instant(node, "closed_at"),
                ProviderJson.instant(node, "updated_at"), text(node, "updated_at"));
    }

    static Remediations remediations(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Remediations.NONE;
        }
        if (node.isArray()) {
            List<Remediation> items = items(node);
            return new Remediations(items.size(), false, items);
        }
        if (!node.isObject()) {
            return Remediations.NONE;
        }
        List<Remediation> items = items(node.get("items"));
        Long total = ProviderJson.longValue(node, "total_count");
        int totalCount = total == null ? items.size() : (int) Math.min(Integer.MAX_VALUE, Math.max(total, items.size()));
        boolean hasMore = ProviderJson.bool(node, "has_more") || totalCount > items.size();
        return new Remediations(totalCount, hasMore, items);
    }

    private static List<Remediation> items(JsonNode array) {
        List<Remediation> items = new ArrayList<>();
        if (array == null || !array.isArray()) {
            return items;
        }
        for (JsonNode item : array.values()) {
            if (item != null && item.isObject()) {
                items.add(new Remediation(id(item, "id"), text(item, "type"), text(item, "action"), text(item, "status"),
                        parameters(item.get("parameters")), ProviderJson.instant(item, "approved_at"), approver(item.get("approved_by")),
                        ProviderJson.instant(item, "completed_at")));
            }
        }
        return items;
    }

    /** Array of {@code {name, description}} pairs, array of strings, one string, or nothing. */
    static List<String> parameters(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node == null || node.isNull() || node.isMissingNode()) {
            return values;
        }
        if (node.isArray()) {
            for (JsonNode element : node.values()) {
                addParameter(values, element);
            }
        } else {
            addParameter(values, node);
        }
        return values;
    }

    private static void addParameter(List<String> values, JsonNode element) {
        if (element == null || element.isNull()) {
            return;
        }
        String value;
        if (element.isObject()) {
            // {name, description}: the description is the value (a path, a task name); an empty one is dropped.
            value = element.has("description") ? text(element, "description") : text(element, "value");
        } else if (element.isArray()) {
            value = null;
        } else {
            value = element.isNumber() ? element.numberValue().toString() : element.asString();
        }
        if (value != null && !value.isBlank()) {
            values.add(value.trim());
        }
    }

    private static String approver(JsonNode node) {
        if (node == null || !node.isObject()) {
            return null;
        }
        String name = text(node, "name");
        if (name == null) {
            String first = text(node, "first_name");
            String last = text(node, "last_name");
            name = first == null && last == null ? null : ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim();
        }
        return name != null ? name : text(node, "email");
    }

    static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (node.isArray()) {
            for (JsonNode element : node.values()) {
                if (element != null && !element.isNull() && !element.isContainer() && !element.asString().isBlank()) {
                    values.add(element.asString().trim());
                }
            }
        } else if (node.isString() && !node.asString().isBlank()) {
            values.add(node.asString().trim());
        }
        return values;
    }

    static Map<String, Integer> counts(JsonNode node) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (node == null || !node.isObject()) {
            return counts;
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            Long value = ProviderJson.longValue(node, entry.getKey());
            if (value != null) {
                counts.put(entry.getKey(), (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value)));
            }
        }
        return counts;
    }

    /** An id as text, whether Huntress sent a number or a string; null when absent. */
    static String id(JsonNode node, String field) {
        String text = text(node, field);
        return text == null ? null : text.trim();
    }

    static String text(JsonNode node, String field) {
        if (node == null || !node.isObject()) {
            return null;
        }
        String text = ProviderJson.text(node, field);
        return text == null || text.isBlank() ? null : text;
    }

    /** Parses {@code updated_at}-like values (ISO-8601 with or without fraction/offset). */
    public static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(text).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            try {
                return Instant.parse(text);
            } catch (java.time.format.DateTimeParseException again) {
                return null;
            }
        }
    }
}
