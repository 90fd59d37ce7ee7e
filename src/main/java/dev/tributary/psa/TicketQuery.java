package dev.tributary.psa;

import java.util.UUID;

/** Filters of the ticket list; {@code null} means "any". */
public record TicketQuery(UUID clientId, UUID boardId, String source, String sourceReference, Boolean closed,
                          UUID priorityId, String search) {

    public static TicketQuery all() {
        return new TicketQuery(null, null, null, null, null, null, null);
    }
}
