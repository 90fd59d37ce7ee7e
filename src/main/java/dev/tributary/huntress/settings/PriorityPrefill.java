package dev.tributary.huntress.settings;

import dev.tributary.psa.TicketSetup.PriorityInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Pre-fills the severity → priority map at connect time by case-insensitive exact name: critical
 * takes "Critical", else "Urgent"; high takes "High"; low takes "Medium", else "Low". A severity the
 * user already mapped is never touched; a severity with no matching priority stays unset.
 */
public final class PriorityPrefill {

    private static final Map<String, List<String>> PREFERENCES = Map.of(
            "critical", List.of("critical", "urgent"),
            "high", List.of("high"),
            "low", List.of("medium", "low"));

    private PriorityPrefill() {
    }

    /** The map after pre-filling: existing entries win; the result keeps only known severities. */
    public static Map<String, String> prefill(Map<String, ?> current, List<PriorityInfo> priorities) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String severity : HuntressSettings.SEVERITIES) {
            Object existing = current == null ? null : current.get(severity);
            if (HuntressSettings.uuid(existing) != null) {
                result.put(severity, existing.toString().trim());
                continue;
            }
            match(severity, priorities).ifPresent(id -> result.put(severity, id.toString()));
        }
        return result;
    }

    static Optional<UUID> match(String severity, List<PriorityInfo> priorities) {
        for (String wanted : PREFERENCES.getOrDefault(severity, List.of())) {
            for (PriorityInfo priority : priorities) {
                if (priority.name() != null && priority.name().trim().toLowerCase(Locale.ROOT).equals(wanted)) {
                    return Optional.of(priority.id());
                }
            }
        }
        return Optional.empty();
    }
}
