package dev.tributary.psa.asset;

import dev.tributary.platform.Jdbc;
import dev.tributary.platform.JsonColumns;
import dev.tributary.platform.SqlTime;
import dev.tributary.psa.AgentStatus;
import dev.tributary.psa.AssetDetails;
import dev.tributary.psa.AssetDetails.DiskUsage;
import dev.tributary.psa.AssetDetails.InstalledSoftware;
import dev.tributary.psa.AssetQuery;
import dev.tributary.psa.AssetType;
import dev.tributary.psa.AssetView;
import dev.tributary.psa.AssetWrite;
import dev.tributary.psa.Assets.AssetMatch;
import dev.tributary.psa.ListPage;
import dev.tributary.psa.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

/**
 * Explicit SQL for assets and their detail rows. Writes are JDBC batches: one statement per
 * table whatever the number of rows. In details, {@code null} keeps the stored value and an empty
 * string clears it (see {@link AssetDetails}).
 */
@Repository
class AssetRepository {

    private static final TypeReference<List<DiskUsage>> DISKS = new TypeReference<>() { };
    private static final TypeReference<List<InstalledSoftware>> SOFTWARE = new TypeReference<>() { };

    private static final String INSERT_ASSET = """
            insert into assets (id, tenant_id, client_id, asset_type, name, asset_tag, serial_number, status, location,
                                rmm_provider, rmm_device_id, rmm_organization_id, agent_status, last_seen_at, last_rmm_sync_at,
                                content_hash, created_at, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String UPDATE_ASSET = """
            update assets set client_id = ?, asset_type = ?, name = ?, asset_tag = coalesce(?, asset_tag),
                   serial_number = nullif(coalesce(?, serial_number), ''), status = ?, location = coalesce(?, location),
                   rmm_provider = ?, rmm_device_id = ?, rmm_organization_id = ?, agent_status = ?,
                   last_seen_at = coalesce(?, last_seen_at), last_rmm_sync_at = ?, content_hash = ?, updated_at = ?
             where id = ? and tenant_id = ?
            """;
    private static final String DETAIL_COLUMNS = "os_type, os_version, agent_version, current_username, uptime_seconds, lan_ip, "
            + "wan_ip, cpu_model, cpu_cores, ram_gb, disk_usage, installed_software, system_info, last_reboot_at";
    private static final String UPDATE_DETAILS = """
             set os_type = nullif(coalesce(?, os_type), ''), os_version = nullif(coalesce(?, os_version), ''),
                 agent_version = nullif(coalesce(?, agent_version), ''),
                 current_username = nullif(coalesce(?, current_username), ''), uptime_seconds = coalesce(?, uptime_seconds),
                 lan_ip = nullif(coalesce(?, lan_ip), ''), wan_ip = nullif(coalesce(?, wan_ip), ''),
                 cpu_model = nullif(coalesce(?, cpu_model), ''), cpu_cores = coalesce(?, cpu_cores), ram_gb = coalesce(?, ram_gb),
                 disk_usage = coalesce(?, disk_usage), installed_software = coalesce(?, installed_software),
                 system_info = coalesce(?, system_info), last_reboot_at = coalesce(?, last_reboot_at)
             where asset_id = ? and tenant_id = ?
            """;
    private static final String SELECT_VIEW = """
            select a.id, a.name, a.asset_type, a.client_id, c.name as client_name, a.status, a.asset_tag, a.serial_number,
                   a.rmm_provider, a.rmm_device_id, a.rmm_organization_id, a.agent_status, a.last_seen_at, a.last_rmm_sync_at
              from assets a join clients c on c.id = a.client_id
            """;

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;
    private final JsonColumns json;

    AssetRepository(JdbcTemplate jdbcTemplate, JdbcClient jdbc, JsonColumns json) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = jdbc;
        this.json = json;
    }

    static String detailTable(AssetType type) {
        return type.isServer() ? "server_assets" : "workstation_assets";
    }

    void insertAll(UUID tenantId, List<AssetWrite> assets, Instant now) {
        List<Object[]> rows = new ArrayList<>(assets.size());
        for (AssetWrite a : assets) {
            rows.add(new Object[] {a.id(), tenantId, a.clientId(), a.type().value(), a.name(), a.assetTag(), blankToNull(a.serialNumber()),
                a.status(), a.location(), a.rmmProvider(), a.rmmDeviceId(), a.rmmOrganizationId(), status(a.agentStatus()),
                a.lastSeenAt(), a.lastRmmSyncAt(), a.contentHash(), now, now});
        }
        Jdbc.batch(jdbcTemplate, INSERT_ASSET, rows);
        insertDetails(tenantId, assets);
    }

    private void insertDetails(UUID tenantId, List<AssetWrite> assets) {
        Map<String, List<Object[]>> byTable = new LinkedHashMap<>();
        for (AssetWrite a : assets) {
            AssetDetails d = a.details() == null ? AssetDetails.empty() : a.details();
            byTable.computeIfAbsent(detailTable(a.type()), t -> new ArrayList<>()).add(new Object[] {
                a.id(), tenantId, blankToNull(d.osType()), blankToNull(d.osVersion()), blankToNull(d.agentVersion()),
                blankToNull(d.currentUser()), d.uptimeSeconds(), blankToNull(d.lanIp()), blankToNull(d.wanIp()),
                blankToNull(d.cpuModel()), d.cpuCores(), d.ramGb(), json.write(d.diskUsage()), json.write(d.installedSoftware()),
                json.write(d.systemInfo()), d.lastRebootAt()});
        }
        byTable.forEach((table, rows) -> Jdbc.batch(jdbcTemplate,
                "insert into " + table + " (asset_id, tenant_id, " + DETAIL_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows));
    }

    void updateAll(UUID tenantId, List<AssetWrite> assets, Map<UUID, AssetType> previousTypes, Instant now) {
        List<Object[]> rows = new ArrayList<>(assets.size());
        List<AssetWrite> moved = new ArrayList<>();
        Map<String, List<Object[]>> detailRows = new LinkedHashMap<>();
        for (AssetWrite a : assets) {
            rows.add(new Object[] {a.clientId(), a.type().value(), a.name(), a.assetTag(), a.serialNumber(), a.status(), a.location(),
                a.rmmProvider(), a.rmmDeviceId(), a.rmmOrganizationId(), status(a.agentStatus()), a.lastSeenAt(), a.lastRmmSyncAt(),
                a.contentHash(), now, a.id(), tenantId});
            AssetType previous = previousTypes.getOrDefault(a.id(), a.type());
            if (previous.isServer() != a.type().isServer()) {
                moved.add(a);
                continue;
            }
            AssetDetails d = a.details() == null ? AssetDetails.empty() : a.details();
            detailRows.computeIfAbsent(detailTable(a.type()), t -> new ArrayList<>()).add(new Object[] {
                d.osType(), d.osVersion(), d.agentVersion(), d.currentUser(), d.uptimeSeconds(), d.lanIp(), d.wanIp(), d.cpuModel(),
                d.cpuCores(), d.ramGb(), json.write(d.diskUsage()), json.write(d.installedSoftware()), json.write(d.systemInfo()),
                d.lastRebootAt(), a.id(), tenantId});
        }
        Jdbc.batch(jdbcTemplate, UPDATE_ASSET, rows);
        detailRows.forEach((table, batch) -> Jdbc.batch(jdbcTemplate, "update " + table + UPDATE_DETAILS, batch));
        if (!moved.isEmpty()) {
            // A reclassified asset: its details move to the other table (rare; whatever was stored moves along).
            List<Object[]> ids = moved.stream().map(a -> new Object[] {a.id(), tenantId}).toList();
            Jdbc.batch(jdbcTemplate, "delete from workstation_assets where asset_id = ? and tenant_id = ?", ids);
            Jdbc.batch(jdbcTemplate, "delete from server_assets where asset_id = ? and tenant_id = ?", ids);
            insertDetails(tenantId, moved);
        }
    }

    int markInactive(UUID tenantId, Collection<UUID> assetIds, Instant now) {
        List<Object[]> rows = assetIds.stream().map(id -> new Object[] {now, id, tenantId}).toList();
        Jdbc.batch(jdbcTemplate, "update assets set status = 'inactive', content_hash = null, updated_at = ? where id = ? and tenant_id = ?",
                rows);
        return rows.size();
    }

    void replaceInstalledSoftware(UUID tenantId, Map<UUID, List<InstalledSoftware>> softwareByAsset) {
        List<Object[]> rows = new ArrayList<>(softwareByAsset.size());
        softwareByAsset.forEach((assetId, software) -> rows.add(new Object[] {json.write(software), assetId, tenantId}));
        for (String table : List.of("workstation_assets", "server_assets")) {
            Jdbc.batch(jdbcTemplate, "update " + table + " set installed_software = ? where asset_id = ? and tenant_id = ?", rows);
        }
    }

    List<AssetMatch> findByName(UUID tenantId, UUID clientId, String name) {
        return jdbc.sql("select id, name, serial_number, client_id from assets where tenant_id = ? and client_id = ? and lower(name) = ?")
                .params(tenantId, clientId, name.toLowerCase())
                .query((rs, n) -> new AssetMatch(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("serial_number"),
                        rs.getObject("client_id", UUID.class)))
                .list();
    }

    Optional<AssetView> find(UUID tenantId, UUID assetId) {
        // Sequential, never nested in a row mapper: outside a transaction a nested query takes a
        // second pooled connection, and enough concurrent callers then deadlock the pool.
        Optional<AssetType> type = jdbc.sql("select asset_type from assets where tenant_id = ? and id = ?")
                .params(tenantId, assetId)
                .query((rs, n) -> AssetType.parse(rs.getString("asset_type")))
                .optional();
        if (type.isEmpty()) {
            return Optional.empty();
        }
        AssetDetails details = details(tenantId, assetId, type.get());
        return jdbc.sql(SELECT_VIEW + " where a.tenant_id = ? and a.id = ?")
                .params(tenantId, assetId)
                .query((rs, n) -> view(rs, details))
                .optional();
    }

    private AssetDetails details(UUID tenantId, UUID assetId, AssetType type) {
        return jdbc.sql("select " + DETAIL_COLUMNS + " from " + detailTable(type) + " where asset_id = ? and tenant_id = ?")
                .params(assetId, tenantId)
                .query((rs, n) -> new AssetDetails(rs.getString("os_type"), rs.getString("os_version"), rs.getString("agent_version"),
                        rs.getString("current_username"), (Long) rs.getObject("uptime_seconds", Long.class), rs.getString("lan_ip"),
                        rs.getString("wan_ip"), rs.getString("cpu_model"), rs.getObject("cpu_cores", Integer.class),
                        rs.getBigDecimal("ram_gb"), json.read(rs.getString("disk_usage"), DISKS),
                        json.read(rs.getString("installed_software"), SOFTWARE), json.readMap(rs.getString("system_info")),
                        SqlTime.read(rs, "last_reboot_at")))
                .optional().orElse(AssetDetails.empty());
    }

    ListPage<AssetView> list(UUID tenantId, AssetQuery query, PageRequest page) {
        StringBuilder where = new StringBuilder(" where a.tenant_id = ?");
        List<Object> params = new ArrayList<>();
        params.add(tenantId);
        if (query.clientId() != null) {
            where.append(" and a.client_id = ?");
            params.add(query.clientId());
        }
        if (query.provider() != null) {
            where.append(" and a.rmm_provider = ?");
            params.add(query.provider());
        }
        if (query.agentStatus() != null) {
            where.append(" and a.agent_status = ?");
            params.add(query.agentStatus().value());
        }
        if (query.status() != null) {
            where.append(" and a.status = ?");
            params.add(query.status());
        }
        if (query.search() != null && !query.search().isBlank()) {
            where.append(" and lower(a.name) like ?");
            params.add("%" + query.search().trim().toLowerCase() + "%");
        }
        long total = jdbc.sql("select count(*) from assets a" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.limit());
        pageParams.add(page.offset());
        List<AssetView> items = jdbc.sql(SELECT_VIEW + where + " order by lower(a.name), a.id limit ? offset ?")
                .params(pageParams)
                .query((rs, n) -> view(rs, null))
                .list();
        return new ListPage<>(items, total);
    }

    Map<AgentStatus, Long> countByAgentStatus(UUID tenantId, String provider) {
        Map<AgentStatus, Long> counts = new EnumMap<>(AgentStatus.class);
        for (AgentStatus s : AgentStatus.values()) {
            counts.put(s, 0L);
        }
        String sql = "select agent_status, count(*) as n from assets where tenant_id = ? and status = 'active'"
                + (provider == null ? "" : " and rmm_provider = ?") + " group by agent_status";
        var statement = jdbc.sql(sql).param(tenantId);
        if (provider != null) {
            statement = statement.param(provider);
        }
        statement.query((rs, n) -> counts.merge(AgentStatus.parse(rs.getString("agent_status")), rs.getLong("n"), Long::sum)).list();
        return counts;
    }

    Map<String, Map<AgentStatus, Long>> countByProviderAndAgentStatus(UUID tenantId) {
        Map<String, Map<AgentStatus, Long>> counts = new LinkedHashMap<>();
        jdbc.sql("""
                        select coalesce(rmm_provider, 'none') as provider, agent_status, count(*) as n from assets
                         where tenant_id = ? and status = 'active' group by coalesce(rmm_provider, 'none'), agent_status
                         order by 1
                        """)
                .param(tenantId)
                .query((rs, n) -> counts.computeIfAbsent(rs.getString("provider"), p -> new EnumMap<>(AgentStatus.class))
                        .merge(AgentStatus.parse(rs.getString("agent_status")), rs.getLong("n"), Long::sum))
                .list();
        return counts;
    }

    private static AssetView view(ResultSet rs, AssetDetails details) throws SQLException {
        return new AssetView(rs.getObject("id", UUID.class), rs.getString("name"), AssetType.parse(rs.getString("asset_type")),
                rs.getObject("client_id", UUID.class), rs.getString("client_name"), rs.getString("status"), rs.getString("asset_tag"),
                rs.getString("serial_number"), rs.getString("rmm_provider"), rs.getString("rmm_device_id"),
                rs.getString("rmm_organization_id"), AgentStatus.parse(rs.getString("agent_status")), SqlTime.read(rs, "last_seen_at"),
                SqlTime.read(rs, "last_rmm_sync_at"), details);
    }

    private static String status(AgentStatus status) {
        return (status == null ? AgentStatus.UNKNOWN : status).value();
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
