package dev.tributary.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tributary.psa.AgentStatus;
import dev.tributary.psa.AssetDetails;
import dev.tributary.psa.AssetQuery;
import dev.tributary.psa.AssetType;
import dev.tributary.psa.AssetView;
import dev.tributary.psa.Assets;
import dev.tributary.psa.Clients;
import dev.tributary.psa.PageRequest;
import dev.tributary.platform.Tenants;
import dev.tributary.testsupport.TributaryTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** The one ingestion path, on H2 and PostgreSQL. */
@TributaryTest
@Import(TestProviderConfiguration.class)
class DeviceIngestionTest {

    @Autowired Tenants tenants;
    @Autowired Clients clients;
    @Autowired Assets assets;
    @Autowired IntegrationAdmin admin;
    @Autowired OrganizationMappings mappings;
    @Autowired DeviceIngestion ingestion;
    @Autowired TestProvider testProvider;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper mapper;

    UUID tenant;
    IntegrationRef integration;
    UUID acme;
    UUID globex;

    @BeforeEach
    void setUp() {
        tenant = tenants.create("Ingestion " + UUID.randomUUID(), false).id();
        acme = clients.create(tenant, "Acme").id();
        globex = clients.create(tenant, "Globex").id();
        testProvider.scopes.clear();
        testProvider.scopes.addAll(List.of(new ScopeSnapshot("s-acme", "Acme", "client", Map.of()),
                new ScopeSnapshot("s-globex", "Globex", "client", Map.of()),
                new ScopeSnapshot("s-unmapped", "Nobody Ltd", "client", Map.of())));
        var status = admin.connect(tenant, "test", TestProvider.ID, mapper.readTree("{\"apiKey\":\"good-key\"}"));
        admin.syncOrganizations(tenant, TestProvider.ID);
        integration = new IntegrationRef(tenant, status.integrationId(), TestProvider.ID);
    }

    private IngestionSession session() {
        return ingestion.open(integration, List.of("s-acme", "s-globex"));
    }

    @Test
    void createsThenSkipsUnchangedThenUpdatesChanged() {
        var first = session().ingest(List.of(IngestionFixtures.device("d1", "s-acme", "ACME-01"),
                IngestionFixtures.device("d2", "s-globex", "GLOBEX-01")));
        assertThat(first.created()).isEqualTo(2);
        assertThat(first.fetched()).isEqualTo(2);

        String before = jdbc.sql("select updated_at from assets where tenant_id = ? and rmm_device_id = 'd1'").param(tenant)
                .query(String.class).single();
        var again = session().ingest(List.of(IngestionFixtures.device("d1", "s-acme", "ACME-01"),
                IngestionFixtures.device("d2", "s-globex", "GLOBEX-01")));
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(again.created() + again.updated()).isZero();
        String after = jdbc.sql("select updated_at from assets where tenant_id = ? and rmm_device_id = 'd1'").param(tenant)
                .query(String.class).single();
        assertThat(after).as("an unchanged device is not written").isEqualTo(before);

        var renamed = session().ingest(List.of(IngestionFixtures.device("d1", "s-acme", "ACME-01-RENAMED")));
        assertThat(renamed.updated()).isEqualTo(1);
        AssetView d1 = asset("d1");
        assertThat(d1.name()).isEqualTo("ACME-01-RENAMED");
        assertThat(d1.clientId()).isEqualTo(acme);
        assertThat(d1.assetTag()).isEqualTo("testrmm:d1");
        assertThat(d1.details().osType()).isEqualTo("Windows");
        assertThat(d1.details().installedSoftware()).extracting(AssetDetails.InstalledSoftware::name).containsExactly("7-Zip");
        assertThat(count("select count(*) from tenant_external_entity_mappings where tenant_id = ?")).isEqualTo(2);
    }

    @Test
    void devicesOfUnmappedScopesAreSkippedAndCounted() {
        var counts = session().ingest(List.of(IngestionFixtures.device("u1", "s-unmapped", "NOBODY-01"),
                IngestionFixtures.device("x1", "s-unknown", "GHOST-01"), IngestionFixtures.device("d1", "s-acme", "ACME-01")));
        assertThat(counts.skipped()).isEqualTo(2);
        assertThat(counts.created()).isEqualTo(1);
        assertThat(count("select count(*) from assets where tenant_id = ?")).isEqualTo(1);
    }

