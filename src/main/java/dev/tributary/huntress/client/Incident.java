package dev.tributary.huntress.client;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An incident report as the integration uses it. Ids are kept as text (Huntress sends integers, some
 * historic payloads strings); enums stay open strings, so an unknown status or platform is carried
 * through instead of failing. {@code updatedAt} is null when Huntress sent something unparseable, in
 * which case {@code updatedAtRaw} keeps the text.
 */
public record Incident(String id, String organizationId, String agentId, String subject, String summary, String body,
                       String severity, String status, String platform, List<String> indicatorTypes,
                       Map<String, Integer> indicatorCounts, Remediations remediations, Instant sentAt,
                       Instant statusUpdatedAt, Instant closedAt, Instant updatedAt, String updatedAtRaw) {

    /** Statuses meaning the SOC is done with the report. */
    public static final Set<String> CLOSED_STATUSES = Set.of("closed", "dismissed", "partner_dismissed");
    /** Statuses meaning the report is live. */
    public static final Set<String> OPEN_STATUSES = Set.of("sent", "auto_remediating");
    public static final String DELETING = "deleting";

    public Incident {
        indicatorTypes = indicatorTypes == null ? List.of() : List.copyOf(indicatorTypes);
        indicatorCounts = indicatorCounts == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(indicatorCounts));
        remediations = remediations == null ? Remediations.NONE : remediations;
        severity = severity == null ? null : severity.trim().toLowerCase(Locale.ROOT);
        status = status == null ? null : status.trim().toLowerCase(Locale.ROOT);
    }

    public static boolean isClosed(String status) {
        return status != null && CLOSED_STATUSES.contains(status);
    }

    public boolean closed() {
        return isClosed(status);
    }

    public boolean deleting() {
        return DELETING.equals(status);
    }

    /** Host-less reports (identity, e-mail, SIEM) carry no agent. */
    public boolean hostless() {
        return agentId == null;
    }
}
