package dev.tributary.huntress;

import dev.tributary.huntress.client.RateBudget;
import dev.tributary.simulator.huntress.HuntressAgent;
import dev.tributary.simulator.huntress.HuntressIncident;
import dev.tributary.simulator.huntress.HuntressOrganization;
import dev.tributary.simulator.huntress.HuntressSimulator;
import dev.tributary.simulator.huntress.HuntressSimulatorConfig;
import dev.tributary.testsupport.ApiClient;
import dev.tributary.testsupport.ApiTestSupport;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * How many requests a first poll makes for a 2,000-incident backfill whose tickets need 300 distinct
 * agents (in an account of 40 organizations and 3,000 agents), and how long that takes under Huntress's
 * 60 requests per minute. The client's own limit is lifted so the run measures request counts, not
 * waiting; the times are computed from the counts. Prints the figures (a benchmark, not an assertion).
 *
 * <p>Run (a main class, so no JUnit tag filter is in the way):
 * <pre>
 * ./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) dev.tributary.huntress.HuntressBackfillBenchmark
 * </pre>
 * The same run is the {@code benchmark}-tagged JUnit test below, which the normal suite excludes. Figures also go to
 * {@code target/huntress-benchmark.txt}.
 */
@Tag("benchmark")
@TestPropertySource(properties = {"tributary.huntress.rate-limit.limit=1000000", "tributary.huntress.rate-limit.burst=1000"})
class HuntressBackfillBenchmark extends ApiTestSupport {

    static final int ORGANIZATIONS = 40;
    static final int AGENTS = 3_000;
    static final int INCIDENTS = 2_000;
    static final int DISTINCT_AGENTS = 300;
    static final int HOSTLESS = 200;

