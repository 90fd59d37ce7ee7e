package dev.tributary.huntress.incident;

import dev.tributary.huntress.client.Incident;
import dev.tributary.huntress.client.Remediation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an alert row remembers of its incident (in {@code rmm_alerts.metadata}): enough to tell on
 * the next poll whether anything changed and to describe exactly what. The marker
 * {@code lastProcessedUpdatedAt} is written only by a successful processing; an alert row without it
 * (one that only carries a processing error) counts as never processed.
 */
public record IncidentSnapshot(
        String lastProcessedUpdatedAt,
        String subject,
        String summary,
        String platform,
        List<String> indicatorTypes,
        Map<String, Integer> indicatorCounts,
        List<RemediationState> remediations,
        int remediationTotal,
        String closedAt,
        String recordedReason) {

    public static final String LAST_PROCESSED = "lastProcessedUpdatedAt";
    public static final String PROCESSING_ERROR = "processingError";
    public static final String RECORDED_REASON = "recordedReason";

    public record RemediationState(String id, String action, String type, String status) {
    }

    /** The metadata written for an incident that was processed successfully. */
    public static Map<String, Object> metadata(Incident incident, String portalUrl, String recordedReason) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put(LAST_PROCESSED, incident.updatedAt() != null ? incident.updatedAt().toString() : incident.updatedAtRaw());
        metadata.put("incidentId", incident.id());
        metadata.put("organizationId", incident.organizationId());
        metadata.put("agentId", incident.agentId());
        metadata.put("subject", incident.subject());
        metadata.put("summary", incident.summary());
        metadata.put("platform", incident.platform());
        metadata.put("indicatorTypes", incident.indicatorTypes());
        metadata.put("indicatorCounts", incident.indicatorCounts());
        List<Map<String, Object>> remediations = new ArrayList<>();
        for (Remediation remediation : incident.remediations().items()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", remediation.id());
            item.put("action", remediation.action());
            item.put("type", remediation.type());
            item.put("status", remediation.status());
            remediations.add(item);
        }
        metadata.put("remediations", remediations);
        metadata.put("remediationTotal", incident.remediations().totalCount());
        metadata.put("sentAt", text(incident.sentAt()));
        metadata.put("statusUpdatedAt", text(incident.statusUpdatedAt()));
        metadata.put("closedAt", text(incident.closedAt()));
        metadata.put("portalUrl", portalUrl);
        if (recordedReason != null) {
            metadata.put(RECORDED_REASON, recordedReason);
        }
        return metadata;
    }

    /** Reads back what {@link #metadata} wrote, tolerating anything missing or odd. */
    public static IncidentSnapshot of(Map<String, Object> metadata) {
        Map<String, Object> m = metadata == null ? Map.of() : metadata;
        List<String> types = new ArrayList<>();
        if (m.get("indicatorTypes") instanceof List<?> list) {
            list.forEach(value -> types.add(String.valueOf(value)));
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (m.get("indicatorCounts") instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if (value instanceof Number number) {
                    counts.put(String.valueOf(key), number.intValue());
                }
            });
        }
        List<RemediationState> remediations = new ArrayList<>();
        if (m.get("remediations") instanceof List<?> list) {
            for (Object element : list) {
                if (element instanceof Map<?, ?> item) {
                    remediations.add(new RemediationState(string(item.get("id")), string(item.get("action")),
                            string(item.get("type")), string(item.get("status"))));
                }
            }
        }
        int total = m.get("remediationTotal") instanceof Number number ? number.intValue() : remediations.size();
        return new IncidentSnapshot(string(m.get(LAST_PROCESSED)), string(m.get("subject")), string(m.get("summary")),
                string(m.get("platform")), types, counts, remediations, total, string(m.get("closedAt")),
                string(m.get(RECORDED_REASON)));
    }

    public boolean processed() {
        return lastProcessedUpdatedAt != null;
    }

    /** The remembered {@code updated_at} as an instant; null when absent or not a timestamp. */
    public Instant lastProcessedInstant() {
        if (lastProcessedUpdatedAt == null) {
            return null;
        }
        try {
            return Instant.parse(lastProcessedUpdatedAt);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** A comparable summary of remediation ids and statuses. */
    public String remediationState() {
        StringBuilder state = new StringBuilder();
        for (RemediationState remediation : remediations) {
            state.append(remediation.id()).append(':').append(remediation.status()).append(';');
        }
        return state.append('#').append(remediationTotal).toString();
    }

    public static String remediationState(Incident incident) {
        StringBuilder state = new StringBuilder();
        for (Remediation remediation : incident.remediations().items()) {
            state.append(remediation.id()).append(':').append(remediation.status()).append(';');
        }
        return state.append('#').append(incident.remediations().totalCount()).toString();
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }
}
