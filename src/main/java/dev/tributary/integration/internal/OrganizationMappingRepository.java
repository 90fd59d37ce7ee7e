package dev.tributary.integration.internal;

import dev.tributary.integration.OrganizationMapping;
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

@Repository
class OrganizationMappingRepository {

    private static final String COLUMNS = """
            id, integration_id, external_organization_id, external_organization_name, client_id, auto_create_tickets,
            auto_sync_assets, metadata, last_synced_at
            """;

    private final JdbcClient jdbc;
    private final JsonColumns json;

    OrganizationMappingRepository(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<OrganizationMapping> list(UUID tenantId, UUID integrationId) {
        return jdbc.sql("select " + COLUMNS + " from rmm_organization_mappings where tenant_id = ? and integration_id = ?"
                        + " order by lower(external_organization_name), external_organization_id")
                .params(tenantId, integrationId).query(this::mapping).list();
    }

    Optional<OrganizationMapping> find(UUID tenantId, UUID integrationId, String externalId) {
        return jdbc.sql("select " + COLUMNS + " from rmm_organization_mappings where tenant_id = ? and integration_id = ?"
                        + " and external_organization_id = ?")
                .params(tenantId, integrationId, externalId).query(this::mapping).optional();
    }

    Optional<OrganizationMapping> findById(UUID tenantId, UUID integrationId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from rmm_organization_mappings where tenant_id = ? and integration_id = ? and id = ?")
                .params(tenantId, integrationId, id).query(this::mapping).optional();
    }

    /** Returns false when the row already exists (concurrent discovery is harmless). */
    boolean insert(UUID id, UUID tenantId, UUID integrationId, String externalId, String name, boolean autoCreateTickets,
                   boolean autoSyncAssets, Map<String, Object> metadata, Instant now) {
        return jdbc.sql("""
                        insert into rmm_organization_mappings (id, tenant_id, integration_id, external_organization_id,
                               external_organization_name, client_id, auto_create_tickets, auto_sync_assets, metadata,
                               last_synced_at, created_at, updated_at)
                        values (?, ?, ?, ?, ?, null, ?, ?, ?, ?, ?, ?)
                        on conflict do nothing
                        """)
                .params(id, tenantId, integrationId, externalId, name, autoCreateTickets, autoSyncAssets, json.write(metadata),
                        SqlTime.bind(now), SqlTime.bind(now), SqlTime.bind(now))
                .update() == 1;
    }

    /** A rediscovered scope: only its name, metadata and sync time change; choices and toggles stay. */
    void refresh(UUID tenantId, UUID id, String name, Map<String, Object> metadata, Instant now) {
        jdbc.sql("""
                        update rmm_organization_mappings set external_organization_name = ?, metadata = ?, last_synced_at = ?,
                               updated_at = ?
                         where tenant_id = ? and id = ?
                        """)
                .params(name, json.write(metadata), SqlTime.bind(now), SqlTime.bind(now), tenantId, id).update();
    }

    /** Sets the client only while the row is still unmapped, so a concurrent manual choice wins. */
    boolean autoMatch(UUID tenantId, UUID id, UUID clientId, Map<String, Object> metadata, Instant now) {
        return jdbc.sql("""
                        update rmm_organization_mappings set client_id = ?, metadata = ?, updated_at = ?
                         where tenant_id = ? and id = ? and client_id is null
                        """)
                .params(clientId, json.write(metadata), SqlTime.bind(now), tenantId, id).update() == 1;
    }

    void update(UUID tenantId, UUID id, UUID clientId, boolean autoCreateTickets, boolean autoSyncAssets,
                Map<String, Object> metadata, Instant now) {
        jdbc.sql("""
                        update rmm_organization_mappings set client_id = ?, auto_create_tickets = ?, auto_sync_assets = ?,
                               metadata = ?, updated_at = ?
                         where tenant_id = ? and id = ?
                        """)
                .params(clientId, autoCreateTickets, autoSyncAssets, json.write(metadata), SqlTime.bind(now), tenantId, id)
                .update();
    }

    long unmappedCount(UUID tenantId, UUID integrationId) {
        return jdbc.sql("select count(*) from rmm_organization_mappings where tenant_id = ? and integration_id = ? and client_id is null")
                .params(tenantId, integrationId).query(Long.class).single();
    }

    private OrganizationMapping mapping(ResultSet rs, int n) throws SQLException {
        Map<String, Object> metadata = json.readMap(rs.getString("metadata"));
        return new OrganizationMapping(rs.getObject("id", UUID.class), rs.getObject("integration_id", UUID.class),
                rs.getString("external_organization_id"), rs.getString("external_organization_name"),
                rs.getObject("client_id", UUID.class), Boolean.TRUE.equals(metadata.get("autoMatched")),
                rs.getBoolean("auto_create_tickets"), rs.getBoolean("auto_sync_assets"), metadata,
                SqlTime.read(rs, "last_synced_at"));
    }
}
