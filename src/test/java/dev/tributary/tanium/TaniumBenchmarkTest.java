package dev.tributary.tanium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tributary.simulator.tanium.TaniumComputerGroup;
import dev.tributary.testsupport.ApiClient;
import dev.tributary.testsupport.BenchmarkSupport;
import dev.tributary.testsupport.BenchmarkSupport.Analyzer;
import dev.tributary.testsupport.BenchmarkSupport.HeapPeaks;
import dev.tributary.testsupport.BenchmarkSupport.HeapSampler;
import dev.tributary.testsupport.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * 100,000 endpoints in 20 computer groups from the simulator into the database, through the REST API
 * and the kernel, as one full sync; then an unchanged full sync, an incremental sync after 1,000
 * endpoints reported in, and a full sync with the Asset API fallback after 500 endpoints aged out.
 * Prints wall time, endpoints per second, requests and peak heap; asserts only correctness, never time.
 *
 * <p>Run (PostgreSQL, 256 MB heap, its own JVM):
 * {@code ./mvnw -B test -Pbenchmark -Dtest=TaniumBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false}.
 * Figures also go to {@code target/tanium-benchmark.txt}.
 */
@Tag("benchmark")
class TaniumBenchmarkTest extends TaniumApiTestSupport {

    private static final int GROUPS = 20;
    private static final int ENDPOINTS = Integer.getInteger("tanium.benchmark.endpoints", 100_000);
    private static final int TOUCHED = 1_000;
    private static final int AGED_OUT = 500;
    /** ANALYZE period: back-to-back syncs of a table that grew from 0 to 100,000 rows within a minute are otherwise
     * planned with stale statistics, which no deployment with autovacuum sees for long. */
    private static final Duration EVERY = Duration.ofSeconds(Integer.getInteger("tanium.benchmark.analyzeSeconds", 15));

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void hundredThousandEndpointsInTwentyGroups() throws IOException {
        simulator.clearWorld().generateFleet(GROUPS, ENDPOINTS, 20261123L).clearRequests();
        ApiClient api = newTenant(unique("Benchmark MSP"));
        for (TaniumComputerGroup group : simulator.computerGroups()) {
            id(api.post("/api/v1/clients", Map.of("name", group.name())));
        }
        connect(api);
        long mapped = organizations(api).stream().filter(o -> !o.path("clientId").isNull()).count();
        assertThat(mapped).as("every group auto-matched to its client").isEqualTo(GROUPS);

        List<String> report = new ArrayList<>();
        report.add(String.format(Locale.ROOT, "Tanium benchmark — %,d endpoints in %d computer groups, database %s, max heap %d MB, %s",
                ENDPOINTS, GROUPS, TestDatabases.postgres() ? "PostgreSQL" : "H2", Runtime.getRuntime().maxMemory() >> 20,
                BenchmarkSupport.stamp()));

        Analyzer analyzer = Analyzer.start(jdbc, EVERY, "assets, workstation_assets, server_assets, tenant_external_entity_mappings");
        HeapSampler heap = HeapSampler.start();
        Measured full = measure(api, "full_sync");
        report.add(full.line("full sync (first)", heap.stop()));
        assertThat(full.run.path("state").asString()).as(full.run.toString()).isEqualTo("succeeded");
        assertThat(count(full.run, "created")).isEqualTo(ENDPOINTS);
        assertThat(count(full.run, "fetched") - count(full.run, "conflicts")).isEqualTo(ENDPOINTS);
        assertThat(api.get("/api/v1/assets?provider=tanium&limit=1").json().path("total").asLong()).isEqualTo(ENDPOINTS);

        heap = HeapSampler.start();
        Measured again = measure(api, "full_sync");
        report.add(again.line("full sync (unchanged)", heap.stop()));
        assertThat(again.run.path("state").asString()).isEqualTo("succeeded");

        Instant now = Instant.now();
        for (int i = 0; i < TOUCHED; i++) {
            simulator.touchEndpoint(String.valueOf(1_000_000 + i * (ENDPOINTS / TOUCHED)), now);
        }
        heap = HeapSampler.start();
        Measured incremental = measure(api, "incremental_sync");
        report.add(incremental.line("incremental (" + TOUCHED + " touched)", heap.stop()));
        assertThat(incremental.run.path("state").asString()).isEqualTo("succeeded");

        // Aged-out endpoints through the Asset API: the whole Asset API is read (every Gateway endpoint's row
        // plus the fleet's never-synced aged-out rows), page by page, and only the aged-out ones are kept.
        patchSettings(api, Map.of("useAssetApiFallback", true));
        for (int i = 0; i < AGED_OUT; i++) {
            simulator.removeFromGateway(String.valueOf(1_000_000 + 7 + i * (ENDPOINTS / AGED_OUT)));
        }
        heap = HeapSampler.start();
        Measured fallback = measure(api, "full_sync");
        report.add(fallback.line("full sync + Asset API (" + AGED_OUT + " aged out)", heap.stop())
                + String.format(Locale.ROOT, ", Asset API rows %,d, aged out kept %,d, unmatched %,d",
                count(fallback.run, "assetApiRows"), count(fallback.run, "agedOut"), count(fallback.run, "assetApiUnmatched")));
        assertThat(fallback.run.path("state").asString()).isEqualTo("succeeded");
        assertThat(count(fallback.run, "agedOut")).isGreaterThanOrEqualTo(AGED_OUT - 5).isLessThanOrEqualTo(AGED_OUT);
        assertThat(api.get("/api/v1/assets?provider=tanium&limit=1").json().path("total").asLong()).isEqualTo(ENDPOINTS);

        analyzer.stop();
        report.add(String.format(Locale.ROOT, "GC: %s", BenchmarkSupport.gcSummary()));
        report.add("PostgreSQL here runs with autovacuum off; the benchmark runs ANALYZE after " + Analyzer.FIRST.toSeconds()
                + " s and then every " + EVERY.toSeconds() + " s (" + analyzer.runs() + " times) to keep "
                + "statistics fresh as autovacuum would. Without statistics the planner picks ix_external_entity_alga for the kernel's per-device "
                + "mapping delete and the load turns quadratic.");
        report.forEach(System.out::println);
        Files.write(Path.of("target", "tanium-benchmark.txt"), report);
    }

