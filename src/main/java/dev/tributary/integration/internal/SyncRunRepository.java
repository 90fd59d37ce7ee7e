package dev.tributary.integration.internal;

import dev.tributary.integration.RunKind;
import dev.tributary.integration.RunState;
import dev.tributary.integration.RunTrigger;
import dev.tributary.integration.SyncRunView;
import dev.tributary.platform.JsonColumns;
import dev.tributary.platform.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

@Repository
class SyncRunRepository {

    private static final TypeReference<LinkedHashMap<String, Long>> COUNTS = new TypeReference<>() { };
    private static final String COLUMNS = """
            id, integration_id, kind, run_trigger, state, created_at, started_at, finished_at, progress_done, progress_total,
            counts, error, skipped_reason
            """;

    private final JdbcClient jdbc;
    private final JsonColumns json;

    SyncRunRepository(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(UUID id, UUID tenantId, UUID integrationId, RunKind kind, RunTrigger trigger, RunState state, Instant now,
                String node) {
        jdbc.sql("""
                        insert into sync_runs (id, tenant_id, integration_id, kind, run_trigger, state, progress_done, counts, node,
                                               started_at, created_at)
                        values (?, ?, ?, ?, ?, ?, 0, '{}', ?, ?, ?)
                        """)
                .params(id, tenantId, integrationId, kind.value(), trigger.value(), state.value(), node,
                        state == RunState.RUNNING ? SqlTime.bind(now) : null, SqlTime.bind(now))
                .update();
    }

    void markRunning(UUID tenantId, UUID id, Instant now, String node) {
        jdbc.sql("update sync_runs set state = 'running', started_at = coalesce(started_at, ?), node = ? where tenant_id = ? and id = ?")
                .params(SqlTime.bind(now), node, tenantId, id).update();
    }

    void progress(UUID tenantId, UUID id, long done, Long total, Map<String, Long> counts) {
        jdbc.sql("update sync_runs set progress_done = ?, progress_total = ?, counts = ? where tenant_id = ? and id = ?")
                .params(done, total, json.write(counts), tenantId, id).update();
    }

    void finish(UUID tenantId, UUID id, RunState state, Instant now, long done, Long total, Map<String, Long> counts, String error,
                String skippedReason) {
        jdbc.sql("""
                        update sync_runs set state = ?, finished_at = ?, progress_done = ?, progress_total = ?, counts = ?, error = ?,
                               skipped_reason = ?
                         where tenant_id = ? and id = ?
                        """)
                .params(state.value(), SqlTime.bind(now), done, total, json.write(counts), error, skippedReason, tenantId, id)
                .update();
    }

    void delete(UUID tenantId, UUID id) {
        jdbc.sql("delete from sync_runs where tenant_id = ? and id = ?").params(tenantId, id).update();
    }

    Optional<SyncRunView> find(UUID tenantId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from sync_runs where tenant_id = ? and id = ?")
                .params(tenantId, id).query(this::view).optional();
    }

    List<SyncRunView> history(UUID tenantId, UUID integrationId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from sync_runs where tenant_id = ? and integration_id = ?"
                        + " order by created_at desc, id desc limit ?")
                .params(tenantId, integrationId, limit).query(this::view).list();
    }

    List<SyncRunView> recent(UUID tenantId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from sync_runs where tenant_id = ? order by created_at desc, id desc limit ?")
                .params(tenantId, limit).query(this::view).list();
    }

    /** The latest finished run of a kind other than {@code excluded}. */
    Optional<SyncRunView> latestOfKind(UUID tenantId, UUID integrationId, RunKind kind, UUID excluded) {
        return jdbc.sql("select " + COLUMNS + " from sync_runs where tenant_id = ? and integration_id = ? and kind = ? and id <> ?"
                        + " order by created_at desc, id desc limit 1")
                .params(tenantId, integrationId, kind.value(), excluded).query(this::view).optional();
    }

    /** Runs whose instance died: queued or running, while no live lease covers them. System-wide. */
    int failAbandoned(Instant now, String message) {
        return jdbc.sql("""
                        update sync_runs set state = 'failed', error = ?, finished_at = ?
                         where state in ('queued', 'running')
                           and not exists (select 1 from rmm_integrations i
                                            where i.running_run_id = sync_runs.id and i.run_lease_until >= ?)
                           and created_at < ?
                        """)
                .params(message, SqlTime.bind(now), SqlTime.bind(now), SqlTime.bind(now.minusSeconds(60)))
                .update();
    }

    private SyncRunView view(ResultSet rs, int n) throws SQLException {
        Map<String, Long> counts = json.read(rs.getString("counts"), COUNTS);
        long total = rs.getLong("progress_total");
        Long progressTotal = rs.wasNull() ? null : total;
        return new SyncRunView(rs.getObject("id", UUID.class), rs.getObject("integration_id", UUID.class),
                RunKind.parse(rs.getString("kind")).orElseThrow(), RunTrigger.valueOf(rs.getString("run_trigger").toUpperCase()),
                RunState.valueOf(rs.getString("state").toUpperCase()), SqlTime.read(rs, "created_at"), SqlTime.read(rs, "started_at"),
                SqlTime.read(rs, "finished_at"), rs.getLong("progress_done"), progressTotal,
                counts == null ? Map.of() : counts, rs.getString("error"), rs.getString("skipped_reason"));
    }
}
