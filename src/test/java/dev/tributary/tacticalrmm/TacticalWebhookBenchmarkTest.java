package dev.tributary.tacticalrmm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tributary.simulator.tactical.TacticalAgent;
import dev.tributary.simulator.tactical.TacticalAlert;
import dev.tributary.simulator.tactical.TacticalClient;
import dev.tributary.simulator.tactical.TacticalWebhooks;
import dev.tributary.tacticalrmm.sync.AgentRefresher;
import dev.tributary.testsupport.ApiClient;
import dev.tributary.testsupport.TestDatabases;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Webhook load: alert deliveries rendered byte-exact by the simulator (Tactical's template substitution and
 * re-serialization, its headers), a quarter of them delivered twice, posted by 8 concurrent senders. Prints accepted
 * deliveries per second, latency percentiles, alert rows against distinct alerts, and refreshes done. Asserts only
 * correctness (every delivery 202, one row per distinct alert), never time.
 *
 * <p>Run: {@code ./mvnw -B -Pbenchmark test -Dtest=TacticalWebhookBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class TacticalWebhookBenchmarkTest extends TacticalApiTestSupport {

    private static final int ALERTS = Integer.getInteger("tactical.benchmark.alerts", 4_000);
    private static final int SENDERS = 8;
    private static final Set<String> RESTRICTED = Set.of("host", "connection", "content-length", "expect", "upgrade");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AgentRefresher refresher;

    @Test
    void concurrentDeliveriesWithRedeliveries() throws Exception {
        simulator.reset();
        simulator.loadFixtures();
        simulator.generateFleet(5, 2, 2_000, 424242L);
        ApiClient api = newTenant(unique("Webhook Benchmark MSP"));
        List<TacticalClient> generated = simulator.clients().stream().filter(c -> c.id() > 3).toList();
        generated.forEach(c -> id(api.post("/api/v1/clients", Map.of("name", c.name()))));
        connect(api, apiKeyConnection());
        succeeded(api, "full_sync");
        var webhook = api.get(BASE + "/webhook").json();
        String url = webhook.path("url").asString();
        String headers = "{\"Content-Type\": \"application/json\", \"X-Alga-Webhook-Secret\": \"" + webhook.path("secret").asString() + "\"}";

        Random random = new Random(7);
        List<TacticalAgent> agents = simulator.agents().stream().filter(a -> a.id() > 13).toList();
        List<TacticalWebhooks.WebhookRequest> deliveries = new ArrayList<>();
        Set<Integer> distinct = new HashSet<>();
        for (int i = 0; i < ALERTS; i++) {
            TacticalAgent agent = agents.get(random.nextInt(agents.size()));
            TacticalAlert alert = i % 3 == 0 ? simulator.raiseAvailabilityAlert(agent.id())
                    : simulator.raiseCheckAlert(agent.id(), i % 2 == 0 ? "error" : "warning", "diskspace",
                    "Disk Space Check: Drive C: - Warning Threshold: 25% Error Threshold: 10%", 1000 + i);
            distinct.add(alert.id());
            TacticalWebhooks.WebhookRequest request = simulator.renderAlertWebhook(url, TacticalWebhooks.DEFAULT_REST_BODY, headers,
                    "post", alert.id());
            deliveries.add(request);
            if (i % 4 == 0) {
                deliveries.add(request);
            }
        }
        Collections.shuffle(deliveries, random);

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        long refreshesBefore = refresher.completed();
        BenchmarkSupport.HeapSampler heap = BenchmarkSupport.HeapSampler.start();
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        Instant start = Instant.now();
        for (TacticalWebhooks.WebhookRequest delivery : deliveries) {
            senders.execute(() -> {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(delivery.url()))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.body()));
                for (Map.Entry<String, String> header : delivery.headers()) {
                    if (!RESTRICTED.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                        request.header(header.getKey(), header.getValue());
                    }
                }
                long t0 = System.nanoTime();
                try {
                    HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
                    latencies.add(System.nanoTime() - t0);
                    (response.statusCode() == 202 ? accepted : refused).incrementAndGet();
                } catch (IOException | InterruptedException e) {
                    refused.incrementAndGet();
                }
            });
        }
        senders.shutdown();
        assertThat(senders.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
        Duration wall = Duration.between(start, Instant.now());
        long peakHeap = heap.stopMb();
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200)).until(() -> refresher.completed() > refreshesBefore);
        Thread.sleep(2_000);

        UUID tenant = jdbc.queryForObject("select tenant_id from rmm_integrations where provider = 'tacticalrmm' and webhook_key = ?",
                UUID.class, url.substring(url.lastIndexOf('/') + 1));
        long rows = jdbc.queryForObject("select count(*) from rmm_alerts where tenant_id = ?", Long.class, tenant);
        long linked = jdbc.queryForObject("select count(*) from rmm_alerts where tenant_id = ? and asset_id is not null", Long.class, tenant);
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        List<String> report = new ArrayList<>();
        report.add(String.format(Locale.ROOT, "Tactical RMM webhook benchmark — %,d deliveries (%,d distinct alerts, %,d redeliveries), "
                        + "%d senders, database %s, max heap %d MB, %s", deliveries.size(), distinct.size(), deliveries.size() - distinct.size(),
                SENDERS, TestDatabases.postgres() ? "PostgreSQL" : "H2", Runtime.getRuntime().maxMemory() >> 20, Instant.now()));
        report.add(String.format(Locale.ROOT, "%.1f s wall, %,d accepted (%,.0f accepted/s), %d refused; latency p50 %.1f ms, p90 %.1f ms, "
                        + "p99 %.1f ms, max %.1f ms; peak heap used %d MB", BenchmarkSupport.seconds(wall), accepted.get(),
                accepted.get() / BenchmarkSupport.seconds(wall), refused.get(), pct(sorted, 50), pct(sorted, 90), pct(sorted, 99),
                pct(sorted, 100), peakHeap));
        report.add(String.format(Locale.ROOT, "alert rows %,d for %,d distinct alerts (%,d linked to an asset); single-agent refreshes "
                + "done %,d (coalesced per agent)", rows, distinct.size(), linked, refresher.completed() - refreshesBefore));
        report.add("GC: " + BenchmarkSupport.gcSummary());
        report.forEach(System.out::println);
        Files.write(Path.of("target", "tactical-webhook-benchmark.txt"), report);

        assertThat(accepted.get()).isEqualTo(deliveries.size());
        assertThat(rows).isEqualTo(distinct.size());
        assertThat(linked).isEqualTo(distinct.size());
    }

    private static double pct(List<Long> sorted, int percentile) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1_000_000.0;
    }
}