    @Test
    void backfill() throws Exception {
        run(newTenant(unique("Benchmark MSP")), System.out);
    }

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("huntress-bench");
        ConfigurableApplicationContext app = SpringApplication.run(dev.tributary.TributaryApplication.class,
                "--server.port=0", "--tributary.data-dir=" + data,
                "--spring.datasource.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--tributary.bootstrap.api-key=bench-key", "--logging.level.root=WARN",
                "--tributary.huntress.rate-limit.limit=1000000", "--tributary.huntress.rate-limit.burst=1000");
        try {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            run(ApiClient.on(port, "bench-key"), System.out);
        } finally {
            app.close();
        }
        System.exit(0);
    }

    static void run(ApiClient api, PrintStream out) throws Exception {
        try (HuntressSimulator huntress = new HuntressSimulator(0, Clock.systemUTC(),
                HuntressSimulatorConfig.defaults().withRateLimit(0, Duration.ofSeconds(60))).start()) {
            Instant now = Instant.now();
            List<HuntressOrganization> orgs = new ArrayList<>();
            for (int i = 0; i < ORGANIZATIONS; i++) {
                orgs.add(huntress.addOrganization(new HuntressOrganization(0, huntress.accountId(), "Bench Org " + i, "bench-" + i)));
            }
            List<HuntressAgent> agents = new ArrayList<>();
            for (int i = 0; i < AGENTS; i++) {
                HuntressOrganization org = orgs.get(i % ORGANIZATIONS);
                HuntressAgent agent = new HuntressAgent(0, huntress.accountId(), org.id, "BENCH-" + i, "windows");
                agent.os = "Windows 11 Pro";
                agent.serialNumber = "SN-" + i;
                agents.add(huntress.addAgent(agent));
            }
            for (int i = 0; i < INCIDENTS; i++) {
                HuntressIncident incident = new HuntressIncident();
                incident.accountId = huntress.accountId();
                boolean hostless = i >= INCIDENTS - HOSTLESS;
                HuntressAgent agent = hostless ? null : agents.get(i % DISTINCT_AGENTS);
                incident.organizationId = hostless ? orgs.get(i % ORGANIZATIONS).id : agent.organizationId;
                incident.agentId = hostless ? null : agent.id;
                incident.platform = hostless ? "microsoft_365" : "windows";
                incident.severity = List.of("low", "high", "critical").get(i % 3);
                incident.status = "sent";
                incident.subject = incident.severity.toUpperCase() + " - Incident on " + (hostless ? "user@example.com" : agent.hostname);
                incident.updatedAt = now.minus(Duration.ofDays(6)).plusSeconds(i * 240L);
                incident.sentAt = incident.updatedAt;
                huntress.addIncident(incident);
            }
            for (String name : List.of("Critical", "High", "Low")) {
                api.post("/api/v1/priorities", Map.of("name", name));
            }
            String client = id(api.post("/api/v1/clients", Map.of("name", "Fallback")));
            String board = id(api.post("/api/v1/boards", Map.of("name", "Security")));

            huntress.resetCounters();
            var connect = api.put("/api/v1/integrations/huntress/connection", Map.of("apiKey", huntress.apiKey(), "apiSecret",
                    huntress.apiSecret(), "baseUrl", huntress.baseUrl()));
            if (connect.status() != 200) {
                throw new IllegalStateException(connect.raw());
            }
            long connectRequests = huntress.totalRequests();
            api.patch("/api/v1/integrations/huntress/settings", Map.of("boardId", board, "fallbackClientId", client,
                    "fallbackBoardId", board));
            huntress.resetCounters();

            long started = System.nanoTime();
            String runId = api.post("/api/v1/integrations/huntress/runs", Map.of("kind", "poll")).text("id");
            JsonNode run;
            do {
                TimeUnit.MILLISECONDS.sleep(200);
                run = api.get("/api/v1/integrations/huntress/runs/" + runId).json();
            } while ("queued".equals(run.path("state").asString()) || "running".equals(run.path("state").asString()));
            Duration wall = Duration.ofNanos(System.nanoTime() - started);

            long pollRequests = huntress.totalRequests();
            RateBudget production = RateBudget.of(60, Duration.ofSeconds(60), HuntressProperties.defaults().rateLimit().burst(),
                    HuntressProperties.defaults().rateLimit().headroom());
            long incidentPages = (INCIDENTS + 499) / 500;
            StringBuilder report = new StringBuilder();
            report.append("Huntress backfill benchmark\n");
            report.append(String.format("  workload: %,d incidents (%,d host-less), %d distinct agents needed, %,d agents in %d organizations%n",
                    INCIDENTS, HOSTLESS, DISTINCT_AGENTS, AGENTS, ORGANIZATIONS));
            report.append(String.format("  run: state=%s counts=%s%n", run.path("state").asString(), run.path("counts")));
            report.append(String.format("  connect: %d requests (account check + organization sync)%n", connectRequests));
            report.append(String.format("  poll: %d requests %s%n", pollRequests, huntress.requestsPerPath()));
            report.append(String.format("  poll wall time with the limit lifted: %.1f s (processing %,d incidents)%n",
                    wall.toMillis() / 1000.0, INCIDENTS));
            report.append(String.format("  at Huntress's 60 requests/minute (strict sliding window): %s for the poll, %s with connect%n",
                    human(slidingWindowTime(pollRequests, 60)), human(slidingWindowTime(pollRequests + connectRequests, 60))));
            report.append(String.format("  at this client's default budget (burst %d + %d per minute): %s for the poll%n",
                    production.burst(), production.refill(), human(production.timeFor(pollRequests))));
            long perAgent = incidentPages + DISTINCT_AGENTS;
            long perTicket = incidentPages + (INCIDENTS - HOSTLESS);
            report.append(String.format("  for comparison, one GET per distinct agent: %d requests = %s at 60/min;%n", perAgent,
                    human(slidingWindowTime(perAgent, 60))));
            report.append(String.format("  one GET per ticket without a cache at 1.1 s spacing (the reference): %d requests = %s%n",
                    perTicket, human(Duration.ofMillis(1100 * (perTicket - 1)))));
            out.print(report);
            Path target = Path.of("target");
            if (Files.isDirectory(target)) {
                Files.writeString(target.resolve("huntress-benchmark.txt"), report.toString());
            }
        }
    }

    /** N requests under "at most {@code limit} in any window of 60 s": batches of {@code limit}, one window apart. */
    static Duration slidingWindowTime(long requests, int limit) {
        return requests <= 0 ? Duration.ZERO : Duration.ofSeconds(60L * ((requests - 1) / limit));
    }

    static String human(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds < 60 ? seconds + " s" : String.format("%d min %02d s", seconds / 60, seconds % 60);
    }
}