    private record Measured(JsonNode run, Duration wall) {

        String line(String label, HeapPeaks heap) {
            long fetched = count(run, "fetched");
            double seconds = wall.toMillis() / 1000.0;
            return String.format(Locale.ROOT,
                    "%-28s %7.1f s wall, %,9d endpoints fetched, %,8.0f endpoints/s, created %,d, updated %,d, unchanged %,d, "
                            + "conflicts %,d, requests %,d, peak heap used %d MB (live after GC %d MB)",
                    label, seconds, fetched, fetched / Math.max(seconds, 0.001), count(run, "created"), count(run, "updated"),
                    count(run, "unchanged"), count(run, "conflicts"), count(run, "requests"), heap.usedMb(), heap.liveMb());
        }
    }

    private static Measured measure(ApiClient api, String kind) {
        Instant start = Instant.now();
        var started = api.post("/api/v1/integrations/tanium/runs", Map.of("kind", kind));
        assertThat(started.status()).as(started.raw()).isEqualTo(202);
        String runId = started.text("id");
        await().atMost(Duration.ofMinutes(20)).pollInterval(Duration.ofMillis(200)).until(() -> {
            String state = api.get("/api/v1/integrations/tanium/runs/" + runId).text("state");
            return "succeeded".equals(state) || "failed".equals(state) || "skipped".equals(state);
        });
        Duration wall = Duration.between(start, Instant.now());
        return new Measured(api.get("/api/v1/integrations/tanium/runs/" + runId).json(), wall);
    }
}
