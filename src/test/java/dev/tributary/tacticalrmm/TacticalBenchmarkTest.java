package dev.tributary.tacticalrmm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tributary.simulator.tactical.TacticalClient;
import dev.tributary.testsupport.ApiClient;
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
 * 20,000 agents in 20 Tactical clients from the simulator into the database through the REST API and the kernel:
 * a full sync, an unchanged full sync and an incremental sync. Prints wall time, agents per second, requests and
 * peak heap; asserts only correctness, never time.
 *
 * <p>Run (PostgreSQL, 256 MB heap, its own JVM):
 * {@code ./mvnw -B -Pbenchmark test -Dtest=TacticalBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false}.
 * Figures also go to {@code target/tactical-benchmark.txt}.
 */
@Tag("benchmark")
class TacticalBenchmarkTest extends TacticalApiTestSupport {

    private static final int CLIENTS = 20;
    private static final int AGENTS = Integer.getInteger("tactical.benchmark.agents", 20_000);

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twentyThousandAgentsInTwentyClients() throws IOException {
        simulator.reset();
        simulator.loadFixtures();
        simulator.generateFleet(CLIENTS, 3, AGENTS, 20261123L);
        simulator.clearRequests();
        ApiClient api = newTenant(unique("Benchmark MSP"));
        List<TacticalClient> generated = simulator.clients().stream().filter(c -> c.id() > 3).toList();
        for (TacticalClient client : generated) {
            id(api.post("/api/v1/clients", Map.of("name", client.name())));
        }
        connect(api, apiKeyConnection());
        long mapped = organizations(api).stream().filter(o -> !o.path("clientId").isNull()).count();
        assertThat(mapped).as("every generated client auto-matched by name").isEqualTo(CLIENTS);

        List<String> report = new ArrayList<>();
        report.add(String.format(Locale.ROOT, "Tactical RMM benchmark — %,d agents in %d clients, database %s, max heap %d MB, %s",
                AGENTS, CLIENTS, TestDatabases.postgres() ? "PostgreSQL" : "H2", Runtime.getRuntime().maxMemory() >> 20, Instant.now()));
        BenchmarkSupport.Analyzer analyzer = BenchmarkSupport.Analyzer.start(jdbc);

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

        analyzer.stop();
        report.add("GC: " + BenchmarkSupport.gcSummary());
        report.forEach(System.out::println);
        Files.write(Path.of("target", "tactical-benchmark.txt"), report);
    }

    private record Measured(JsonNode run, Duration wall, long peakHeapMb) {

        String line(String label) {
            long fetched = count(run, "fetched");
            double seconds = BenchmarkSupport.seconds(wall);
            return String.format(Locale.ROOT, "%-24s %7.1f s wall, %,7d agents fetched, %,7.0f agents/s, created %,d, updated %,d, "
                            + "unchanged %,d, requests %,d, peak heap used %d MB", label, seconds, fetched, fetched / seconds,
                    count(run, "created"), count(run, "updated"), count(run, "unchanged"), count(run, "requests"), peakHeapMb);
        }
    }

    private static Measured measure(ApiClient api, String kind) {
        BenchmarkSupport.HeapSampler heap = BenchmarkSupport.HeapSampler.start();
        Instant start = Instant.now();
        ApiClient.Response started = api.post(BASE + "/runs", Map.of("kind", kind));
        assertThat(started.status()).as(started.raw()).isEqualTo(202);
        JsonNode run = awaitRun(api, started.text("id"));
        Duration wall = Duration.between(start, Instant.now());
        return new Measured(run, wall, heap.stopMb());
    }
}
