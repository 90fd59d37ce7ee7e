package dev.tributary.psa.setup;

import dev.tributary.platform.InvalidFieldException;
import dev.tributary.platform.NotFoundException;
import dev.tributary.platform.SqlTime;
import dev.tributary.psa.TicketSetup;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.IdGenerator;

@Service
class TicketSetupService implements TicketSetup {

    private final JdbcClient jdbc;
    private final IdGenerator ids;
    private final Clock clock;

    TicketSetupService(JdbcClient jdbc, IdGenerator ids, Clock clock) {
        this.jdbc = jdbc;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    @Transactional
    public BoardInfo createBoard(UUID tenantId, String name, boolean isDefault) {
        requireName(name);
        if (isDefault) {
            jdbc.sql("update boards set is_default = false where tenant_id = ?").param(tenantId).update();
        }
        UUID id = ids.generateId();
        jdbc.sql("insert into boards (id, tenant_id, name, is_default, created_at) values (?, ?, ?, ?, ?)")
                .params(id, tenantId, name.trim(), isDefault, SqlTime.bind(clock.instant()))
                .update();
        // Every board can take tickets at once: an open default status and a closed one.
        insertStatus(tenantId, id, "New", false, true, 1);
        insertStatus(tenantId, id, "Closed", true, false, 2);
        return new BoardInfo(id, name.trim(), isDefault);
    }

    @Override
    public List<BoardInfo> boards(UUID tenantId) {
        return jdbc.sql("select id, name, is_default from boards where tenant_id = ? order by lower(name), id")
                .param(tenantId).query(TicketSetupService::board).list();
    }

    @Override
    public Optional<BoardInfo> board(UUID tenantId, UUID boardId) {
        return jdbc.sql("select id, name, is_default from boards where tenant_id = ? and id = ?")
                .params(tenantId, boardId).query(TicketSetupService::board).optional();
    }

    @Override
    @Transactional
    public StatusInfo createStatus(UUID tenantId, UUID boardId, String name, boolean closed, boolean isDefault) {
        requireName(name);
        board(tenantId, boardId).orElseThrow(() -> new NotFoundException("Board"));
        if (isDefault && closed) {
            throw new InvalidFieldException("isDefault", "a closed status cannot be the default status of new tickets");
        }
        if (isDefault) {
            jdbc.sql("update statuses set is_default = false where tenant_id = ? and board_id = ?").params(tenantId, boardId).update();
        }
        int order = jdbc.sql("select coalesce(max(order_number), 0) + 1 from statuses where tenant_id = ? and board_id = ?")
                .params(tenantId, boardId).query(Integer.class).single();
        return insertStatus(tenantId, boardId, name.trim(), closed, isDefault, order);
    }

    private StatusInfo insertStatus(UUID tenantId, UUID boardId, String name, boolean closed, boolean isDefault, int order) {
        UUID id = ids.generateId();
        jdbc.sql("""
                        insert into statuses (id, tenant_id, board_id, name, is_closed, is_default, order_number, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(id, tenantId, boardId, name, closed, isDefault, order, SqlTime.bind(clock.instant()))
                .update();
        return new StatusInfo(id, boardId, name, closed, isDefault);
    }

    @Override
    public List<StatusInfo> statuses(UUID tenantId, UUID boardId) {
        return jdbc.sql("""
                        select id, board_id, name, is_closed, is_default from statuses
                         where tenant_id = ? and board_id = ? order by order_number, id
                        """)
                .params(tenantId, boardId).query(TicketSetupService::status).list();
    }

    @Override
    public List<StatusInfo> allStatuses(UUID tenantId) {
        return jdbc.sql("select id, board_id, name, is_closed, is_default from statuses where tenant_id = ? order by board_id, order_number, id")
                .param(tenantId).query(TicketSetupService::status).list();
    }

    @Override
    public Optional<StatusInfo> status(UUID tenantId, UUID statusId) {
        return jdbc.sql("select id, board_id, name, is_closed, is_default from statuses where tenant_id = ? and id = ?")
                .params(tenantId, statusId).query(TicketSetupService::status).optional();
    }

    @Override
    public PriorityInfo createPriority(UUID tenantId, String name, Integer orderNumber) {
        requireName(name);
        int order = orderNumber != null ? orderNumber
                : jdbc.sql("select coalesce(max(order_number), 0) + 10 from priorities where tenant_id = ?")
                        .param(tenantId).query(Integer.class).single();
        UUID id = ids.generateId();
        jdbc.sql("insert into priorities (id, tenant_id, name, order_number, created_at) values (?, ?, ?, ?, ?)")
                .params(id, tenantId, name.trim(), order, SqlTime.bind(clock.instant()))
                .update();
        return new PriorityInfo(id, name.trim(), order);
    }

    @Override
    public List<PriorityInfo> priorities(UUID tenantId) {
        return jdbc.sql("select id, name, order_number from priorities where tenant_id = ? order by order_number, lower(name), id")
                .param(tenantId).query(TicketSetupService::priority).list();
    }

    @Override
    public Optional<PriorityInfo> priority(UUID tenantId, UUID priorityId) {
        return jdbc.sql("select id, name, order_number from priorities where tenant_id = ? and id = ?")
                .params(tenantId, priorityId).query(TicketSetupService::priority).optional();
    }

    @Override
    public CategoryInfo createCategory(UUID tenantId, String name, UUID boardId, UUID parentId) {
        requireName(name);
        if (boardId != null && board(tenantId, boardId).isEmpty()) {
            throw new InvalidFieldException("boardId", "no such board");
        }
        if (parentId != null) {
            CategoryInfo parent = category(tenantId, parentId)
                    .orElseThrow(() -> new InvalidFieldException("parentId", "no such category"));
            if (parent.parentId() != null) {
                throw new InvalidFieldException("parentId", "subcategories cannot have subcategories");
            }
            boardId = boardId == null ? parent.boardId() : boardId;
        }
        UUID id = ids.generateId();
        jdbc.sql("insert into categories (id, tenant_id, name, board_id, parent_id, created_at) values (?, ?, ?, ?, ?, ?)")
                .params(id, tenantId, name.trim(), boardId, parentId, SqlTime.bind(clock.instant()))
                .update();
        return new CategoryInfo(id, name.trim(), boardId, parentId);
    }

    @Override
    public List<CategoryInfo> categories(UUID tenantId) {
        return jdbc.sql("select id, name, board_id, parent_id from categories where tenant_id = ? order by lower(name), id")
                .param(tenantId).query(TicketSetupService::category).list();
    }

    @Override
    public Optional<CategoryInfo> category(UUID tenantId, UUID categoryId) {
        return jdbc.sql("select id, name, board_id, parent_id from categories where tenant_id = ? and id = ?")
                .params(tenantId, categoryId).query(TicketSetupService::category).optional();
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidFieldException("name", "must not be blank");
        }
    }

    private static BoardInfo board(ResultSet rs, int n) throws SQLException {
        return new BoardInfo(rs.getObject("id", UUID.class), rs.getString("name"), rs.getBoolean("is_default"));
    }

    private static StatusInfo status(ResultSet rs, int n) throws SQLException {
        return new StatusInfo(rs.getObject("id", UUID.class), rs.getObject("board_id", UUID.class), rs.getString("name"),
                rs.getBoolean("is_closed"), rs.getBoolean("is_default"));
    }

    private static PriorityInfo priority(ResultSet rs, int n) throws SQLException {
        return new PriorityInfo(rs.getObject("id", UUID.class), rs.getString("name"), rs.getInt("order_number"));
    }

    private static CategoryInfo category(ResultSet rs, int n) throws SQLException {
        return new CategoryInfo(rs.getObject("id", UUID.class), rs.getString("name"), rs.getObject("board_id", UUID.class),
                rs.getObject("parent_id", UUID.class));
    }
}
