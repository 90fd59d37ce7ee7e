package dev.tributary.psa.ticket;

import dev.tributary.platform.InvalidFieldException;
import dev.tributary.platform.NotFoundException;
import dev.tributary.platform.SqlTime;
import dev.tributary.psa.Clients;
import dev.tributary.psa.ListPage;
import dev.tributary.psa.NewTicket;
import dev.tributary.psa.PageRequest;
import dev.tributary.psa.TicketCreation;
import dev.tributary.psa.TicketQuery;
import dev.tributary.psa.TicketSetup;
import dev.tributary.psa.TicketSetup.StatusInfo;
import dev.tributary.psa.TicketView;
import dev.tributary.psa.Tickets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.IdGenerator;

@Service
class TicketService implements Tickets {

    private final TicketRepository tickets;
    private final TicketCounter counter;
    private final TicketSetup setup;
    private final Clients clients;
    private final JdbcClient jdbc;
    private final IdGenerator ids;
    private final Clock clock;

    TicketService(TicketRepository tickets, TicketCounter counter, TicketSetup setup, Clients clients, JdbcClient jdbc,
                  IdGenerator ids, Clock clock) {
        this.tickets = tickets;
        this.counter = counter;
        this.setup = setup;
        this.clients = clients;
        this.jdbc = jdbc;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    @Transactional
    public TicketCreation createIdempotent(UUID tenantId, NewTicket ticket) {
        boolean referenced = ticket.source() != null && ticket.sourceReference() != null;
        if (referenced) {
            var existing = tickets.findBySource(tenantId, ticket.source(), ticket.sourceReference());
            if (existing.isPresent()) {
                return new TicketCreation(existing.get().id(), existing.get().number(), false);
            }
        }
        validate(tenantId, ticket);
        UUID statusId = ticket.statusId() != null ? ticket.statusId() : defaultStatus(tenantId, ticket.boardId());
        UUID id = ids.generateId();
        long number = counter.next(tenantId);
        if (!tickets.insert(id, tenantId, number, ticket, statusId, clock.instant())) {
            // A concurrent creator won the race on (source, source_reference); its ticket is the one.
            var winner = tickets.findBySource(tenantId, ticket.source(), ticket.sourceReference())
                    .orElseThrow(() -> new IllegalStateException("Ticket insert conflicted without a matching source reference"));
            return new TicketCreation(winner.id(), winner.number(), false);
        }
        return new TicketCreation(id, number, true);
    }

    private void validate(UUID tenantId, NewTicket ticket) {
        if (ticket.title() == null || ticket.title().isBlank()) {
            throw new InvalidFieldException("title", "must not be blank");
        }
        if (ticket.clientId() == null || !clients.exists(tenantId, ticket.clientId())) {
            throw new InvalidFieldException("clientId", "no such client");
        }
        if (ticket.boardId() == null || setup.board(tenantId, ticket.boardId()).isEmpty()) {
            throw new InvalidFieldException("boardId", "no such board");
        }
        if (ticket.priorityId() != null && setup.priority(tenantId, ticket.priorityId()).isEmpty()) {
            throw new InvalidFieldException("priorityId", "no such priority");
        }
        if (ticket.categoryId() != null && setup.category(tenantId, ticket.categoryId()).isEmpty()) {
            throw new InvalidFieldException("categoryId", "no such category");
        }
        if (ticket.subcategoryId() != null && setup.category(tenantId, ticket.subcategoryId()).isEmpty()) {
            throw new InvalidFieldException("subcategoryId", "no such category");
        }
        if (ticket.statusId() != null) {
            StatusInfo status = setup.status(tenantId, ticket.statusId())
                    .orElseThrow(() -> new InvalidFieldException("statusId", "no such status"));
            if (!status.boardId().equals(ticket.boardId())) {
                throw new InvalidFieldException("statusId", "belongs to another board");
            }
        }
    }

    private UUID defaultStatus(UUID tenantId, UUID boardId) {
        var statuses = setup.statuses(tenantId, boardId);
        return statuses.stream().filter(StatusInfo::isDefault).findFirst()
                .or(() -> statuses.stream().filter(s -> !s.isClosed()).findFirst())
                .map(StatusInfo::id)
                .orElseThrow(() -> new InvalidFieldException("boardId", "the board has no open status for new tickets"));
    }

    @Override
    @Transactional
    public UUID addComment(UUID tenantId, UUID ticketId, String body, boolean internal, boolean systemGenerated, String author) {
        tickets.state(tenantId, ticketId).orElseThrow(() -> new NotFoundException("Ticket"));
        UUID id = ids.generateId();
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into comments (id, tenant_id, ticket_id, body, is_internal, is_system_generated, author, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(id, tenantId, ticketId, body, internal, systemGenerated, author, SqlTime.bind(now))
                .update();
        tickets.touch(tenantId, ticketId, now);
        return id;
    }

    @Override
    @Transactional
    public void changeStatus(UUID tenantId, UUID ticketId, UUID statusId) {
        var state = tickets.state(tenantId, ticketId).orElseThrow(() -> new NotFoundException("Ticket"));
        StatusInfo status = setup.status(tenantId, statusId)
                .orElseThrow(() -> new InvalidFieldException("statusId", "no such status"));
        if (!status.boardId().equals(state.boardId())) {
            throw new InvalidFieldException("statusId", "belongs to another board than the ticket");
        }
        Instant now = clock.instant();
        boolean keepClosedAt = state.closed() == status.isClosed();
        tickets.updateStatus(tenantId, ticketId, statusId, status.isClosed() ? now : null, keepClosedAt, now);
    }

    @Override
    @Transactional
    public void linkAsset(UUID tenantId, UUID ticketId, UUID assetId) {
        tickets.state(tenantId, ticketId).orElseThrow(() -> new NotFoundException("Ticket"));
        jdbc.sql("""
                        insert into asset_associations (id, tenant_id, asset_id, entity_type, entity_id, relationship_type, created_at)
                        select ?, ?, a.id, 'ticket', ?, 'related', ? from assets a where a.tenant_id = ? and a.id = ?
                        on conflict do nothing
                        """)
                .params(ids.generateId(), tenantId, ticketId, SqlTime.bind(clock.instant()), tenantId, assetId)
                .update();
    }

    @Override
    public Optional<TicketView> find(UUID tenantId, UUID ticketId) {
        return tickets.find(tenantId, ticketId);
    }

    @Override
    public Optional<UUID> findBySource(UUID tenantId, String source, String sourceReference) {
        return tickets.findBySource(tenantId, source, sourceReference).map(TicketRepository.SourceMatch::id);
    }

    @Override
    public ListPage<TicketView> list(UUID tenantId, TicketQuery query, PageRequest page) {
        return tickets.list(tenantId, query, page);
    }

    @Override
    public Map<String, Long> openCountByPriority(UUID tenantId, String source) {
        return tickets.openCountByPriority(tenantId, source);
    }

    @Override
    public long openCount(UUID tenantId) {
        return tickets.openCount(tenantId);
    }
}
