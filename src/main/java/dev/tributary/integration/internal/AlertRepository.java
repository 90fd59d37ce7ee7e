package dev.tributary.integration.internal;

import dev.tributary.integration.AlertRecord;
import dev.tributary.integration.AlertUpsert;
import dev.tributary.integration.Alerts;
import dev.tributary.integration.IntegrationRef;
import dev.tributary.platform.Jdbc;
import dev.tributary.platform.JsonColumns;
import dev.tributary.platform.SqlTime;
import dev.tributary.psa.ListPage;
import dev.tributary.psa.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.IdGenerator;

/**
 * {@code rmm_alerts}. An upsert inserts with {@code on conflict do nothing} and otherwise updates the
 * locked row, so concurrent deliveries of one alert end as one row on both engines.
 */
@Repository
class AlertRepository implements Alerts {

    private static final String SELECT = """
            select a.id, a.integration_id, i.provider, a.external_alert_id, a.external_device_id, a.asset_id, a.ticket_id,
                   a.severity, a.status, a.message, a.device_name, a.triggered_at, a.resolved_at, a.metadata, a.created_at,
                   a.updated_at
              from rmm_alerts a join rmm_integrations i on i.id = a.integration_id
            """;

    private final JdbcClient jdbc;
    private final JsonColumns json;
    private final IdGenerator ids;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final PlannerStatistics statistics;

    AlertRepository(JdbcClient jdbc, JsonColumns json, IdGenerator ids, Clock clock, PlatformTransactionManager transactionManager,
                    PlannerStatistics statistics) {
        this.jdbc = jdbc;
        this.statistics = statistics;
        this.transactions = new TransactionTemplate(transactionManager);
        this.json = json;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Optional<AlertRecord> find(IntegrationRef integration, String externalAlertId) {
        return jdbc.sql(SELECT + " where a.tenant_id = ? and a.integration_id = ? and a.external_alert_id = ?")
                .params(integration.tenantId(), integration.integrationId(), externalAlertId)
                .query(this::alert).optional();
    }

    /**
     * A new alert costs one autocommitted insert and no read-back (the row is exactly what was bound); only a conflict
     * — a redelivery or a change — takes the row lock, updates and re-reads, in one transaction. Webhook bursts are
     * mostly new alerts, so this halves their round trips.
     */
    @Override
    public Upserted upsert(IntegrationRef integration, AlertUpsert alert) {
        Optional<AlertRecord> inserted = insertIfAbsent(integration, alert);
        if (inserted.isPresent()) {
            return new Upserted(inserted.get(), true);
        }
        Instant now = micros(clock.instant());
        String metadata = json.write(metadataOf(alert));
        AlertRecord updated = transactions.execute(status -> {
            jdbc.sql("select id from rmm_alerts where tenant_id = ? and integration_id = ? and external_alert_id = ? for update")
                    .params(integration.tenantId(), integration.integrationId(), alert.externalAlertId())
                    .query(UUID.class).single();
            jdbc.sql("""
                            update rmm_alerts set external_device_id = coalesce(?, external_device_id), asset_id = coalesce(?, asset_id),
                                   severity = ?, status = ?, message = coalesce(?, message), device_name = coalesce(?, device_name),
                                   triggered_at = coalesce(triggered_at, ?), resolved_at = ?, metadata = ?, updated_at = ?
                             where tenant_id = ? and integration_id = ? and external_alert_id = ?
                            """)
                    .params(alert.externalDeviceId(), alert.assetId(), alert.severity(), alert.status(), alert.message(),
                            alert.deviceName(), SqlTime.bind(alert.triggeredAt()), SqlTime.bind(alert.resolvedAt()),
                            metadata, SqlTime.bind(now), integration.tenantId(), integration.integrationId(),
                            alert.externalAlertId())
                    .update();
            return find(integration, alert.externalAlertId()).orElseThrow();
        });
        return new Upserted(updated, false);
    }

    @Override
    public Optional<AlertRecord> insertIfAbsent(IntegrationRef integration, AlertUpsert alert) {
        Instant now = micros(clock.instant());
        UUID id = ids.generateId();
        GeneratedKeyHolder stored = new GeneratedKeyHolder();
        // The asset comes from the device's mapping inside the insert, and is handed back with the new row's keys: one
        // round trip for a new alert from a known device.
        boolean created = jdbc.sql("""
                        insert into rmm_alerts (id, tenant_id, integration_id, external_alert_id, external_device_id, asset_id,
                               severity, status, message, device_name, triggered_at, resolved_at, metadata, created_at, updated_at)
                        values (?, ?, ?, ?, ?,
                                coalesce(?, (select m.alga_entity_id from tenant_external_entity_mappings m
                                              where m.tenant_id = ? and m.integration_type = ? and m.alga_entity_type = 'asset'
                                                and m.external_entity_id = ?)),
                                ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict do nothing
                        """)
                .params(id, integration.tenantId(), integration.integrationId(), alert.externalAlertId(), alert.externalDeviceId(),
                        alert.assetId(), integration.tenantId(), integration.provider(), alert.externalDeviceId(),
                        alert.severity(), alert.status(), alert.message(), alert.deviceName(),
                        SqlTime.bind(micros(alert.triggeredAt())), SqlTime.bind(micros(alert.resolvedAt())),
                        json.write(metadataOf(alert)), SqlTime.bind(now), SqlTime.bind(now))
                .update(stored, "asset_id") == 1;
        if (!created) {
            return Optional.empty();
        }
        statistics.alertsInserted(1);
        UUID assetId = alert.assetId() != null ? alert.assetId() : storedAssetId(stored);
        return Optional.of(new AlertRecord(id, integration.integrationId(), integration.provider(), alert.externalAlertId(),
                alert.externalDeviceId(), assetId, null, alert.severity(), alert.status(), alert.message(),
                alert.deviceName(), micros(alert.triggeredAt()), micros(alert.resolvedAt()), metadataOf(alert), now, now));
    }

    private static UUID storedAssetId(GeneratedKeyHolder stored) {
        Map<String, Object> keys = stored.getKeys();
        Object value = keys == null || keys.isEmpty() ? null : keys.values().iterator().next();
        return value == null ? null : value instanceof UUID uuid ? uuid : UUID.fromString(value.toString());
    }

    /** Rounded to the microseconds both databases store, so the record returned for a new row is the row. */
    private static Instant micros(Instant instant) {
        return instant == null ? null : instant.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
    }

    private static Map<String, Object> metadataOf(AlertUpsert alert) {
        return alert.metadata() == null ? Map.of() : alert.metadata();
    }

    @Override
    public void linkTicket(IntegrationRef integration, UUID alertId, UUID ticketId) {
        jdbc.sql("update rmm_alerts set ticket_id = ?, updated_at = ? where tenant_id = ? and integration_id = ? and id = ?")
                .params(ticketId, SqlTime.bind(clock.instant()), integration.tenantId(), integration.integrationId(), alertId)
                .update();
    }

    @Override
    public void linkAsset(IntegrationRef integration, UUID alertId, UUID assetId) {
        jdbc.sql("update rmm_alerts set asset_id = ?, updated_at = ? where tenant_id = ? and integration_id = ? and id = ?")
                .params(assetId, SqlTime.bind(clock.instant()), integration.tenantId(), integration.integrationId(), alertId)
                .update();
    }

    @Override
    @Transactional
    public void mergeMetadata(IntegrationRef integration, String externalAlertId, Map<String, Object> entries) {
        find(integration, externalAlertId).ifPresent(alert -> {
            Map<String, Object> metadata = new LinkedHashMap<>(alert.metadata());
            metadata.putAll(entries);
            jdbc.sql("update rmm_alerts set metadata = ?, updated_at = ? where tenant_id = ? and id = ?")
                    .params(json.write(metadata), SqlTime.bind(clock.instant()), integration.tenantId(), alert.id())
                    .update();
        });
    }

    @Override
    public ListPage<AlertRecord> list(UUID tenantId, String provider, String status, PageRequest page) {
        StringBuilder where = new StringBuilder(" where a.tenant_id = ?");
        List<Object> params = new ArrayList<>();
        params.add(tenantId);
        if (provider != null) {
            where.append(" and i.provider = ?");
            params.add(provider);
        }
        if (status != null) {
            where.append(" and a.status = ?");
            params.add(status);
        }
        long total = jdbc.sql("select count(*) from rmm_alerts a join rmm_integrations i on i.id = a.integration_id" + where)
                .params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.limit());
        pageParams.add(page.offset());
        List<AlertRecord> items = jdbc.sql(SELECT + where + " order by coalesce(a.triggered_at, a.created_at) desc, a.id limit ? offset ?")
                .params(pageParams).query(this::alert).list();
        return new ListPage<>(items, total);
    }

