package dev.tributary.psa.ticket;

import dev.tributary.platform.JsonColumns;
import dev.tributary.platform.SqlTime;
import dev.tributary.psa.ListPage;
import dev.tributary.psa.NewTicket;
import dev.tributary.psa.PageRequest;
import dev.tributary.psa.TicketQuery;
import dev.tributary.psa.TicketView;
import dev.tributary.psa.TicketView.CommentView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TicketRepository {

    private static final String SELECT = """
            select t.id, t.ticket_number, t.title, t.client_id, c.name as client_name, t.board_id, b.name as board_name,
                   t.status_id, s.name as status_name, s.is_closed, t.priority_id, p.name as priority_name,
                   t.category_id, t.subcategory_id, t.source, t.source_reference, t.created_at, t.updated_at, t.closed_at
              from tickets t
              join clients c on c.id = t.client_id
              join boards b on b.id = t.board_id
              join statuses s on s.id = t.status_id
              left join priorities p on p.id = t.priority_id
            """;

    private final JdbcClient jdbc;
    private final JsonColumns json;

    TicketRepository(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Returns false when a ticket with the same source reference already exists. */
    boolean insert(UUID id, UUID tenantId, long number, NewTicket ticket, UUID statusId, Instant now) {
        return jdbc.sql("""
                        insert into tickets (id, tenant_id, ticket_number, title, body, client_id, board_id, status_id, priority_id,
                                             category_id, subcategory_id, source, source_reference, attributes, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict do nothing
                        """)
                .params(id, tenantId, number, ticket.title(), ticket.body(), ticket.clientId(), ticket.boardId(), statusId,
                        ticket.priorityId(), ticket.categoryId(), ticket.subcategoryId(), ticket.source(), ticket.sourceReference(),
                        json.write(ticket.attributes() == null ? Map.of() : ticket.attributes()),
                        SqlTime.bind(now), SqlTime.bind(now))
                .update() == 1;
    }

    Optional<SourceMatch> findBySource(UUID tenantId, String source, String reference) {
        return jdbc.sql("select id, ticket_number from tickets where tenant_id = ? and source = ? and source_reference = ?")
                .params(tenantId, source, reference)
                .query((rs, n) -> new SourceMatch(rs.getObject("id", UUID.class), rs.getLong("ticket_number")))
                .optional();
    }

    record SourceMatch(UUID id, long number) {
    }

    record TicketState(UUID boardId, boolean closed) {
    }

    Optional<TicketState> state(UUID tenantId, UUID ticketId) {
        return jdbc.sql("select t.board_id, s.is_closed from tickets t join statuses s on s.id = t.status_id where t.tenant_id = ? and t.id = ?")
                .params(tenantId, ticketId)
                .query((rs, n) -> new TicketState(rs.getObject("board_id", UUID.class), rs.getBoolean("is_closed")))
                .optional();
    }

    void updateStatus(UUID tenantId, UUID ticketId, UUID statusId, Instant closedAt, boolean keepClosedAt, Instant now) {
        if (keepClosedAt) {
            jdbc.sql("update tickets set status_id = ?, updated_at = ? where tenant_id = ? and id = ?")
                    .params(statusId, SqlTime.bind(now), tenantId, ticketId).update();
        } else {
            jdbc.sql("update tickets set status_id = ?, closed_at = ?, updated_at = ? where tenant_id = ? and id = ?")
                    .params(statusId, SqlTime.bind(closedAt), SqlTime.bind(now), tenantId, ticketId).update();
        }
    }

    void touch(UUID tenantId, UUID ticketId, Instant now) {
        jdbc.sql("update tickets set updated_at = ? where tenant_id = ? and id = ?").params(SqlTime.bind(now), tenantId, ticketId).update();
    }

    Optional<TicketView> find(UUID tenantId, UUID ticketId) {
        Optional<TicketView> summary = jdbc.sql(SELECT + " where t.tenant_id = ? and t.id = ?")
                .params(tenantId, ticketId)
                .query(TicketRepository::summary)
                .optional();
        if (summary.isEmpty()) {
            return summary;
        }
        String body = jdbc.sql("select body from tickets where tenant_id = ? and id = ?").params(tenantId, ticketId)
                .query(String.class).optional().orElse(null);
        List<CommentView> comments = jdbc.sql("""
                        select id, body, is_internal, is_system_generated, author, created_at from comments
                         where tenant_id = ? and ticket_id = ? order by created_at, id
                        """)
                .params(tenantId, ticketId)
                .query((rs, n) -> new CommentView(rs.getObject("id", UUID.class), rs.getString("body"), rs.getBoolean("is_internal"),
                        rs.getBoolean("is_system_generated"), rs.getString("author"), SqlTime.read(rs, "created_at")))
                .list();
        List<UUID> assetIds = jdbc.sql("""
                        select asset_id from asset_associations where tenant_id = ? and entity_type = 'ticket' and entity_id = ?
                         order by created_at
                        """)
                .params(tenantId, ticketId).query(UUID.class).list();
        TicketView t = summary.get();
        return Optional.of(new TicketView(t.id(), t.ticketNumber(), t.title(), t.clientId(), t.clientName(), t.boardId(), t.boardName(),
                t.statusId(), t.statusName(), t.closed(), t.priorityId(), t.priorityName(), t.categoryId(), t.subcategoryId(),
                t.source(), t.sourceReference(), t.createdAt(), t.updatedAt(), t.closedAt(), body, comments, assetIds));
    }

    ListPage<TicketView> list(UUID tenantId, TicketQuery query, PageRequest page) {
        StringBuilder where = new StringBuilder(" where t.tenant_id = ?");
        List<Object> params = new ArrayList<>();
        params.add(tenantId);
        if (query.clientId() != null) {
            where.append(" and t.client_id = ?");
            params.add(query.clientId());
        }
        if (query.boardId() != null) {
            where.append(" and t.board_id = ?");
            params.add(query.boardId());
        }
        if (query.priorityId() != null) {
            where.append(" and t.priority_id = ?");
            params.add(query.priorityId());
        }
        if (query.source() != null) {
            where.append(" and t.source = ?");
            params.add(query.source());
        }
        if (query.sourceReference() != null) {
            where.append(" and t.source_reference = ?");
            params.add(query.sourceReference());
        }
        if (query.closed() != null) {
            where.append(" and s.is_closed = ?");
            params.add(query.closed());
        }
        if (query.search() != null && !query.search().isBlank()) {
            where.append(" and lower(t.title) like ?");
            params.add("%" + query.search().trim().toLowerCase() + "%");
        }
        long total = jdbc.sql("select count(*) from tickets t join statuses s on s.id = t.status_id" + where)
                .params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.limit());
        pageParams.add(page.offset());
        List<TicketView> items = jdbc.sql(SELECT + where + " order by t.created_at desc, t.ticket_number desc limit ? offset ?")
                .params(pageParams).query(TicketRepository::summary).list();
        return new ListPage<>(items, total);
    }

    Map<String, Long> openCountByPriority(UUID tenantId, String source) {
        Map<String, Long> counts = new LinkedHashMap<>();
        String sql = """
                select coalesce(p.name, '(none)') as priority, count(*) as n
                  from tickets t join statuses s on s.id = t.status_id left join priorities p on p.id = t.priority_id
                 where t.tenant_id = ? and s.is_closed = false
                """ + (source == null ? "" : " and t.source = ?") + """
                 group by coalesce(p.name, '(none)'), p.order_number order by p.order_number
                """;
        var statement = jdbc.sql(sql).param(tenantId);
        if (source != null) {
            statement = statement.param(source);
        }
        statement.query((rs, n) -> counts.merge(rs.getString("priority"), rs.getLong("n"), Long::sum)).list();
        return counts;
    }

    long openCount(UUID tenantId) {
        return jdbc.sql("select count(*) from tickets t join statuses s on s.id = t.status_id where t.tenant_id = ? and s.is_closed = false")
                .param(tenantId).query(Long.class).single();
    }

    private static TicketView summary(ResultSet rs, int n) throws SQLException {
        return new TicketView(rs.getObject("id", UUID.class), rs.getLong("ticket_number"), rs.getString("title"),
                rs.getObject("client_id", UUID.class), rs.getString("client_name"), rs.getObject("board_id", UUID.class),
                rs.getString("board_name"), rs.getObject("status_id", UUID.class), rs.getString("status_name"),
                rs.getBoolean("is_closed"), rs.getObject("priority_id", UUID.class), rs.getString("priority_name"),
                rs.getObject("category_id", UUID.class), rs.getObject("subcategory_id", UUID.class), rs.getString("source"),
                rs.getString("source_reference"), SqlTime.read(rs, "created_at"), SqlTime.read(rs, "updated_at"),
                SqlTime.read(rs, "closed_at"), null, null, null);
    }

}
