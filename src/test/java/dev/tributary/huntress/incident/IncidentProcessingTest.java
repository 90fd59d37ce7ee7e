package dev.tributary.huntress.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tributary.huntress.HuntressProperties;
import dev.tributary.huntress.client.HuntressClients;
import dev.tributary.huntress.client.HuntressParser;
import dev.tributary.huntress.client.Incident;
import dev.tributary.huntress.settings.HuntressSettings;
import dev.tributary.integration.IntegrationRef;
import dev.tributary.integration.Integrations;
import dev.tributary.platform.Secret;
import dev.tributary.simulator.huntress.HuntressAgent;
import dev.tributary.simulator.huntress.HuntressIncident;
import dev.tributary.simulator.huntress.HuntressOrganization;
import dev.tributary.simulator.huntress.HuntressSimulator;
import dev.tributary.simulator.huntress.HuntressSimulatorConfig;
import dev.tributary.testsupport.ApiClient;
import dev.tributary.testsupport.ApiTestSupport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The processor on a real database (H2 and PostgreSQL): idempotent when several processors (two
 * instances, overlapping polls) handle the same incident at once, and a failing incident stops the
 * poll with its error on the alert, keeps the cursor before it, and is retried once fixed.
 */
@TestPropertySource(properties = {"tributary.huntress.rate-limit.window=3s", "tributary.huntress.rate-limit.limit=60"})
class IncidentProcessingTest extends ApiTestSupport {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    IncidentProcessor processor;
    @Autowired
    HuntressClients clients;
    @Autowired
    HuntressProperties properties;
    @Autowired
    Integrations integrations;

    HuntressSimulator huntress;
    ApiClient api;
    IntegrationRef ref;
    HuntressOrganization org;
    HuntressAgent agent;
    String client;
    String board;
    String closedStatus;

    @BeforeEach
    void setUp() {
        huntress = new HuntressSimulator(0, Clock.systemUTC(), HuntressSimulatorConfig.defaults().withRateLimit(60, Duration.ofSeconds(3))
                .withRetryAfter(true)).start();
        api = newTenant(unique("Processing MSP"));
        client = id(api.post("/api/v1/clients", Map.of("name", "Umbrella Corp")));
        board = id(api.post("/api/v1/boards", Map.of("name", "Security")));
        closedStatus = api.get("/api/v1/boards/" + board + "/statuses").json().path("items").valueStream()
                .filter(s -> s.path("isClosed").booleanValue()).findFirst().orElseThrow().path("id").asString();
        for (String name : List.of("Critical", "High", "Low")) {
            api.post("/api/v1/priorities", Map.of("name", name));
        }
        org = huntress.addOrganization(new HuntressOrganization(0, huntress.accountId(), "Umbrella Corp", "umbrella"));
        agent = huntress.addAgent(new HuntressAgent(0, huntress.accountId(), org.id, "UMB-SRV-01", "windows"));
        var connected = api.put("/api/v1/integrations/huntress/connection", Map.of("apiKey", huntress.apiKey(), "apiSecret",
                huntress.apiSecret(), "baseUrl", huntress.baseUrl()));
        assertThat(connected.status()).as(connected.raw()).isEqualTo(200);
        Map<String, Object> routing = new HashMap<>();
        routing.put("boardId", board);
        routing.put("fallbackClientId", client);
        routing.put("fallbackBoardId", board);
        routing.put("autoCloseTickets", true);
        routing.put("closedStatusId", closedStatus);
        assertThat(api.patch("/api/v1/integrations/huntress/settings", routing).status()).isEqualTo(200);
        JsonNode status = api.get("/api/v1/integrations/huntress").json();
        ref = new IntegrationRef(UUID.fromString(api.get("/api/v1/me").text("tenantId")),
                UUID.fromString(status.path("integrationId").asString()), "huntress");
    }

    @AfterEach
    void tearDown() {
        huntress.close();
    }

    IncidentProcessor.Cycle cycle() {
        Map<String, Object> settings = integrations.require(ref).settings();
        var client = clients.forAccount(huntress.baseUrl(), HuntressSettings.parse(settings).accountId(), Secret.of(huntress.apiKey()),
                Secret.of(huntress.apiSecret()));
        return new IncidentProcessor.Cycle(ref, HuntressSettings.parse(settings), new AgentDirectory(client),
                new PortalLinks(properties.portalLinkTemplate()));
    }

    /** The incident as the client reads it from the simulator. */
    Incident read(long id) {
        HuntressIncident stored = huntress.incident(id).orElseThrow();
        String json = """
                {"id": %d, "organization_id": %d, "agent_id": %s, "severity": "%s", "status": "%s", "subject": "%s",
                 "updated_at": "%s", "sent_at": "%s"}""".formatted(stored.id, stored.organizationId,
                stored.agentId == null ? "null" : stored.agentId.toString(), stored.severity, stored.status, stored.subject,
                stored.updatedAt.truncatedTo(ChronoUnit.SECONDS), stored.sentAt.truncatedTo(ChronoUnit.SECONDS));
        return HuntressParser.incident(JSON.readTree(json));
    }

    HuntressIncident add(String status, Instant updatedAt) {
        HuntressIncident incident = new HuntressIncident();
        incident.accountId = huntress.accountId();
        incident.organizationId = org.id;
        incident.agentId = agent.id;
        incident.severity = "high";
        incident.status = status;
        incident.subject = "HIGH - Incident on UMB-SRV-01 (Umbrella Corp)";
        incident.updatedAt = updatedAt;
        incident.sentAt = updatedAt;
        return huntress.addIncident(incident);
    }

