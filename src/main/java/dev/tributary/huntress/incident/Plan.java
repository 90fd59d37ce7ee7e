package dev.tributary.huntress.incident;

import java.util.UUID;

/** What to do with one incident report; decided by {@link IncidentPlanner}, applied by {@link IncidentProcessor}. */
public sealed interface Plan {

    String DELETING = "deleting";
    String UNCHANGED = "unchanged";
    String ORG_OPTED_OUT = "org_opted_out";
    String ALREADY_CLOSED = "already_closed";
    String NO_LINKED_TICKET = "no_linked_ticket";

    /** Nothing is written. */
    record Skip(String reason) implements Plan {
    }

    /** The alert row is written; no ticket is created or changed. */
    record RecordOnly(String reason) implements Plan {
    }

    /**
     * A ticket is created (with the alert row, in one transaction).
     *
     * @param unmapped  filed on the fallback client and board because the organization is not mapped
     * @param reopened  the incident was recorded closed earlier and Huntress reopened it
     */
    record CreateTicket(UUID clientId, UUID boardId, UUID priorityId, UUID categoryId, UUID subcategoryId, boolean unmapped,
                        boolean reopened) implements Plan {
    }

    /**
     * An internal note is appended to the linked ticket.
     *
     * @param close move the ticket to the closed status (auto-close on, and the incident just closed)
     */
    record AppendNote(String previousStatus, boolean close) implements Plan {
    }
}
