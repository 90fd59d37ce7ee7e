package dev.tributary.psa;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Tickets for other modules. Every method joins the caller's transaction when there is one. */
public interface Tickets {

    /**
     * Creates the ticket unless one with the same {@code (source, sourceReference)} exists, in
     * which case that one is returned with {@code created=false}. Safe under concurrent callers.
     */
    TicketCreation createIdempotent(UUID tenantId, NewTicket ticket);

    UUID addComment(UUID tenantId, UUID ticketId, String body, boolean internal, boolean systemGenerated, String author);

    /** Moves the ticket to a status of its board; {@code closed_at} is set when that status is closed. */
    void changeStatus(UUID tenantId, UUID ticketId, UUID statusId);

    /** Links an asset to the ticket; linking twice is harmless. */
    void linkAsset(UUID tenantId, UUID ticketId, UUID assetId);

    Optional<TicketView> find(UUID tenantId, UUID ticketId);

    Optional<UUID> findBySource(UUID tenantId, String source, String sourceReference);

    ListPage<TicketView> list(UUID tenantId, TicketQuery query, PageRequest page);

    /** Open tickets per priority name, for the dashboard ({@code source} null means all). */
    Map<String, Long> openCountByPriority(UUID tenantId, String source);

    long openCount(UUID tenantId);
}
