package dev.tributary.psa;

import java.util.Map;
import java.util.UUID;

/**
 * A ticket to create. {@code statusId} may be null: the board's default status is used.
 * {@code (source, sourceReference)} identifies the ticket for idempotent creation.
 */
public record NewTicket(
        String title,
        String body,
        UUID clientId,
        UUID boardId,
        UUID statusId,
        UUID priorityId,
        UUID categoryId,
        UUID subcategoryId,
        String source,
        String sourceReference,
        Map<String, Object> attributes) {
}
