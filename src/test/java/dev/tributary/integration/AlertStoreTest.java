package dev.tributary.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tributary.platform.Tenants;
import dev.tributary.testsupport.TestDatabases;
import dev.tributary.testsupport.TributaryTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** The kernel's alert store, on H2 and PostgreSQL. */
@TributaryTest
@Import(TestProviderConfiguration.class)
class AlertStoreTest {

    @Autowired Tenants tenants;
    @Autowired IntegrationAdmin admin;
    @Autowired Alerts alerts;
    @Autowired TestProvider testProvider;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper mapper;
    @Autowired dev.tributary.psa.Clients clients;
    @Autowired DeviceIngestion ingestion;
    @Autowired ExternalEntities entities;

    IntegrationRef integration;

    @BeforeEach
    void setUp() {
        UUID tenant = tenants.create("Alerts " + UUID.randomUUID(), false).id();
        testProvider.scopes.clear();
        var status = admin.connect(tenant, "test", TestProvider.ID, mapper.readTree("{\"apiKey\":\"good-key\"}"));
        integration = new IntegrationRef(tenant, status.integrationId(), TestProvider.ID);
    }

    private static AlertUpsert alert(String id, String status, String message, Instant resolvedAt) {
        return new AlertUpsert(id, "agent-1", null, "major", status, message, "HOST-1",
                Instant.parse("2026-11-20T08:15:30.123456789Z"), resolvedAt, Map.of("source", "webhook", "count", 3));
    }

