package dev.tributary.huntress.incident;

import dev.tributary.huntress.client.Incident;
import dev.tributary.huntress.client.Remediation;
import dev.tributary.huntress.incident.IncidentSnapshot.RemediationState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The internal note of an incident update: exactly what changed since the last processed version. Pure. */
public final class ChangeNote {

    private ChangeNote() {
    }

    /** The lines describing the changes; empty when none of the fields the ticket shows changed. */
    public static List<String> changes(IncidentSnapshot previous, String previousStatus, String previousSeverity, Incident current) {
        List<String> lines = new ArrayList<>();
        if (!Objects.equals(previousStatus, current.status())) {
            lines.add("Status: " + code(previousStatus) + " → " + code(current.status()));
        }
        if (previousSeverity != null && !Objects.equals(previousSeverity, current.severity())) {
            lines.add("Severity: " + code(previousSeverity) + " → " + code(current.severity()));
        }
        if (previous.subject() != null && !Objects.equals(previous.subject(), current.subject()) && current.subject() != null) {
            lines.add("Subject is now: " + Md.inline(current.subject()));
        }
        if (!Objects.equals(blankToNull(previous.summary()), blankToNull(current.summary())) && current.summary() != null) {
            lines.add("SOC summary " + (previous.summary() == null ? "added" : "updated") + ": " + Md.inline(current.summary()));
        }
        indicatorChanges(previous, current, lines);
        remediationChanges(previous, current, lines);
        if (current.closedAt() != null && !Objects.equals(previous.closedAt(), current.closedAt().toString())) {
            lines.add("Closed in Huntress at " + Md.time(current.closedAt()));
        }
        return lines;
    }

    /**
     * The whole note.
     *
     * @param closeOutcome a sentence about the ticket's own status change, or null
     */
    public static String note(IncidentSnapshot previous, String previousStatus, String previousSeverity, Incident current,
                              String portalUrl, String closeOutcome) {
        StringBuilder out = new StringBuilder();
        out.append("**Huntress updated incident report ").append(Md.inline(current.id())).append("**\n\n");
        List<String> changes = changes(previous, previousStatus, previousSeverity, current);
        if (changes.isEmpty()) {
            out.append("Huntress changed the report, but none of the fields shown on this ticket changed; the status remains ")
                    .append(code(current.status())).append(".\n");
        } else {
            changes.forEach(line -> out.append("- ").append(line).append('\n'));
        }
        out.append("\nUpdated in Huntress: ").append(current.updatedAt() != null ? Md.time(current.updatedAt())
                : Md.inline(String.valueOf(current.updatedAtRaw()))).append('\n');
        if (closeOutcome != null) {
            out.append('\n').append(closeOutcome).append('\n');
        }
        if (portalUrl != null) {
            out.append('\n').append(Md.link("Open the incident in the Huntress portal", portalUrl)).append('\n');
        }
        return out.toString();
    }

    private static void indicatorChanges(IncidentSnapshot previous, Incident current, List<String> lines) {
        Set<String> added = new LinkedHashSet<>(current.indicatorTypes());
        added.removeAll(previous.indicatorTypes());
        if (!added.isEmpty()) {
            List<String> codes = new ArrayList<>();
            added.forEach(type -> codes.add(code(type)));
            lines.add("New indicator types: " + String.join(", ", codes));
        }
        Set<String> keys = new LinkedHashSet<>(previous.indicatorCounts().keySet());
        keys.addAll(current.indicatorCounts().keySet());
        for (String key : keys) {
            int before = previous.indicatorCounts().getOrDefault(key, 0);
            int after = current.indicatorCounts().getOrDefault(key, 0);
            if (before != after) {
                lines.add("Indicator " + code(key) + ": " + before + " → " + after);
            }
        }
    }

    private static void remediationChanges(IncidentSnapshot previous, Incident current, List<String> lines) {
        Map<String, RemediationState> before = new LinkedHashMap<>();
        previous.remediations().forEach(r -> before.put(r.id(), r));
        for (Remediation remediation : current.remediations().items()) {
            String name = Md.inline(remediation.action() != null ? remediation.action()
                    : remediation.type() != null ? remediation.type() : "remediation " + remediation.id());
            RemediationState old = before.get(remediation.id());
            if (old == null) {
                lines.add("New remediation: " + name + " (" + code(remediation.status()) + ")");
            } else if (!Objects.equals(old.status(), remediation.status())) {
                lines.add("Remediation " + name + ": " + code(old.status()) + " → " + code(remediation.status()));
            }
        }
        if (previous.remediationTotal() != current.remediations().totalCount()) {
            lines.add("Remediations in total: " + previous.remediationTotal() + " → " + current.remediations().totalCount());
        }
    }

    private static String code(String value) {
        return Md.code(value == null ? "none" : value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
