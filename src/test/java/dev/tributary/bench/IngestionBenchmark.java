package dev.tributary.bench;

import dev.tributary.integration.DeviceIngestion;
import dev.tributary.integration.DeviceSnapshot;
import dev.tributary.integration.IngestionCounts;
import dev.tributary.integration.IngestionSession;
import dev.tributary.integration.IntegrationAdmin;
import dev.tributary.integration.IntegrationAdmin.MappingUpdate;
import dev.tributary.integration.IntegrationRef;
import dev.tributary.integration.OrganizationMapping;
import dev.tributary.integration.OrganizationMappings;
import dev.tributary.integration.ScopeSnapshot;
import dev.tributary.integration.TestProvider;
import dev.tributary.integration.TestProviderConfiguration;
import dev.tributary.platform.Tenants;
import dev.tributary.psa.AgentStatus;
import dev.tributary.psa.AssetDetails;
import dev.tributary.psa.AssetType;
import dev.tributary.psa.Clients;
import dev.tributary.testsupport.TributaryTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 3's benchmark: ingest 50,000 synthetic devices in pages of 1,000, then the same devices
 * unchanged; prints devices/s of both passes, statements per page and peak heap. Not a test of
 * speed: it asserts nothing about time. Run it with
 * {@code ./mvnw -B -Pbenchmark test -Dtest=IngestionBenchmark} (PostgreSQL, -Xmx256m).
 */
@Tag("benchmark")
@TributaryTest
@Import({TestProviderConfiguration.class, IngestionBenchmark.Counting.class})
class IngestionBenchmark {

    static final int DEVICES = Integer.getInteger("bench.devices", 50_000);
    static final int PAGE = 1_000;
    static final int SCOPES = 10;

    @TestConfiguration(proxyBeanMethods = false)
    static class Counting {
        @Bean
        static StatementCounter statementCounter() {
            return new StatementCounter();
        }
    }

    @Autowired Tenants tenants;
    @Autowired Clients clients;
    @Autowired IntegrationAdmin admin;
    @Autowired OrganizationMappings mappings;
    @Autowired DeviceIngestion ingestion;
    @Autowired TestProvider testProvider;
    @Autowired StatementCounter statements;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper mapper;