    @Test
    void aDeviceThatMovesScopeChangesOwnerAndStaysOneAsset() {
        session().ingest(List.of(IngestionFixtures.device("d1", "s-acme", "LAPTOP-01")));
        UUID id = asset("d1").id();
        var moved = session().ingest(List.of(IngestionFixtures.device("d1", "s-globex", "LAPTOP-01")));
        assertThat(moved.updated()).isEqualTo(1);
        AssetView asset = asset("d1");
        assertThat(asset.id()).isEqualTo(id);
        assertThat(asset.clientId()).isEqualTo(globex);
        assertThat(asset.rmmOrganizationId()).isEqualTo("s-globex");
        assertThat(jdbc.sql("select external_realm_id from tenant_external_entity_mappings where tenant_id = ? and external_entity_id = 'd1'")
                .param(tenant).query(String.class).single()).isEqualTo("s-globex");
    }

    @Test
    void aDeviceReportedByTwoScopesBelongsToTheFirstAndTheConflictIsReportedOnce() {
        IngestionSession session = session();
        session.ingest(List.of(IngestionFixtures.device("d1", "s-acme", "SHARED-01")));
        var second = session.ingest(List.of(IngestionFixtures.device("d1", "s-globex", "SHARED-01")));
        session.ingest(List.of(IngestionFixtures.device("d1", "s-globex", "SHARED-01")));
        assertThat(second.skipped()).isEqualTo(1);
        assertThat(asset("d1").clientId()).isEqualTo(acme);
        assertThat(session.conflicts()).hasSize(1).first().asString().contains("s-acme").contains("s-globex");
    }

    @Test
    void missingDevicesAreMarkedInactiveAfterAFullSyncAndComeBackWhenSeen() {
        session().ingest(List.of(IngestionFixtures.device("d1", "s-acme", "A"), IngestionFixtures.device("d2", "s-acme", "B"),
                IngestionFixtures.device("d3", "s-globex", "C")));
        IngestionSession full = session();
        full.ingest(List.of(IngestionFixtures.device("d1", "s-acme", "A"), IngestionFixtures.device("d3", "s-globex", "C")));
        assertThat(full.markMissingInactive()).isEqualTo(1);
        assertThat(asset("d2").status()).isEqualTo("inactive");
        assertThat(asset("d1").status()).isEqualTo("active");

        var back = session().ingest(List.of(IngestionFixtures.device("d2", "s-acme", "B")));
        assertThat(back.updated()).as("an inactive asset seen again is rewritten even though its data did not change").isEqualTo(1);
        assertThat(asset("d2").status()).isEqualTo("active");
    }

    @Test
    void onlyAssetsOfSyncedScopesAreMarkedInactive() {
        session().ingest(List.of(IngestionFixtures.device("d1", "s-acme", "A"), IngestionFixtures.device("d3", "s-globex", "C")));
        IngestionSession acmeOnly = ingestion.open(integration, List.of("s-acme"));
        acmeOnly.ingest(List.of(IngestionFixtures.device("d1", "s-acme", "A")));
        assertThat(acmeOnly.markMissingInactive()).isZero();
        assertThat(asset("d3").status()).isEqualTo("active");
    }

    @Test
    void partialDetailsDoNotWipeHardware() {
        session().ingest(List.of(IngestionFixtures.device("d1", "s-acme", "WS-01")));
        AssetDetails vitalsOnly = new AssetDetails("Windows", "11 Pro", "2.12.0", "", 60L, "10.0.0.9", null, null, null, null, null,
                null, null, null);
        var snapshot = new DeviceSnapshot("d1", "s-acme", DeviceSnapshot.Lifecycle.ACTIVE, AssetType.WORKSTATION, "WS-01", null,
                AgentStatus.OFFLINE, null, null, vitalsOnly, Map.of());
        assertThat(session().ingest(List.of(snapshot)).updated()).isEqualTo(1);
        AssetView asset = asset("d1");
        assertThat(asset.agentStatus()).isEqualTo(AgentStatus.OFFLINE);
        assertThat(asset.serialNumber()).as("serial kept").isEqualTo("SN-d1");
        assertThat(asset.lastSeenAt()).as("last seen kept").isNotNull();
        AssetDetails details = asset.details();
        assertThat(details.agentVersion()).isEqualTo("2.12.0");
        assertThat(details.currentUser()).as("an empty user clears it").isNull();
        assertThat(details.lanIp()).isEqualTo("10.0.0.9");
        assertThat(details.wanIp()).as("unreported vitals are kept").isEqualTo("203.0.113.5");
        assertThat(details.cpuModel()).isEqualTo("Intel i7");
        assertThat(details.ramGb()).isEqualByComparingTo(new BigDecimal("16"));
        assertThat(details.diskUsage()).hasSize(1);
        assertThat(details.installedSoftware()).hasSize(1);
    }