    /** Runs the same incident through {@code n} processors at once, each with its own cycle (like separate instances). */
    List<IncidentProcessor.Outcome> concurrently(int n, Incident incident) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<IncidentProcessor.Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                IncidentProcessor.Cycle cycle = cycle();
                futures.add(pool.submit(() -> {
                    go.await();
                    return processor.process(cycle, incident);
                }));
            }
            go.countDown();
            List<IncidentProcessor.Outcome> outcomes = new ArrayList<>();
            for (Future<IncidentProcessor.Outcome> future : futures) {
                outcomes.add(future.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    JsonNode ticketOf(long incidentId) {
        JsonNode list = api.get("/api/v1/tickets?source=huntress&sourceReference=" + incidentId).json();
        assertThat(list.path("total").asInt()).isEqualTo(1);
        return api.get("/api/v1/tickets/" + list.path("items").get(0).path("id").asString()).json();
    }

    @Test
    void concurrentProcessorsCreateOneTicketAndAppendOneNote() throws Exception {
        Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(600);
        HuntressIncident stored = add("sent", t);

        List<IncidentProcessor.Outcome> created = concurrently(4, read(stored.id));
        assertThat(created).containsOnlyOnce(IncidentProcessor.Outcome.TICKET_CREATED);
        assertThat(created).filteredOn(o -> o != IncidentProcessor.Outcome.TICKET_CREATED)
                .containsOnly(IncidentProcessor.Outcome.UNCHANGED);
        assertThat(ticketOf(stored.id).path("comments").size()).isEqualTo(1);
        assertThat(api.get("/api/v1/alerts?provider=huntress").json().path("total").asInt()).isEqualTo(1);

        huntress.updateIncident(stored.id, i -> i.status = "closed");
        List<IncidentProcessor.Outcome> closed = concurrently(4, read(stored.id));
        assertThat(closed).containsOnlyOnce(IncidentProcessor.Outcome.NOTE_ADDED_AND_CLOSED);
        assertThat(closed).filteredOn(o -> o != IncidentProcessor.Outcome.NOTE_ADDED_AND_CLOSED)
                .containsOnly(IncidentProcessor.Outcome.UNCHANGED);
        JsonNode ticket = ticketOf(stored.id);
        assertThat(ticket.path("comments").size()).isEqualTo(2);
        assertThat(ticket.path("closed").booleanValue()).isTrue();
        assertThat(ticket.path("statusId").asString()).isEqualTo(closedStatus);
    }

    @Test
    void aFailingIncidentStopsThePollWithItsErrorOnTheAlertAndIsRetriedOnceFixed() {
        Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(1));
        // The organization was auto-matched to its client at connect: its incidents go to the security board.
        HuntressIncident older = add("sent", t);
        assertThat(processor.process(cycle(), read(older.id))).isEqualTo(IncidentProcessor.Outcome.TICKET_CREATED);
        HuntressIncident failing = add("sent", t.plusSeconds(600));
        HuntressIncident newer = add("sent", t.plusSeconds(1200));
        // The security board disappears behind the settings' back.
        Map<String, Object> good = integrations.require(ref).settings();
        integrations.updateSettings(ref, s -> {
            s.put(HuntressSettings.BOARD, UUID.randomUUID().toString());
            return s;
        });

        JsonNode failed = poll();
        assertThat(failed.path("state").asString()).as(failed.toString()).isEqualTo("failed");
        assertThat(failed.path("error").asString()).contains("incident report " + failing.id, "boardId", "retried on the next poll");
        JsonNode status = api.get("/api/v1/integrations/huntress").json();
        assertThat(status.path("syncStatus").asString()).isEqualTo("error");
        assertThat(status.path("settings").path("incidentCursor").asString()).as("cursor stops before the failure")
                .isEqualTo(older.updatedAt.toString());
        JsonNode alert = alert(failing.id);
        assertThat(alert.path("metadata").path("processingError").path("message").asString()).contains("boardId");
        assertThat(alert.path("ticketId").isNull() || alert.path("ticketId").isMissingNode()).isTrue();
        assertThat(alert(newer.id)).as("incidents after the failure are not attempted").isNull();

        // Fixed: the next poll retries the failed incident (its alert row is not "processed") and goes on.
        integrations.updateSettings(ref, s -> {
            s.put(HuntressSettings.BOARD, good.get(HuntressSettings.BOARD));
            return s;
        });
        JsonNode recovered = poll();
        assertThat(recovered.path("state").asString()).as(recovered.toString()).isEqualTo("succeeded");
        assertThat(recovered.path("counts").path("ticketsCreated").asInt()).isEqualTo(2);
        assertThat(ticketOf(failing.id).path("boardId").asString()).isEqualTo(board);
        assertThat(alert(failing.id).path("metadata").has("processingError")).isFalse();
        assertThat(api.get("/api/v1/integrations/huntress").json().path("settings").path("incidentCursor").asString())
                .isEqualTo(newer.updatedAt.toString());
    }

    JsonNode alert(long incidentId) {
        return api.get("/api/v1/alerts?provider=huntress").json().path("items").valueStream()
                .filter(a -> a.path("externalAlertId").asString().equals(Long.toString(incidentId))).findFirst().orElse(null);
    }

    JsonNode poll() {
        var run = api.post("/api/v1/integrations/huntress/runs", Map.of("kind", "poll"));
        assertThat(run.status()).as(run.raw()).isEqualTo(202);
        String id = run.text("id");
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100)).until(() -> {
            String state = api.get("/api/v1/integrations/huntress/runs/" + id).text("state");
            return !"queued".equals(state) && !"running".equals(state);
        });
        return api.get("/api/v1/integrations/huntress/runs/" + id).json();
    }
}
