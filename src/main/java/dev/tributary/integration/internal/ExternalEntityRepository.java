package dev.tributary.integration.internal;

import dev.tributary.integration.ExternalEntities;
import dev.tributary.platform.JsonColumns;
import dev.tributary.platform.SqlTime;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.IdGenerator;

@Repository
class ExternalEntityRepository implements ExternalEntities {

    private final JdbcClient jdbc;
    private final JsonColumns json;
    private final IdGenerator ids;
    private final Clock clock;

    ExternalEntityRepository(JdbcClient jdbc, JsonColumns json, IdGenerator ids, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void linkAsset(UUID tenantId, String integrationType, String externalId, String realm, UUID assetId,
                          Map<String, Object> metadata) {
        Instant now = clock.instant();
        int updated = jdbc.sql("""
                        update tenant_external_entity_mappings set alga_entity_id = ?, external_realm_id = ?, sync_status = 'synced',
                               last_synced_at = ?, metadata = ?, updated_at = ?
                         where tenant_id = ? and integration_type = ? and alga_entity_type = 'asset' and external_entity_id = ?
                        """)
                .params(assetId, realm, SqlTime.bind(now), json.write(metadata), SqlTime.bind(now), tenantId, integrationType, externalId)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into tenant_external_entity_mappings (id, tenant_id, integration_type, alga_entity_type, alga_entity_id,
                                   external_entity_id, external_realm_id, sync_status, last_synced_at, metadata, created_at, updated_at)
                            values (?, ?, ?, 'asset', ?, ?, ?, 'synced', ?, ?, ?, ?)
                            on conflict do nothing
                            """)
                    .params(ids.generateId(), tenantId, integrationType, assetId, externalId, realm, SqlTime.bind(now),
                            json.write(metadata), SqlTime.bind(now), SqlTime.bind(now))
                    .update();
        }
    }

    @Override
    public Optional<UUID> findAsset(UUID tenantId, String integrationType, String externalId) {
        return jdbc.sql("""
                        select alga_entity_id from tenant_external_entity_mappings
                         where tenant_id = ? and integration_type = ? and alga_entity_type = 'asset' and external_entity_id = ?
                        """)
                .params(tenantId, integrationType, externalId).query(UUID.class).optional();
    }

    @Override
    public Map<String, UUID> assetsByExternalId(UUID tenantId, String integrationType) {
        Map<String, UUID> result = new HashMap<>();
        jdbc.sql("""
                        select external_entity_id, alga_entity_id from tenant_external_entity_mappings
                         where tenant_id = ? and integration_type = ? and alga_entity_type = 'asset'
                        """)
                .params(tenantId, integrationType)
                .query((rs, n) -> result.put(rs.getString(1), rs.getObject(2, UUID.class))).list();
        return result;
    }
}
