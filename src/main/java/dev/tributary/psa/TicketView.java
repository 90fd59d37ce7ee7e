package dev.tributary.psa;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A ticket as listed; {@code body}, {@code comments} and {@code assetIds} only on the single-ticket view. */
public record TicketView(
        UUID id,
        long ticketNumber,
        String title,
        UUID clientId,
        String clientName,
        UUID boardId,
        String boardName,
        UUID statusId,
        String statusName,
        boolean closed,
        UUID priorityId,
        String priorityName,
        UUID categoryId,
        UUID subcategoryId,
        String source,
        String sourceReference,
        Instant createdAt,
        Instant updatedAt,
        Instant closedAt,
        String body,
        List<CommentView> comments,
        List<UUID> assetIds) {

    public record CommentView(UUID id, String body, boolean internal, boolean systemGenerated, String author, Instant createdAt) {
    }
}