    @Test
    void ingestFiftyThousandDevicesTwice() {
        UUID tenant = tenants.create("Benchmark " + UUID.randomUUID(), false).id();
        testProvider.scopes.clear();
        for (int s = 0; s < SCOPES; s++) {
            testProvider.scopes.add(new ScopeSnapshot("scope-" + s, "Scope " + s, "client", Map.of()));
        }
        var status = admin.connect(tenant, "bench", TestProvider.ID, mapper.readTree("{\"apiKey\":\"good-key\"}"));
        admin.syncOrganizations(tenant, TestProvider.ID);
        for (OrganizationMapping mapping : mappings.list(tenant, status.integrationId())) {
            UUID client = clients.create(tenant, "Client of " + mapping.externalOrganizationName()).id();
            admin.updateMapping(tenant, "bench", TestProvider.ID, mapping.id(), new MappingUpdate(true, client, null, null));
        }
        IntegrationRef ref = new IntegrationRef(tenant, status.integrationId(), TestProvider.ID);
        List<String> scopeIds = new ArrayList<>();
        for (int s = 0; s < SCOPES; s++) {
            scopeIds.add("scope-" + s);
        }

        BenchmarkReport report = new BenchmarkReport("ingestion");
        report.line("devices " + DEVICES + ", page size " + PAGE + ", database "
                + jdbc.sql("select version()").query(String.class).single().split(",")[0]);
        Pass first = pass(ref, scopeIds);
        Pass second = pass(ref, scopeIds);
        long assets = jdbc.sql("select count(*) from assets where tenant_id = ?").param(tenant).query(Long.class).single();

        report.line(String.format("first pass:     %,d devices in %.2f s = %,.0f devices/s  (created %,d)", DEVICES,
                first.seconds(), DEVICES / first.seconds(), first.counts().created()));
        report.line(String.format("unchanged pass: %,d devices in %.2f s = %,.0f devices/s  (unchanged %,d, asset writes %d)", DEVICES,
                second.seconds(), DEVICES / second.seconds(), second.counts().unchanged(), second.assetWrites()));
        report.line(String.format("unchanged pass is %.1fx faster than the first", first.seconds() / second.seconds()));
        report.line(String.format("statements per page: first pass min %d / max %d / avg %.1f; unchanged pass min %d / max %d / avg %.1f",
                first.minStatements(), first.maxStatements(), first.avgStatements(), second.minStatements(), second.maxStatements(),
                second.avgStatements()));
        report.line("assets stored: " + assets);
        report.line("peak heap: " + BenchmarkReport.peakHeapMb() + " MB of " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
        report.save();
        if (assets != DEVICES || second.counts().unchanged() != DEVICES || second.assetWrites() != 0) {
            throw new AssertionError("ingestion did not store every device exactly once: " + first + " / " + second);
        }
    }

    record Pass(double seconds, IngestionCounts counts, long minStatements, long maxStatements, double avgStatements, long assetWrites) {
    }

    private Pass pass(IntegrationRef ref, List<String> scopeIds) {
        IngestionSession session = ingestion.open(ref, scopeIds);
        long min = Long.MAX_VALUE;
        long max = 0;
        long sum = 0;
        int pages = 0;
        statements.reset();
        long start = System.nanoTime();
        for (int from = 0; from < DEVICES; from += PAGE) {
            List<DeviceSnapshot> page = new ArrayList<>(PAGE);
            for (int i = from; i < Math.min(DEVICES, from + PAGE); i++) {
                page.add(device(i));
            }
            long before = statements.total();
            session.ingest(page);
            long used = statements.total() - before;
            min = Math.min(min, used);
            max = Math.max(max, used);
            sum += used;
            pages++;
            if (pages % 10 == 0) {
                System.out.printf("  page %d: %.1f s so far%n", pages, (System.nanoTime() - start) / 1e9);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long assetWrites = statements.count("insert into assets") + statements.count("update assets")
                + statements.count("insert into workstation_assets") + statements.count("update workstation_assets")
                + statements.count("insert into server_assets") + statements.count("update server_assets");
        return new Pass(seconds, session.counts(), min, max, (double) sum / pages, assetWrites);
    }

    private static final Instant SEEN = Instant.parse("2026-11-23T10:00:00Z");

    static DeviceSnapshot device(int i) {
        boolean server = i % 10 == 0;
        AssetDetails details = new AssetDetails(server ? "Windows Server" : "Windows", server ? "2022" : "11 Pro 23H2", "2.11.0",
                i % 3 == 0 ? "" : "user" + (i % 500), 3600L * (i % 240), "10." + (i / 65536 % 256) + "." + (i / 256 % 256) + "." + (i % 256),
                "203.0.113." + (i % 254 + 1), "Intel(R) Core(TM) i7-1185G7 @ 3.00GHz", 8, new BigDecimal(16 + (i % 4) * 16),
                List.of(new AssetDetails.DiskUsage("C:", new BigDecimal("476.94"), new BigDecimal("210.12"), 56)),
                List.of(new AssetDetails.InstalledSoftware("Google Chrome", "131.0.6778.86", "Google LLC"),
                        new AssetDetails.InstalledSoftware("7-Zip 24.08 (x64)", "24.08", "Igor Pavlov")),
                Map.of("manufacturer", "Dell Inc.", "model", "Latitude 5420"), SEEN.minusSeconds(86_400L + i));
        return new DeviceSnapshot("device-" + i, "scope-" + (i % SCOPES), DeviceSnapshot.Lifecycle.ACTIVE,
                server ? AssetType.SERVER : AssetType.WORKSTATION, (server ? "SRV-" : "WS-") + i, "SN" + (1_000_000 + i),
                i % 7 == 0 ? AgentStatus.OFFLINE : AgentStatus.ONLINE, SEEN.minusSeconds(i % 600), "Site " + (i % 5), details,
                Map.of("site", "Site " + (i % 5)));
    }
}
