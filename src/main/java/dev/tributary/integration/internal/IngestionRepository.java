package dev.tributary.integration.internal;

import dev.tributary.integration.IntegrationRef;
import dev.tributary.platform.Jdbc;
import dev.tributary.platform.JsonColumns;
import dev.tributary.platform.SqlTime;
import dev.tributary.psa.AssetType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The kernel's SQL for device correlation: it reads assets joined to their external mappings in
 * one query per page, and writes the mapping rows. Asset rows themselves are written by the psa
 * module's {@link dev.tributary.psa.Assets}.
 */
@Repository
class IngestionRepository {

    static final String ASSET = "asset";

    private final JdbcTemplate jdbc;
    private final JsonColumns json;

    IngestionRepository(JdbcTemplate jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    record Existing(UUID assetId, UUID clientId, AssetType type, String status, String contentHash, boolean mapped) {
    }

    /**
     * External id → asset, through the external mappings: one statement. A mapping whose asset is
     * gone comes back with a null asset id, so the caller knows to replace it.
     */
    Map<String, Existing> correlateByMapping(UUID tenantId, String provider, Collection<String> externalIds) {
        Map<String, Existing> found = new HashMap<>();
        if (externalIds.isEmpty()) {
            return found;
        }
        List<Object> params = new ArrayList<>();
        params.add(tenantId);
        params.add(provider);
        params.addAll(externalIds);
        jdbc.query("""
                        select m.external_entity_id, a.id, a.client_id, a.asset_type, a.status, a.content_hash
                          from tenant_external_entity_mappings m
                          left join assets a on a.id = m.alga_entity_id and a.tenant_id = m.tenant_id
                         where m.tenant_id = ? and m.integration_type = ? and m.alga_entity_type = 'asset'
                           and m.external_entity_id in (%s)
                        """.formatted(Jdbc.placeholders(externalIds.size())),
                rs -> {
                    found.put(rs.getString(1), new Existing(rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                            AssetType.parse(rs.getString(4)), rs.getString(5), rs.getString(6), true));
                },
                params.toArray());
        return found;
    }

    /** Whether the provider has assets without an external mapping (only then is the device-id fallback needed). */
    boolean hasUnmappedAssets(UUID tenantId, String provider) {
        Boolean any = jdbc.queryForObject("""
                        select count(*) from assets a
                         where a.tenant_id = ? and a.rmm_provider = ?
                           and not exists (select 1 from tenant_external_entity_mappings m
                                            where m.tenant_id = a.tenant_id and m.integration_type = a.rmm_provider
                                              and m.alga_entity_type = 'asset' and m.alga_entity_id = a.id)
                        """, (rs, n) -> rs.getLong(1) > 0, tenantId, provider);
        return Boolean.TRUE.equals(any);
    }

    /** Fallback for devices without a mapping: assets already carrying this provider's device id. */
    Map<String, Existing> correlateByDeviceId(UUID tenantId, String provider, Collection<String> externalIds) {
        Map<String, Existing> found = new HashMap<>();
        if (externalIds.isEmpty()) {
            return found;
        }
        List<Object> params = new ArrayList<>();
        params.add(tenantId);
        params.add(provider);
        params.addAll(externalIds);
        jdbc.query("""
                        select rmm_device_id, id, client_id, asset_type, status, content_hash from assets
                         where tenant_id = ? and rmm_provider = ? and rmm_device_id in (%s)
                        """.formatted(Jdbc.placeholders(externalIds.size())),
                rs -> {
                    found.putIfAbsent(rs.getString(1), new Existing(rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                            AssetType.parse(rs.getString(4)), rs.getString(5), rs.getString(6), false));
                },
                params.toArray());
        return found;
    }

    record MappingWrite(UUID id, String externalId, String realm, UUID assetId, Map<String, Object> metadata) {
    }

    /** Removes mapping rows whose asset is gone, before new ones take their external ids. */
    int deleteMappings(UUID tenantId, String provider, List<String> externalIds) {
        List<Object[]> deletes = externalIds.stream().map(id -> new Object[] {tenantId, provider, id}).toList();
        return Jdbc.batch(jdbc, """
                delete from tenant_external_entity_mappings
                 where tenant_id = ? and integration_type = ? and alga_entity_type = 'asset' and external_entity_id = ?
                """, deletes);
    }

    /** Inserts mapping rows. One statement. */
    int insertMappings(UUID tenantId, String provider, List<MappingWrite> rows, Instant now) {
        if (rows.isEmpty()) {
            return 0;
        }
        List<Object[]> inserts = new ArrayList<>(rows.size());
        for (MappingWrite r : rows) {
            inserts.add(new Object[] {r.id(), tenantId, provider, r.assetId(), r.externalId(), r.realm(), now, json.write(r.metadata()), now, now});
        }
        Jdbc.batch(jdbc, """
                insert into tenant_external_entity_mappings (id, tenant_id, integration_type, alga_entity_type, alga_entity_id,
                       external_entity_id, external_realm_id, sync_status, last_synced_at, metadata, created_at, updated_at)
                values (?, ?, ?, 'asset', ?, ?, ?, 'synced', ?, ?, ?, ?)
                """, inserts);
        return 1;
    }

    /**
     * Links the integration's alerts that arrived before their device had an asset (a webhook or a backfill ahead of the
     * device's first sync) to the asset the device is now mapped to. One statement, touching only alerts of these
     * devices that have no asset.
     */
    int linkWaitingAlerts(IntegrationRef integration, Collection<String> externalIds, Instant now) {
        if (externalIds.isEmpty()) {
            return 0;
        }
        List<Object> params = new ArrayList<>();
        params.add(integration.provider());
        params.add(SqlTime.bind(now));
        params.add(integration.tenantId());
        params.add(integration.integrationId());
        params.addAll(externalIds);
        return jdbc.update("""
                        update rmm_alerts
                           set asset_id = (select m.alga_entity_id from tenant_external_entity_mappings m
                                            where m.tenant_id = rmm_alerts.tenant_id and m.integration_type = ?
                                              and m.alga_entity_type = 'asset' and m.external_entity_id = rmm_alerts.external_device_id),
                               updated_at = ?
                         where tenant_id = ? and integration_id = ? and asset_id is null and external_device_id in (%s)
                        """.formatted(Jdbc.placeholders(externalIds.size())), params.toArray());
    }

    /** Refreshes mapping rows of updated devices (realm, sync time, metadata). One statement. */
    int updateMappings(UUID tenantId, String provider, List<MappingWrite> rows, Instant now) {
        List<Object[]> updates = new ArrayList<>(rows.size());
        for (MappingWrite r : rows) {
            updates.add(new Object[] {r.assetId(), r.realm(), now, json.write(r.metadata()), now, tenantId, provider, r.externalId()});
        }
        return Jdbc.batch(jdbc, """
                update tenant_external_entity_mappings set alga_entity_id = ?, external_realm_id = ?, sync_status = 'synced',
                       last_synced_at = ?, metadata = ?, updated_at = ?
                 where tenant_id = ? and integration_type = ? and alga_entity_type = 'asset' and external_entity_id = ?
                """, updates);
    }

    /** Active assets of the provider in the given scopes, streamed as (asset id, device id). */
    void activeAssets(UUID tenantId, String provider, Collection<String> scopeIds, BiConsumer<UUID, String> sink) {
        if (scopeIds.isEmpty()) {
            return;
        }
        List<Object> params = new ArrayList<>();
        params.add(tenantId);
        params.add(provider);
        params.addAll(scopeIds);
        jdbc.query("""
                        select id, rmm_device_id from assets
                         where tenant_id = ? and rmm_provider = ? and status = 'active' and rmm_organization_id in (%s)
                        """.formatted(Jdbc.placeholders(scopeIds.size())),
                rs -> {
                    sink.accept(rs.getObject(1, UUID.class), rs.getString(2));
                },
                params.toArray());
    }
}
