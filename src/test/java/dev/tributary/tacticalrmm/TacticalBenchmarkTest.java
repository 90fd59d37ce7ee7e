package dev.tributary.tacticalrmm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tributary.simulator.tactical.TacticalClient;
import dev.tributary.testsupport.ApiClient;
import dev.tributary.testsupport.BenchmarkSupport;
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
import org.springframework.test.context.TestPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * 20,000 agents in 20 Tactical clients from the simulator into the database through the REST API and the kernel:
 * a full sync, an unchanged full sync and an incremental sync. Prints wall time, agents per second, requests and
 * peak heap; asserts only correctness, never time.
 *
 * <p>By default the simulator serves from a JVM of its own, as a Tactical server is another process. It has served
 * its agent list a few times before the benchmark starts, so its JIT work is done. The heap, collections and JIT of
 * the measured JVM are then Tributary's alone, and the simulator still shares this machine's two cores.
 * {@code -Dtactical.benchmark.simulator=in-process} serves from the benchmark JVM instead. Its fleet (about 100 MB for
 * 20,000 agents), its rendering and its JIT then count against the figures.
 *
 * <p>Run (PostgreSQL, 256 MB heap, its own JVM):
 * {@code ./mvnw -B -Pbenchmark test -Dtest=TacticalBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false}.
 * Figures also go to {@code target/tactical-benchmark.txt}.
 */
@Tag("benchmark")
@TestPropertySource(properties = {BenchmarkSupport.PRODUCTION_POOL, BenchmarkSupport.NO_LEAK_DETECTION})
class TacticalBenchmarkTest extends TacticalApiTestSupport {

    private static final int CLIENTS = 20;
    private static final int AGENTS = Integer.getInteger("tactical.benchmark.agents", 20_000);
    private static final long SEED = 20261123L;
    private static final boolean IN_PROCESS = "in-process".equals(System.getProperty("tactical.benchmark.simulator"));

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twentyThousandAgentsInTwentyClients() throws Exception {
        // The in-process simulator generates the same fleet either way: the client names come from it.
        simulator.reset();
        simulator.loadFixtures();
        simulator.generateFleet(CLIENTS, 3, AGENTS, SEED);
        simulator.clearRequests();
        List<String> clientNames = simulator.clients().stream().filter(c -> c.id() > 3).map(TacticalClient::name).toList();
        if (!IN_PROCESS) {
            simulator.reset(); // the fleet lives in the simulator's own JVM, not in the measured heap
        }
        try (ExternalTacticalSimulator external = IN_PROCESS ? null : ExternalTacticalSimulator.start(AGENTS, CLIENTS, SEED)) {
            run(external == null ? simulator.baseUrl() : external.baseUrl(),
                    external == null ? "in this JVM" : "in its own JVM, warmed up", clientNames);
        }
    }

    private void run(String tacticalUrl, String where, List<String> clientNames) throws IOException {
        ApiClient api = connectedTenant("Benchmark MSP", tacticalUrl, clientNames);

        List<String> report = new ArrayList<>();
        report.add(String.format(Locale.ROOT, "Tactical RMM benchmark — %,d agents in %d clients, simulator %s, database %s, max heap %d MB, %s",
                AGENTS, CLIENTS, where, TestDatabases.postgres() ? "PostgreSQL" : "H2", Runtime.getRuntime().maxMemory() >> 20, BenchmarkSupport.stamp()));
        BenchmarkSupport.Analyzer analyzer = BenchmarkSupport.Analyzer.start(jdbc, Duration.ofSeconds(15),
                "assets, workstation_assets, server_assets, tenant_external_entity_mappings, rmm_alerts");

        Measured full = measure(api, "full_sync");
        report.add(full.line("full sync (first)"));
        assertThat(full.run.path("state").asString()).as(full.run.toString()).isEqualTo("succeeded");
        assertThat(count(full.run, "created")).isEqualTo(AGENTS);
        assertThat(api.get("/api/v1/assets?provider=tacticalrmm&limit=1").json().path("total").asLong()).isEqualTo(AGENTS);

        Measured again = measure(api, "full_sync");
        report.add(again.line("full sync (unchanged)"));
        // Agents cross their offline/overdue thresholds while the benchmark runs (the simulator's fleet is on the
        // real clock), so some are genuinely updated; nothing is created.
        assertThat(count(again.run, "unchanged") + count(again.run, "updated")).isEqualTo(AGENTS);
        assertThat(count(again.run, "created")).isZero();

        Measured incremental = measure(api, "incremental_sync");
        report.add(incremental.line("incremental sync"));
        assertThat(incremental.run.path("state").asString()).isEqualTo("succeeded");

        // The same first sync for a second, empty tenant: the service has run a while, so the JIT has compiled the
        // sync path (the figures above include compiling it; on 2 cores the compiler takes ~40% of the CPU then).
        ApiClient second = connectedTenant("Second Benchmark MSP", tacticalUrl, clientNames);
        Measured warm = measure(second, "full_sync");
        report.add(warm.line("full sync (first, warm)"));
        assertThat(count(warm.run, "created")).isEqualTo(AGENTS);

        analyzer.stop();
        report.add("GC: " + BenchmarkSupport.gcSummary());
        report.forEach(System.out::println);
        Files.write(Path.of("target", "tactical-benchmark.txt"), report);
    }

    private ApiClient connectedTenant(String name, String tacticalUrl, List<String> clientNames) {
        ApiClient api = newTenant(unique(name));
        for (String clientName : clientNames) {
            id(api.post("/api/v1/clients", Map.of("name", clientName)));
        }
        Map<String, Object> connection = apiKeyConnection();
        connection.put("instanceUrl", tacticalUrl);
        connect(api, connection);
        long mapped = organizations(api).stream().filter(o -> !o.path("clientId").isNull()).count();
        assertThat(mapped).as("every generated client auto-matched by name").isEqualTo(CLIENTS);
        return api;
    }

    private record Measured(JsonNode run, Duration wall, long peakHeapMb, String background) {

        String line(String label) {
            long fetched = count(run, "fetched");
            double seconds = BenchmarkSupport.seconds(wall);
            return String.format(Locale.ROOT, "%-24s %7.1f s wall, %,7d agents fetched, %,7.0f agents/s, created %,d, updated %,d, "
                            + "unchanged %,d, requests %,d, peak heap used %d MB; %s", label, seconds, fetched,
                    fetched / seconds, count(run, "created"), count(run, "updated"), count(run, "unchanged"), count(run, "requests"),
                    peakHeapMb, background);
        }
    }

    private static Measured measure(ApiClient api, String kind) {
        BenchmarkSupport.HeapSampler heap = BenchmarkSupport.HeapSampler.start();
        BenchmarkSupport.BackgroundWork background = BenchmarkSupport.BackgroundWork.start();
        Instant start = Instant.now();
        ApiClient.Response started = api.post(BASE + "/runs", Map.of("kind", kind));
        assertThat(started.status()).as(started.raw()).isEqualTo(202);
        // Polled as a progress bar would, not every 50 ms: each poll is a REST request that costs this JVM CPU,
        // which a cold JVM pays several times over. The wall time comes from the run's own finishedAt instead.
        JsonNode run = awaitRun(api, started.text("id"), Duration.ofMillis(500));
        Duration wall = Duration.between(start, Instant.parse(run.path("finishedAt").asString()));
        return new Measured(run, wall, heap.stop().usedMb(), background.line());
    }
}