    @Override
    public long countByStatus(UUID tenantId, UUID integrationId, String... statuses) {
        if (statuses.length == 0) {
            return jdbc.sql("select count(*) from rmm_alerts where tenant_id = ? and integration_id = ?")
                    .params(tenantId, integrationId).query(Long.class).single();
        }
        List<Object> params = new ArrayList<>(List.of(tenantId, integrationId));
        params.addAll(Arrays.asList(statuses));
        return jdbc.sql("select count(*) from rmm_alerts where tenant_id = ? and integration_id = ? and status in ("
                        + Jdbc.placeholders(statuses.length) + ")")
                .params(params).query(Long.class).single();
    }

    private AlertRecord alert(ResultSet rs, int n) throws SQLException {
        return new AlertRecord(rs.getObject("id", UUID.class), rs.getObject("integration_id", UUID.class), rs.getString("provider"),
                rs.getString("external_alert_id"), rs.getString("external_device_id"), rs.getObject("asset_id", UUID.class),
                rs.getObject("ticket_id", UUID.class), rs.getString("severity"), rs.getString("status"), rs.getString("message"),
                rs.getString("device_name"), SqlTime.read(rs, "triggered_at"), SqlTime.read(rs, "resolved_at"),
                json.readMap(rs.getString("metadata")), SqlTime.read(rs, "created_at"), SqlTime.read(rs, "updated_at"));
    }
}
