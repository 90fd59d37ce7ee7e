package dev.tributary.huntress;

import dev.tributary.huntress.client.Incident;
import dev.tributary.huntress.client.Remediation;
import dev.tributary.huntress.client.Remediations;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Test incidents: defaults for everything, with-ers for what a case varies. */
public final class Incidents {

    private Incidents() {
    }

    public static Incident open(String id, Instant updatedAt) {
        return new Incident(id, "1207", "3307519", "HIGH - Incident on HV-01 (Harborview)", "Summary", null, "high", "sent",
                "windows", List.of("footholds"), Map.of("footholds", 1), Remediations.NONE, updatedAt.minusSeconds(600), updatedAt,
                null, updatedAt, updatedAt.toString());
    }

    public static Incident withStatus(Incident i, String status) {
        return new Incident(i.id(), i.organizationId(), i.agentId(), i.subject(), i.summary(), i.body(), i.severity(), status,
                i.platform(), i.indicatorTypes(), i.indicatorCounts(), i.remediations(), i.sentAt(), i.statusUpdatedAt(),
                Incident.isClosed(status) ? i.updatedAt() : null, i.updatedAt(), i.updatedAtRaw());
    }

    public static Incident withUpdatedAt(Incident i, Instant updatedAt) {
        return new Incident(i.id(), i.organizationId(), i.agentId(), i.subject(), i.summary(), i.body(), i.severity(), i.status(),
                i.platform(), i.indicatorTypes(), i.indicatorCounts(), i.remediations(), i.sentAt(), i.statusUpdatedAt(),
                i.closedAt(), updatedAt, updatedAt == null ? "not-a-time" : updatedAt.toString());
    }

    public static Incident withOrganization(Incident i, String organizationId) {
        return new Incident(i.id(), organizationId, i.agentId(), i.subject(), i.summary(), i.body(), i.severity(), i.status(),
                i.platform(), i.indicatorTypes(), i.indicatorCounts(), i.remediations(), i.sentAt(), i.statusUpdatedAt(),
                i.closedAt(), i.updatedAt(), i.updatedAtRaw());
    }

    public static Incident withSeverity(Incident i, String severity) {
        return new Incident(i.id(), i.organizationId(), i.agentId(), i.subject(), i.summary(), i.body(), severity, i.status(),
                i.platform(), i.indicatorTypes(), i.indicatorCounts(), i.remediations(), i.sentAt(), i.statusUpdatedAt(),
                i.closedAt(), i.updatedAt(), i.updatedAtRaw());
    }

    public static Incident withRemediations(Incident i, Remediation... items) {
        return new Incident(i.id(), i.organizationId(), i.agentId(), i.subject(), i.summary(), i.body(), i.severity(), i.status(),
                i.platform(), i.indicatorTypes(), i.indicatorCounts(), new Remediations(items.length, false, List.of(items)),
                i.sentAt(), i.statusUpdatedAt(), i.closedAt(), i.updatedAt(), i.updatedAtRaw());
    }

    public static Incident hostless(Incident i, String platform) {
        return new Incident(i.id(), i.organizationId(), null, "LOW - Incident on j.doe@example.com (Harborview)", i.summary(),
                i.body(), i.severity(), i.status(), platform, List.of("managed_identity"), Map.of("managed_identity", 2),
                i.remediations(), i.sentAt(), i.statusUpdatedAt(), i.closedAt(), i.updatedAt(), i.updatedAtRaw());
    }
}
