package dev.tributary.huntress.incident;

import dev.tributary.huntress.client.Incident;
import dev.tributary.huntress.settings.HuntressSettings;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The incident lifecycle decision table, as a pure function. Evaluated in order:
 *
 * <ol>
 *   <li>status {@code deleting} → skip;</li>
 *   <li>a processed alert exists and nothing changed (same status, same remediation state, and
 *       {@code updated_at} not newer than the one processed) → skip;</li>
 *   <li>a processed alert exists, changed, without a ticket → record only, except an incident that
 *       was recorded because it was already closed and has now been reopened, which gets its ticket
 *       (unless its organization opted out);</li>
 *   <li>a processed alert exists, changed, with a ticket → internal note; the ticket is also closed
 *       when auto-close is on with a closed status and the incident has just moved into a closed
 *       status (an incident that stays closed does not re-close a ticket a technician reopened);</li>
 *   <li>new, the organization's mapping row has ticket creation off (mapped or not) → record only;</li>
 *   <li>new, already closed (backfill) → record only;</li>
 *   <li>new, mapped → ticket on the mapped client and the security board, with category;</li>
 *   <li>new, unmapped (no row or no client) → ticket on the fallback client and fallback board, flagged.</li>
 * </ol>
 *
 * An alert row that only carries a processing error (no processed marker) counts as new, so a
 * failed creation is retried instead of being recorded without its ticket. Unknown statuses are
 * treated as open: a new incident is never dropped because Huntress added a status.
 */
public final class IncidentPlanner {

    /** The stored alert row as the planner needs it; {@code null} when there is none. */
    public record Existing(String status, UUID ticketId, IncidentSnapshot snapshot) {
    }

    /** The organization's mapping row; {@code null} when there is none. */
    public record Mapping(UUID clientId, boolean autoCreateTickets) {
    }

    private IncidentPlanner() {
    }

    public static Plan plan(Incident incident, Existing existing, Mapping mapping, HuntressSettings settings) {
        if (incident.deleting()) {
            return new Plan.Skip(Plan.DELETING);
        }
        boolean processed = existing != null && existing.snapshot() != null && existing.snapshot().processed();
        if (processed) {
            if (!changed(incident, existing)) {
                return new Plan.Skip(Plan.UNCHANGED);
            }
            if (existing.ticketId() == null) {
                boolean reopened = Plan.ALREADY_CLOSED.equals(existing.snapshot().recordedReason()) && !incident.closed();
                boolean optedOut = mapping != null && !mapping.autoCreateTickets();
                return reopened && !optedOut ? create(mapping, settings, incident, true) : new Plan.RecordOnly(Plan.NO_LINKED_TICKET);
            }
            boolean justClosed = incident.closed() && !Incident.isClosed(existing.status());
            return new Plan.AppendNote(existing.status(), justClosed && settings.autoCloseActive());
        }
        if (mapping != null && !mapping.autoCreateTickets()) {
            return new Plan.RecordOnly(Plan.ORG_OPTED_OUT);
        }
        if (incident.closed()) {
            return new Plan.RecordOnly(Plan.ALREADY_CLOSED);
        }
        return create(mapping, settings, incident, false);
    }

    private static Plan.CreateTicket create(Mapping mapping, HuntressSettings settings, Incident incident, boolean reopened) {
        UUID priority = settings.priorityFor(incident.severity());
        if (mapping != null && mapping.clientId() != null) {
            return new Plan.CreateTicket(mapping.clientId(), settings.boardId(), priority, settings.categoryId(),
                    settings.subcategoryId(), false, reopened);
        }
        // The category belongs to the security board; it only fits the fallback board when it is the same board.
        boolean sameBoard = Objects.equals(settings.fallbackBoardId(), settings.boardId());
        return new Plan.CreateTicket(settings.fallbackClientId(), settings.fallbackBoardId(), priority,
                sameBoard ? settings.categoryId() : null, sameBoard ? settings.subcategoryId() : null, true, reopened);
    }

    /** Status, remediation state or a newer {@code updated_at} than the one processed. */
    static boolean changed(Incident incident, Existing existing) {
        IncidentSnapshot snapshot = existing.snapshot();
        if (!Objects.equals(incident.status(), existing.status())) {
            return true;
        }
        if (!IncidentSnapshot.remediationState(incident).equals(snapshot.remediationState())) {
            return true;
        }
        Instant processedAt = snapshot.lastProcessedInstant();
        if (incident.updatedAt() != null && processedAt != null) {
            return incident.updatedAt().isAfter(processedAt);
        }
        String current = incident.updatedAt() != null ? incident.updatedAt().toString() : incident.updatedAtRaw();
        return !Objects.equals(current, snapshot.lastProcessedUpdatedAt());
    }
}
