package dev.tributary.psa;

import java.util.UUID;

/** The outcome of an idempotent create: {@code created=false} means the ticket already existed. */
public record TicketCreation(UUID ticketId, long ticketNumber, boolean created) {
}
