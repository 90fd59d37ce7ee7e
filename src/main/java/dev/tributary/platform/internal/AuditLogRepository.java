package dev.tributary.platform.internal;

import dev.tributary.platform.AuditLog;
import dev.tributary.platform.JsonColumns;
import dev.tributary.platform.SqlTime;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.util.IdGenerator;

@Repository
class AuditLogRepository implements AuditLog {

    private final JdbcClient jdbc;
    private final JsonColumns json;
    private final IdGenerator ids;
    private final Clock clock;

    AuditLogRepository(JdbcClient jdbc, JsonColumns json, IdGenerator ids, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public void record(UUID tenantId, String actor, String action, String entityType, String entityId, Map<String, ?> details) {
        jdbc.sql("""
                        insert into audit_log (id, tenant_id, actor, action, entity_type, entity_id, details, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(ids.generateId(), tenantId, actor, action, entityType, entityId,
                        details == null ? null : json.write(details), SqlTime.bind(clock.instant()))
                .update();
    }
}