    @Test
    void aNewAlertIsReturnedExactlyAsStoredAndARedeliveryUpdatesTheSameRow() {
        Alerts.Upserted created = alerts.upsert(integration, alert("a-1", "active", "Disk C: 91% full", null));
        assertThat(created.created()).isTrue();
        assertThat(created.alert()).as("the returned record is the stored row, without reading it back")
                .isEqualTo(alerts.find(integration, "a-1").orElseThrow());

        Instant resolved = Instant.parse("2026-11-20T09:00:00Z");
        Alerts.Upserted again = alerts.upsert(integration, alert("a-1", "resolved", null, resolved));
        assertThat(again.created()).isFalse();
        assertThat(again.alert().id()).isEqualTo(created.alert().id());
        assertThat(again.alert().status()).isEqualTo("resolved");
        assertThat(again.alert().resolvedAt()).isEqualTo(resolved);
        assertThat(again.alert().message()).as("a missing message keeps the stored one").isEqualTo("Disk C: 91% full");
        assertThat(jdbc.sql("select count(*) from rmm_alerts where tenant_id = ?").param(integration.tenantId())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void insertIfAbsentWritesANewAlertOnceAndLeavesAStoredOneUntouched() {
        AlertRecord inserted = alerts.insertIfAbsent(integration, alert("b-1", "active", "CPU 99%", null)).orElseThrow();
        assertThat(inserted).as("the returned record is the stored row").isEqualTo(alerts.find(integration, "b-1").orElseThrow());

        assertThat(alerts.insertIfAbsent(integration, alert("b-1", "resolved", "changed", Instant.parse("2026-11-20T09:00:00Z"))))
                .as("the key exists").isEmpty();
        assertThat(alerts.find(integration, "b-1").orElseThrow()).as("nothing was written").isEqualTo(inserted);
        assertThat(jdbc.sql("select count(*) from rmm_alerts where tenant_id = ?").param(integration.tenantId())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aNewAlertIsLinkedToTheAssetItsDeviceIsMappedToInTheSameStatement() {
        clients.create(integration.tenantId(), "Acme");
        testProvider.scopes.add(new ScopeSnapshot("s-acme", "Acme", "client", Map.of()));
        admin.syncOrganizations(integration.tenantId(), TestProvider.ID);
        ingestion.open(integration, List.of("s-acme")).ingest(List.of(IngestionFixtures.device("agent-1", "s-acme", "HOST-1")));
        UUID asset = entities.findAsset(integration.tenantId(), TestProvider.ID, "agent-1").orElseThrow();

        AlertRecord linked = alerts.insertIfAbsent(integration, alert("c-1", "active", "CPU 99%", null)).orElseThrow();
        assertThat(linked.assetId()).isEqualTo(asset);
        assertThat(linked).as("the returned record is the stored row").isEqualTo(alerts.find(integration, "c-1").orElseThrow());

        AlertUpsert unknownDevice = new AlertUpsert("c-2", "agent-unknown", null, "major", "active", "Offline", null, null, null, Map.of());
        assertThat(alerts.insertIfAbsent(integration, unknownDevice).orElseThrow().assetId()).isNull();
        assertThat(alerts.find(integration, "c-2").orElseThrow().assetId()).isNull();

        IntegrationRef other = new IntegrationRef(tenants.create("Alerts other " + UUID.randomUUID(), false).id(),
                integration.integrationId(), integration.provider());
        assertThat(alerts.insertIfAbsent(other, alert("c-3", "active", "CPU 99%", null)).orElseThrow().assetId())
                .as("the same device id in another tenant").isNull();
    }

    @Test
    void alertsThatArrivedBeforeTheirDeviceWasAnAssetAreLinkedWhenItBecomesOne() {
        clients.create(integration.tenantId(), "Acme");
        testProvider.scopes.add(new ScopeSnapshot("s-acme", "Acme", "client", Map.of()));
        admin.syncOrganizations(integration.tenantId(), TestProvider.ID);
        assertThat(alerts.insertIfAbsent(integration, alert("d-1", "active", "CPU 99%", null)).orElseThrow().assetId()).isNull();
        AlertUpsert otherDevice = new AlertUpsert("d-2", "agent-2", null, "major", "active", "Offline", null, null, null, Map.of());
        alerts.insertIfAbsent(integration, otherDevice);
        AlertUpsert noDevice = new AlertUpsert("d-3", null, null, "minor", "active", "Backup warning", null, null, null, Map.of());
        alerts.insertIfAbsent(integration, noDevice);
        IntegrationRef otherTenant = new IntegrationRef(tenants.create("Alerts other " + UUID.randomUUID(), false).id(),
                integration.integrationId(), integration.provider());
        alerts.insertIfAbsent(otherTenant, alert("d-4", "active", "CPU 99%", null));

        ingestion.open(integration, List.of("s-acme")).ingest(List.of(IngestionFixtures.device("agent-1", "s-acme", "HOST-1")));

        UUID asset = entities.findAsset(integration.tenantId(), TestProvider.ID, "agent-1").orElseThrow();
        assertThat(alerts.find(integration, "d-1").orElseThrow().assetId()).isEqualTo(asset);
        assertThat(alerts.find(integration, "d-2").orElseThrow().assetId()).as("another device, still no asset").isNull();
        assertThat(alerts.find(integration, "d-3").orElseThrow().assetId()).as("no device").isNull();
        assertThat(alerts.find(otherTenant, "d-4").orElseThrow().assetId()).as("the same device id in another tenant").isNull();
    }

    @Test
    void manyNewAlertsRefreshThePlannerStatisticsOfTheAlertTable() {
        for (int i = 0; i < 600; i++) {
            alerts.upsert(integration, alert("bulk-" + i, "active", "Check failed", null));
        }
        assertThat(jdbc.sql("select count(*) from rmm_alerts where tenant_id = ?").param(integration.tenantId())
                .query(Long.class).single()).isEqualTo(600);
        if (TestDatabases.postgres()) {
            // Manual ANALYZE only: autovacuum's own runs are recorded as last_autoanalyze.
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> !jdbc.sql(
                            "select last_analyze from pg_stat_user_tables where relname = 'rmm_alerts' and last_analyze is not null")
                    .query(Instant.class).list().isEmpty());
        }
    }

    @Test
    void alertsOfAnotherTenantAreNotFound() {
        alerts.upsert(integration, alert("a-2", "active", "CPU", null));
        IntegrationRef other = new IntegrationRef(UUID.randomUUID(), integration.integrationId(), integration.provider());
        assertThat(alerts.find(other, "a-2")).isEmpty();
        assertThat(List.of(alerts.find(integration, "a-2").orElseThrow().externalAlertId())).containsExactly("a-2");
    }
}
