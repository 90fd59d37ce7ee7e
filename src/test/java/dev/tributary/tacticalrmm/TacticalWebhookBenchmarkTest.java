package dev.tributary.tacticalrmm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tributary.simulator.tactical.TacticalAgent;
import dev.tributary.simulator.tactical.TacticalAlert;
import dev.tributary.simulator.tactical.TacticalClient;
import dev.tributary.simulator.tactical.TacticalWebhooks;
import dev.tributary.tacticalrmm.sync.AgentRefresher;
import dev.tributary.testsupport.ApiClient;
import dev.tributary.testsupport.BenchmarkSupport;
import dev.tributary.testsupport.TestDatabases;
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
import org.springframework.test.context.TestPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Webhook load: alert deliveries rendered byte-exact by the simulator (Tactical's template substitution and
 * re-serialization, its headers), a quarter of them delivered twice. Two measured rounds follow a warm-up that ends
 * with stretches at the paced round's rate, repeated until the JIT compiler has settled (a steady state, as in a
 * service that has been running for a while):
 * <ul>
 *   <li><b>paced</b>: deliveries are due at a steady {@code tactical.benchmark.rate} per second (default 500, the
 *       target). Each latency counts from the moment its delivery was due, so a server that falls behind is charged
 *       for the wait (no coordinated omission);</li>
 *   <li><b>saturation</b>: 8 senders post back to back, so the server runs flat out. This gives the most accepted
 *       per second, and latencies that are mostly time spent queueing behind the other senders.</li>
 * </ul>
 * Prints accepted deliveries per second, latency percentiles, alert rows against distinct alerts, and refreshes
 * done. Asserts only correctness (every delivery 202, one row per distinct alert), never time.
 *
 * <p>Run: {@code ./mvnw -B -Pbenchmark test -Dtest=TacticalWebhookBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
@TestPropertySource(properties = {BenchmarkSupport.PRODUCTION_POOL, BenchmarkSupport.NO_LEAK_DETECTION})
class TacticalWebhookBenchmarkTest extends TacticalApiTestSupport {

    private static final int ALERTS = Integer.getInteger("tactical.benchmark.alerts", 8_000);
    private static final int WARM_UP = Integer.getInteger("tactical.benchmark.warmup", 20_000);
    private static final int SENDERS = 8;
    private static final int RATE = Integer.getInteger("tactical.benchmark.rate", 500);
    /** The JIT has settled when it compiles for at most this share of one core's time during a paced warm-up stretch. */
    private static final double SETTLED_COMPILER_SHARE = 0.10;
    private static final int MAX_PACED_WARM_UPS = 16;
    /** Enough connections that a paced delivery never waits for a free sender unless the server is behind. */
    private static final int PACED_SENDERS = 32;

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
        String headers = webhookHeaders(webhook.path("secret").asString(), true);

        List<TacticalAgent> agents = simulator.agents().stream().filter(a -> a.id() > 13).toList();
        Random random = new Random(7);
        Set<Integer> distinct = new HashSet<>();
        // Warm-up (not measured), with the same mix of new alerts and redeliveries.
        Round warmUp = send(deliveries(WARM_UP, agents, url, headers, random, distinct, 0), SENDERS, 0);
        int sent = WARM_UP;
        // Then stretches at the paced round's rate and concurrency (more senders mean more request threads and other
        // contention, whose code the JIT has not seen at 8 senders) until the JIT compiler has settled. On 2 cores its
        // one C2 thread keeps a core busy for well over a minute of load, as it would have long since in a running
        // service; measured before then, the figures would be of the compiler competing for the CPU.
        int pacedWarmUp = WARM_UP / 4;
        List<Double> compilerShares = new ArrayList<>();
        do {
            BenchmarkSupport.BackgroundWork stretch = BenchmarkSupport.BackgroundWork.start();
            send(deliveries(pacedWarmUp, agents, url, headers, random, distinct, sent), PACED_SENDERS, RATE);
            sent += pacedWarmUp;
            compilerShares.add(stretch.compilerShare());
        } while (compilerShares.get(compilerShares.size() - 1) > SETTLED_COMPILER_SHARE && compilerShares.size() < MAX_PACED_WARM_UPS);
        long refreshesBefore = refresher.completed();
        List<TacticalWebhooks.WebhookRequest> pacedDeliveries = deliveries(ALERTS, agents, url, headers, random, distinct, sent);
        List<TacticalWebhooks.WebhookRequest> deliveries = deliveries(ALERTS, agents, url, headers, random, distinct,
                sent + ALERTS);
        System.out.println("Tactical webhook benchmark: warm-up done, paced round starts at " + Instant.now());
        BenchmarkSupport.HeapSampler heap = BenchmarkSupport.HeapSampler.start();
        BenchmarkSupport.HiccupProbe probe = BenchmarkSupport.HiccupProbe.start();
        BenchmarkSupport.BackgroundWork pacedBackground = BenchmarkSupport.BackgroundWork.start();
        Round paced = send(pacedDeliveries, PACED_SENDERS, RATE);
        String pacedBackgroundLine = pacedBackground.line();
        BenchmarkSupport.Hiccups pacedHiccups = probe.stop();
        BenchmarkSupport.BackgroundWork saturationBackground = BenchmarkSupport.BackgroundWork.start();
        Round measured = send(deliveries, SENDERS, 0);
        String saturationBackgroundLine = saturationBackground.line();
        long peakHeap = heap.stop().usedMb();
        // At the read cap a storm over the whole fleet leaves a refresh queue that drains for minutes: report it
        // rather than wait for it.
        int queued = refresher.queued();

        UUID tenant = jdbc.queryForObject("select tenant_id from rmm_integrations where provider = 'tacticalrmm' and webhook_key = ?",
                UUID.class, url.substring(url.lastIndexOf('/') + 1));
        long rows = jdbc.queryForObject("select count(*) from rmm_alerts where tenant_id = ?", Long.class, tenant);
        long linked = jdbc.queryForObject("select count(*) from rmm_alerts where tenant_id = ? and asset_id is not null", Long.class, tenant);
        List<String> report = new ArrayList<>();
        report.add(String.format(Locale.ROOT, "Tactical RMM webhook benchmark — %,d + %,d measured deliveries "
                        + "(%,d distinct alerts in all, %,d redeliveries measured), one connection per delivery as Tactical sends, "
                        + "database %s, max heap %d MB, %s", deliveries.size(), pacedDeliveries.size(), distinct.size(),
                deliveries.size() + pacedDeliveries.size() - 2 * ALERTS, TestDatabases.postgres() ? "PostgreSQL" : "H2",
                Runtime.getRuntime().maxMemory() >> 20, BenchmarkSupport.stamp()));
        report.add(String.format(Locale.ROOT, "warm-up (not measured): %,d deliveries in %.1f s (%,.0f/s) back to back, then "
                        + "%d stretches of %,d alerts paced at %,d/s until the JIT compiler took at most %.0f%% of a core "
                        + "(it took %s)", warmUp.accepted(), BenchmarkSupport.seconds(warmUp.wall()),
                warmUp.accepted() / BenchmarkSupport.seconds(warmUp.wall()), compilerShares.size(), pacedWarmUp, RATE,
                SETTLED_COMPILER_SHARE * 100, compilerShares.stream().map(share -> String.format(Locale.ROOT, "%.0f%%", share * 100))
                        .collect(java.util.stream.Collectors.joining(", "))));
        report.add(paced.line(String.format(Locale.ROOT, "paced at %,d/s, latency from when each delivery was due", RATE)));
        report.add("  during the paced round, " + pacedHiccups.line() + "; " + pacedBackgroundLine);
        report.add(measured.line("saturation, " + SENDERS + " senders back to back"));
        report.add("  during the saturation round, " + saturationBackgroundLine);
        report.add(String.format(Locale.ROOT, "peak heap used %d MB while measuring", peakHeap));
        report.add(String.format(Locale.ROOT, "alert rows %,d for %,d distinct alerts (%,d linked to an asset); agents refreshed %,d "
                + "(at most one read per agent per %d s and %d reads/s per integration), %,d agents still queued for a refresh", rows, distinct.size(),
                linked, refresher.completed() - refreshesBefore, refresher.timing().spacing().toSeconds(), refresher.timing().readsPerSecond(), queued));
        report.add("GC: " + BenchmarkSupport.gcSummary());
        report.forEach(System.out::println);
        Files.write(Path.of("target", "tactical-webhook-benchmark.txt"), report);
        paced.writeTimeline(Path.of("target", "tactical-webhook-paced.csv"));

        assertThat(warmUp.refused()).isZero();
        assertThat(measured.accepted()).isEqualTo(deliveries.size());
        assertThat(paced.accepted()).isEqualTo(pacedDeliveries.size());
        assertThat(rows).isEqualTo(distinct.size());
        assertThat(linked).isEqualTo(distinct.size());
    }

    private List<TacticalWebhooks.WebhookRequest> deliveries(int alerts, List<TacticalAgent> agents, String url, String headers,
                                                             Random random, Set<Integer> distinct, int offset) {
        List<TacticalWebhooks.WebhookRequest> deliveries = new ArrayList<>();
        for (int n = 0; n < alerts; n++) {
            int i = offset + n;
            TacticalAgent agent = agents.get(random.nextInt(agents.size()));
            TacticalAlert alert = i % 3 == 0 ? simulator.raiseAvailabilityAlert(agent.id())
                    : simulator.raiseCheckAlert(agent.id(), i % 2 == 0 ? "error" : "warning", "diskspace",
                    "Disk Space Check: Drive C: - Warning Threshold: 25% Error Threshold: 10%", 1000 + i);
            distinct.add(alert.id());
            TacticalWebhooks.WebhookRequest request = simulator.renderAlertWebhook(url, TacticalWebhooks.DEFAULT_REST_BODY, headers,
                    "post", alert.id());
            deliveries.add(request);
            if (n % 4 == 0) {
                deliveries.add(request);
            }
        }
        Collections.shuffle(deliveries, random);
        return deliveries;
    }

    /** One delivery: when it started (or fell due) after the round began, and how long until its answer. */
    private record Sample(long offsetNanos, long latencyNanos) {
    }

    private record Round(Duration wall, int accepted, int refused, List<Sample> samples) {

        /** Every delivery as "offset ms,latency ms" in start order, to see when the slow ones happened. */
        void writeTimeline(Path file) throws java.io.IOException {
            List<String> lines = new ArrayList<>(List.of("offset_ms,latency_ms"));
            samples.stream().sorted(java.util.Comparator.comparingLong(Sample::offsetNanos)).forEach(sample -> lines.add(
                    String.format(Locale.ROOT, "%.1f,%.2f", sample.offsetNanos() / 1e6, sample.latencyNanos() / 1e6)));
            Files.write(file, lines);
        }

        String line(String label) {
            List<Long> sorted = new ArrayList<>(samples.stream().map(Sample::latencyNanos).toList());
            Collections.sort(sorted);
            double seconds = BenchmarkSupport.seconds(wall);
            return String.format(Locale.ROOT, "measured (%s): %.1f s wall, %,d accepted (%,.0f accepted/s), %d refused; "
                            + "latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms", label, seconds, accepted,
                    accepted / seconds, refused, pct(sorted, 50), pct(sorted, 90), pct(sorted, 99), pct(sorted, 100));
        }
    }

    /**
     * Posts the deliveries, each on a connection of its own with the exact bytes Tactical sends. A raw socket rather than
     * {@code java.net.http.HttpClient}: on 2 cores that client's selector and workers took more CPU than the server under
     * test (JFR thread CPU load), so the figure measured the load generator.
     *
     * <p>With {@code rate} 0, {@code threads} senders post back to back and a latency runs from when its sender started.
     * Otherwise delivery {@code i} falls due {@code i / rate} seconds after the start, and its latency runs from then.
     */
    private static Round send(List<TacticalWebhooks.WebhookRequest> deliveries, int threads, int rate) throws InterruptedException {
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        for (int i = 0; i < deliveries.size(); i++) {
            TacticalWebhooks.WebhookRequest delivery = deliveries.get(i);
            long due = rate == 0 ? 0 : start + i * (1_000_000_000L / rate);
            senders.execute(() -> {
                long wait;
                while (rate > 0 && (wait = due - System.nanoTime()) > 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(wait);
                }
                long from = rate == 0 ? System.nanoTime() : due;
                int status = TacticalWebhooks.send(delivery, Duration.ofSeconds(30)).status();
                samples.add(new Sample(from - start, System.nanoTime() - from));
                (status == 202 ? accepted : refused).incrementAndGet();
            });
        }
        senders.shutdown();
        assertThat(senders.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
        return new Round(Duration.ofNanos(System.nanoTime() - start), accepted.get(), refused.get(), List.copyOf(samples));
    }

    private static double pct(List<Long> sorted, int percentile) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1_000_000.0;
    }
}