    @Test
    void aReclassifiedDeviceMovesItsDetailsToTheServerTable() {
        session().ingest(List.of(IngestionFixtures.device("d1", "s-acme", "BOX-01")));
        var server = new DeviceSnapshot("d1", "s-acme", DeviceSnapshot.Lifecycle.ACTIVE, AssetType.SERVER, "BOX-01", "SN-d1",
                AgentStatus.ONLINE, null, null, IngestionFixtures.details("Windows Server", "64"), Map.of());
        session().ingest(List.of(server));
        AssetView asset = asset("d1");
        assertThat(asset.assetType()).isEqualTo(AssetType.SERVER);
        assertThat(asset.details().ramGb()).isEqualByComparingTo(new BigDecimal("64"));
        assertThat(count("select count(*) from workstation_assets where tenant_id = ?")).isZero();
        assertThat(count("select count(*) from server_assets where tenant_id = ?")).isEqualTo(1);
    }

    @Test
    void aDeletedDeviceIsMarkedInactiveNeverDeleted() {
        session().ingest(List.of(IngestionFixtures.device("d1", "s-acme", "GONE-01")));
        var gone = new DeviceSnapshot("d1", "s-acme", DeviceSnapshot.Lifecycle.DELETED, AssetType.WORKSTATION, "GONE-01", null, null,
                null, null, null, Map.of());
        var counts = session().ingest(List.of(gone, new DeviceSnapshot("never", "s-acme", DeviceSnapshot.Lifecycle.DELETED,
                AssetType.WORKSTATION, "X", null, null, null, null, null, Map.of())));
        assertThat(counts.markedInactive()).isEqualTo(1);
        assertThat(counts.skipped()).isEqualTo(1);
        assertThat(asset("d1").status()).isEqualTo("inactive");
    }

    @Test
    void aDeletedAssetIsRecreatedAndItsStaleMappingReplaced() {
        session().ingest(List.of(IngestionFixtures.device("d1", "s-acme", "WS-01")));
        UUID old = asset("d1").id();
        jdbc.sql("delete from assets where tenant_id = ? and id = ?").params(tenant, old).update();
        var again = session().ingest(List.of(IngestionFixtures.device("d1", "s-acme", "WS-01")));
        assertThat(again.created()).isEqualTo(1);
        assertThat(asset("d1").id()).isNotEqualTo(old);
        assertThat(count("select count(*) from tenant_external_entity_mappings where tenant_id = ?")).isEqualTo(1);
    }

    @Test
    void anAssetCarryingTheDeviceIdButNoMappingIsAdoptedNotDuplicated() {
        session().ingest(List.of(IngestionFixtures.device("d1", "s-acme", "WS-01")));
        UUID id = asset("d1").id();
        jdbc.sql("delete from tenant_external_entity_mappings where tenant_id = ?").param(tenant).update();
        var again = session().ingest(List.of(IngestionFixtures.device("d1", "s-acme", "WS-01-NEW")));
        assertThat(again.updated()).isEqualTo(1);
        assertThat(count("select count(*) from assets where tenant_id = ?")).isEqualTo(1);
        assertThat(asset("d1").id()).isEqualTo(id);
        assertThat(count("select count(*) from tenant_external_entity_mappings where tenant_id = ?")).isEqualTo(1);
    }

    @Test
    void oversizedValuesAreTrimmedRatherThanFailingThePage() {
        String longName = "N".repeat(600);
        var counts = session().ingest(List.of(IngestionFixtures.device("d1", "s-acme", longName),
                IngestionFixtures.device("d2", "s-acme", "OK")));
        assertThat(counts.created()).isEqualTo(2);
        assertThat(asset("d1").name()).hasSize(255);
    }

    private AssetView asset(String deviceId) {
        UUID id = jdbc.sql("select id from assets where tenant_id = ? and rmm_device_id = ?").params(tenant, deviceId)
                .query(UUID.class).single();
        return assets.find(tenant, id).orElseThrow();
    }

    private long count(String sql) {
        return jdbc.sql(sql).param(tenant).query(Long.class).single();
    }

    @SuppressWarnings("unused")
    private List<AssetView> all() {
        return assets.list(tenant, new AssetQuery(null, null, null, null, null), PageRequest.of(1000, 0L)).items();
    }
}
