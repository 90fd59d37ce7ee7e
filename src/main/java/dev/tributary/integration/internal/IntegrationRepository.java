package dev.tributary.integration.internal;

import dev.tributary.integration.IntegrationRecord;
import dev.tributary.platform.JsonColumns;
import dev.tributary.platform.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Explicit SQL for {@code rmm_integrations}; every query is tenant-scoped except the scheduler's scan. */
@Repository
class IntegrationRepository {

    private static final String COLUMNS = """
            id, tenant_id, provider, instance_url, is_active, connected_at, sync_status, sync_error, last_sync_at,
            last_incremental_sync_at, last_full_sync_at, settings, webhook_key
            """;

    private final JdbcClient jdbc;
    private final JsonColumns json;

    IntegrationRepository(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<IntegrationRecord> find(UUID tenantId, String provider) {
        return jdbc.sql("select " + COLUMNS + " from rmm_integrations where tenant_id = ? and provider = ?")
                .params(tenantId, provider).query(this::record).optional();
    }

    Optional<IntegrationRecord> findById(UUID tenantId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from rmm_integrations where tenant_id = ? and id = ?")
                .params(tenantId, id).query(this::record).optional();
    }

    /** Locks the row for a read-modify-write of its settings. */
    Optional<IntegrationRecord> findForUpdate(UUID tenantId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from rmm_integrations where tenant_id = ? and id = ? for update")
                .params(tenantId, id).query(this::record).optional();
    }

    /** Webhook URLs carry an unguessable key; the key alone identifies the integration and its tenant. */
    Optional<IntegrationRecord> findByWebhookKey(String key) {
        return jdbc.sql("select " + COLUMNS + " from rmm_integrations where webhook_key = ?")
                .param(key).query(this::record).optional();
    }

    /** System-wide scan used by the scheduler's reconciliation; not tied to a request tenant. */
    List<IntegrationRecord> allActive() {
        return jdbc.sql("select " + COLUMNS + " from rmm_integrations where is_active = true").query(this::record).list();
    }

    void insert(UUID id, UUID tenantId, String provider, Map<String, Object> settings, String webhookKey, Instant now) {
        jdbc.sql("""
                        insert into rmm_integrations (id, tenant_id, provider, is_active, sync_status, settings, webhook_key,
                                                      created_at, updated_at)
                        values (?, ?, ?, false, 'pending', ?, ?, ?, ?)
                        """)
                .params(id, tenantId, provider, json.write(settings), webhookKey, SqlTime.bind(now), SqlTime.bind(now))
                .update();
    }

    void markConnected(UUID tenantId, UUID id, String instanceUrl, Map<String, Object> settings, Instant now) {
        jdbc.sql("""
                        update rmm_integrations set instance_url = ?, is_active = true, connected_at = ?, sync_status = 'pending',
                               sync_error = null, settings = ?, updated_at = ?
                         where tenant_id = ? and id = ?
                        """)
                .params(instanceUrl, SqlTime.bind(now), json.write(settings), SqlTime.bind(now), tenantId, id)
                .update();
    }

    void markDisconnected(UUID tenantId, UUID id, Instant now) {
        jdbc.sql("""
                        update rmm_integrations set is_active = false, sync_status = 'pending', sync_error = null, updated_at = ?
                         where tenant_id = ? and id = ?
                        """)
                .params(SqlTime.bind(now), tenantId, id).update();
    }

    void saveSettings(UUID tenantId, UUID id, Map<String, Object> settings, Instant now) {
        jdbc.sql("update rmm_integrations set settings = ?, updated_at = ? where tenant_id = ? and id = ?")
                .params(json.write(settings), SqlTime.bind(now), tenantId, id).update();
    }

    void recordError(UUID tenantId, UUID id, String message, Instant now) {
        jdbc.sql("update rmm_integrations set sync_status = 'error', sync_error = ?, updated_at = ? where tenant_id = ? and id = ?")
                .params(message, SqlTime.bind(now), tenantId, id).update();
    }

    void clearError(UUID tenantId, UUID id, Instant now) {
        jdbc.sql("""
                        update rmm_integrations set sync_status = case when sync_status = 'error' then 'completed' else sync_status end,
                               sync_error = null, updated_at = ?
                         where tenant_id = ? and id = ?
                        """)
                .params(SqlTime.bind(now), tenantId, id).update();
    }

    void rotateWebhookKey(UUID tenantId, UUID id, String key, Instant now) {
        jdbc.sql("update rmm_integrations set webhook_key = ?, updated_at = ? where tenant_id = ? and id = ?")
                .params(key, SqlTime.bind(now), tenantId, id).update();
    }

    /** Compare-and-set of the run lock: succeeds when no run holds it or its holder's lease expired. */
    boolean tryLock(UUID tenantId, UUID id, UUID runId, Instant leaseUntil, Instant now) {
        return jdbc.sql("""
                        update rmm_integrations set running_run_id = ?, run_lease_until = ?
                         where tenant_id = ? and id = ? and (running_run_id is null or run_lease_until < ?)
                        """)
                .params(runId, SqlTime.bind(leaseUntil), tenantId, id, SqlTime.bind(now))
                .update() == 1;
    }

    void extendLease(UUID tenantId, UUID id, UUID runId, Instant leaseUntil) {
        jdbc.sql("update rmm_integrations set run_lease_until = ? where tenant_id = ? and id = ? and running_run_id = ?")
                .params(SqlTime.bind(leaseUntil), tenantId, id, runId).update();
    }

    void unlock(UUID tenantId, UUID id, UUID runId) {
        jdbc.sql("update rmm_integrations set running_run_id = null, run_lease_until = null where tenant_id = ? and id = ? and running_run_id = ?")
                .params(tenantId, id, runId).update();
    }

    /** Records a finished run on the integration: status, error and the sync timestamps. */
    void recordRun(UUID tenantId, UUID id, String syncStatus, String syncError, Instant lastSync, Instant lastIncremental,
                   Instant lastFull, Instant now) {
        jdbc.sql("""
                        update rmm_integrations set sync_status = ?, sync_error = ?,
                               last_sync_at = coalesce(?, last_sync_at),
                               last_incremental_sync_at = coalesce(?, last_incremental_sync_at),
                               last_full_sync_at = coalesce(?, last_full_sync_at), updated_at = ?
                         where tenant_id = ? and id = ?
                        """)
                .params(syncStatus, syncError, SqlTime.bind(lastSync), SqlTime.bind(lastIncremental), SqlTime.bind(lastFull),
                        SqlTime.bind(now), tenantId, id)
                .update();
    }

    long deviceCount(UUID tenantId, String provider) {
        return jdbc.sql("select count(*) from assets where tenant_id = ? and rmm_provider = ? and status = 'active'")
                .params(tenantId, provider).query(Long.class).single();
    }

    private IntegrationRecord record(ResultSet rs, int n) throws SQLException {
        return new IntegrationRecord(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class), rs.getString("provider"),
                rs.getString("instance_url"), rs.getBoolean("is_active"), SqlTime.read(rs, "connected_at"), rs.getString("sync_status"),
                rs.getString("sync_error"), SqlTime.read(rs, "last_sync_at"), SqlTime.read(rs, "last_incremental_sync_at"),
                SqlTime.read(rs, "last_full_sync_at"), json.readMap(rs.getString("settings")), rs.getString("webhook_key"));
    }
}
