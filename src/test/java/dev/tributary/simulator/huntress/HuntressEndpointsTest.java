package dev.tributary.simulator.huntress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tributary.simulator.MutableClock;
import dev.tributary.simulator.RecordedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Filters, single resources, mutation semantics, write endpoints and fault switches. */
class HuntressEndpointsTest {

    private static final Instant NOW = Instant.parse("2026-10-03T00:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private HuntressSimulator simulator;
    private HuntressTestClient client;

    @BeforeEach
    void start() {
        simulator = new HuntressSimulator(0, clock, HuntressSimulatorConfig.defaults()
                .withRateLimit(0, Duration.ofSeconds(60))).start();
        simulator.loadFixtures();
        client = HuntressTestClient.of(simulator);
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    /** SimulatorServer records a request after its response is sent, so the client can be a moment ahead. */
    private void awaitRecorded(int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (simulator.requestCount() < count && System.nanoTime() < deadline) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static List<Long> ids(JsonNode page, String plural) {
        return page.path(plural).valueStream().map(row -> row.path("id").asLong()).toList();
    }

    @Test
    void incidentFilters() {
        assertThat(ids(client.getJson("/v1/incident_reports?limit=500&status=closed"), "incident_reports"))
                .containsExactlyInAnyOrder(5517402L, 5509114L, 5497760L);
        assertThat(ids(client.getJson("/v1/incident_reports?limit=500&severity=critical"), "incident_reports"))
                .containsExactlyInAnyOrder(5519023L, 5509114L);
        assertThat(ids(client.getJson("/v1/incident_reports?limit=500&platform=microsoft_365"), "incident_reports"))
                .containsExactly(5518876L);
        assertThat(ids(client.getJson("/v1/incident_reports?limit=500&organization_id=1207"), "incident_reports"))
                .containsExactlyInAnyOrder(5519023L, 5503371L);
        assertThat(ids(client.getJson("/v1/incident_reports?limit=500&agent_id=3307519"), "incident_reports"))
                .containsExactly(5519023L);
        assertThat(ids(client.getJson("/v1/incident_reports?limit=500&indicator_type=managed_identity"),
                "incident_reports")).containsExactlyInAnyOrder(5518876L, 5497760L);
        assertThat(ids(client.getJson("/v1/incident_reports?limit=500&indicator_type=process_detections&status=sent"),
                "incident_reports")).containsExactly(5519023L);
        assertThat(ids(client.getJson("/v1/incident_reports?status=deleting"), "incident_reports")).isEmpty();
        assertThat(ids(client.getJson("/v1/incident_reports?limit=500&status=sent&status=dismissed"),
                "incident_reports")).as("a repeated key keeps its last value").containsExactly(5503371L);
    }

    @Test
    void organizationAndAgentFilters() {
        assertThat(ids(client.getJson("/v1/organizations?name=Tailspin%20Logistics"), "organizations"))
                .containsExactly(1093L);
        assertThat(ids(client.getJson("/v1/organizations?key=fabrikam"), "organizations")).containsExactly(1150L);
        assertThat(ids(client.getJson("/v1/organizations?key=Fabrikam"), "organizations")).isEmpty();
        assertThat(ids(client.getJson("/v1/agents?organization_id=1150&limit=500"), "agents"))
                .containsExactlyInAnyOrder(3310288L, 3281456L);
        assertThat(ids(client.getJson("/v1/agents?platform=linux"), "agents")).containsExactly(3281456L);
        assertThat(ids(client.getJson("/v1/agents?hostname=HV-FRONTDESK-02"), "agents")).containsExactly(3307519L);
        assertThat(ids(client.getJson("/v1/agents?os=Windows%2011%20Pro&version=0.13.58&limit=500"), "agents"))
                .contains(3307519L);
        assertThat(client.get("/v1/agents?organization_id=x").status()).isEqualTo(400);
    }

    @Test
    void organizationCountsAreComputed() {
        JsonNode before = client.getJson("/v1/organizations/1093").path("organization");
        assertThat(before.path("agents_count").asLong()).isEqualTo(24);
        assertThat(before.path("incident_reports_count").asLong()).isEqualTo(2);
        HuntressAgent agent = simulator.addAgent(new HuntressAgent(0, simulator.accountId(), 1093, "TSL-WS99", "windows"));
        HuntressIncident incident = new HuntressIncident();
        incident.accountId = simulator.accountId();
        incident.organizationId = 1093L;
        incident.agentId = agent.id;
        simulator.addIncident(incident);
        JsonNode after = client.getJson("/v1/organizations/1093").path("organization");
        assertThat(after.path("agents_count").asLong()).isEqualTo(25);
        assertThat(after.path("incident_reports_count").asLong()).isEqualTo(3);
        assertThat(after.path("actual_usages").path("edr").path("billable_agents_count").asLong()).isEqualTo(25);
        simulator.removeAgent(agent.id);
        assertThat(client.get("/v1/agents/" + agent.id).status()).isEqualTo(404);
        assertThat(client.getJson("/v1/organizations/1093").path("organization").path("agents_count").asLong())
                .isEqualTo(24);
    }

    @Test
    void updateIncidentStampsTimestampsFromTheClock() {
        clock.set(Instant.parse("2026-10-04T08:15:30.750Z"));
        simulator.updateIncident(5518876, incident -> incident.summary = "Password reset by the partner.");
        JsonNode touched = client.getJson("/v1/incident_reports/5518876").path("incident_report");
        assertThat(touched.path("updated_at").asString()).isEqualTo("2026-10-04T08:15:30Z");
        assertThat(touched.path("status_updated_at").asString()).as("status unchanged").isEqualTo("2026-10-01T20:58:31Z");
        assertThat(touched.path("closed_at").isNull()).isTrue();
        assertThat(touched.path("summary").asString()).isEqualTo("Password reset by the partner.");

        clock.set(Instant.parse("2026-10-04T09:00:00Z"));
        HuntressIncident closed = simulator.updateIncident(5518876, incident -> incident.status = "closed");
        assertThat(closed.closedAt).isEqualTo(Instant.parse("2026-10-04T09:00:00Z"));
        JsonNode json = client.getJson("/v1/incident_reports/5518876").path("incident_report");
        assertThat(json.path("status").asString()).isEqualTo("closed");
        assertThat(json.path("closed_at").asString()).isEqualTo("2026-10-04T09:00:00Z");
        assertThat(json.path("status_updated_at").asString()).isEqualTo("2026-10-04T09:00:00Z");
        assertThat(json.path("updated_at").asString()).isEqualTo("2026-10-04T09:00:00Z");

        clock.set(Instant.parse("2026-10-05T00:00:00Z"));
        simulator.updateIncident(5518876, incident -> incident.status = "sent");
        assertThat(simulator.incident(5518876).orElseThrow().closedAt).as("reopened").isNull();

        assertThatThrownBy(() -> simulator.updateIncident(5518876, incident -> incident.accountId = 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> simulator.updateIncident(1, incident -> { }))
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void storedRecordsAreCopies() {
        HuntressIncident copy = simulator.incident(5519023).orElseThrow();
        copy.status = "closed";
        copy.remediations.clear();
        JsonNode json = client.getJson("/v1/incident_reports/5519023").path("incident_report");
        assertThat(json.path("status").asString()).isEqualTo("sent");
        assertThat(json.path("remediations").path("total_count").asInt()).isEqualTo(3);
    }

    @Test
    void resolutionPreconditionsAndBulkApproval() {
        clock.set(Instant.parse("2026-10-03T10:00:00Z"));
        HuntressTestClient.Response blocked = client.post("/v1/incident_reports/5518876/resolution");
        assertThat(blocked.status()).as("a manual remediation is still unapproved").isEqualTo(409);

        HuntressTestClient.Response approved = client.post("/v1/incident_reports/5518876/remediations/bulk_approval");
        assertThat(approved.status()).isEqualTo(201);
        JsonNode items = approved.json().path("incident_report").path("remediations").path("items");
        assertThat(items.valueStream().map(item -> item.path("status").asString()))
                .doesNotContain("unapproved");
        JsonNode manual = items.get(3);
        assertThat(manual.path("approved_at").asString()).isEqualTo("2026-10-03T10:00:00Z");
        assertThat(manual.path("approved_by").path("id").asLong()).isEqualTo(70001);

        clock.set(Instant.parse("2026-10-03T10:05:00Z"));
        HuntressTestClient.Response resolved = client.post("/v1/incident_reports/5518876/resolution");
        assertThat(resolved.status()).isEqualTo(201);
        JsonNode report = resolved.json().path("incident_report");
        assertThat(report.path("status").asString()).isEqualTo("closed");
        assertThat(report.path("closed_at").asString()).isEqualTo("2026-10-03T10:05:00Z");
        assertThat(client.post("/v1/incident_reports/5518876/resolution").status()).as("no longer sent").isEqualTo(422);
        assertThat(client.post("/v1/incident_reports/5509114/remediations/bulk_approval").status()).isEqualTo(409);
        assertThat(client.get("/v1/incident_reports/5518876/resolution").status()).isEqualTo(405);
        assertThat(client.post("/v1/incident_reports/1/resolution").status()).isEqualTo(404);

        simulator.addCredential(simulator.accountId(), "hk_readonly", "hs_readonly", true);
        HuntressTestClient readOnly = client.withCredentials("hk_readonly", "hs_readonly");
        assertThat(readOnly.get("/v1/incident_reports/5519023").status()).isEqualTo(200);
        assertThat(readOnly.post("/v1/incident_reports/5519023/remediations/bulk_approval").status()).isEqualTo(403);
        assertThat(readOnly.post("/v1/incident_reports/5519023/resolution").status()).isEqualTo(403);
    }

    @Test
    void remediationsEndpoint() {
        String base = "/v1/incident_reports/5509114/remediations";
        assertThat(client.getJson(base + "?limit=500").path("remediations")).hasSize(12);
        assertThat(client.getJson(base).path("remediations")).as("default limit 10").hasSize(10);
        assertThat(client.getJson(base + "?limit=500&types[]=manual").path("remediations")).hasSize(3);
        assertThat(client.getJson(base + "?limit=500&types%5B%5D=manual&types%5B%5D=assisted").path("remediations"))
                .hasSize(12);
        assertThat(client.getJson(base + "?limit=500&statuses[]=failed,approved").path("remediations")).hasSize(2);
        assertThat(client.get(base + "?types[]=automatic").status()).isEqualTo(400);
        assertThat(client.getJson(base + "/90421004").path("remediation").path("status").asString()).isEqualTo("failed");
        assertThat(client.get(base + "/90440377").status()).as("a remediation of another report").isEqualTo(404);
    }

    @Test
    void injectedFailures() {
        simulator.failNextRequests(2, 503);
        simulator.failNextRequests(1, 500);
        HuntressTestClient.Response first = client.get("/v1/account");
        assertThat(first.status()).isEqualTo(503);
        assertThat(first.header("Content-Type")).startsWith("text/html");
        assertThat(client.withAuthorization(null).get("/v1/account").status()).as("before auth").isEqualTo(503);
        HuntressTestClient.Response third = client.get("/v1/account");
        assertThat(third.status()).isEqualTo(500);
        assertThat(third.json().path("error").isString()).isTrue();
        assertThat(client.get("/v1/account").status()).isEqualTo(200);
        assertThat(simulator.pendingFailures()).isZero();
        awaitRecorded(4);
        assertThat(simulator.requests()).extracting(RecordedRequest::status).containsExactly(503, 503, 500, 200);
        assertThatThrownBy(() -> simulator.failNextRequests(1, 429)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void slowResponses() {
        simulator.setResponseDelay(Duration.ofMillis(300));
        long started = System.nanoTime();
        assertThat(client.get("/v1/account").status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        simulator.resetFaults();
        started = System.nanoTime();
        client.get("/v1/account");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(300));
    }

    @Test
    void historicRemediationsArray() {
        simulator.setRemediationsAsArray(true);
        JsonNode remediations = client.getJson("/v1/incident_reports/5509114").path("incident_report")
                .path("remediations");
        assertThat(remediations.isArray()).isTrue();
        assertThat(remediations).as("the historic shape inlined everything").hasSize(12);
        assertThat(client.getJson("/v1/incident_reports?limit=1").path("incident_reports").get(0)
                .path("remediations").isArray()).isTrue();
    }

    @Test
    void generatorIsDeterministicAndCoversTheTraps() {
        GeneratedWorkload workload = simulator.generate(8, 60, 400, 2026L);
        assertThat(workload.organizationIds()).hasSize(8);
        assertThat(workload.agentIds()).hasSize(60);
        assertThat(workload.incidentIds()).hasSize(400);

        try (HuntressSimulator twin = new HuntressSimulator(0, new MutableClock(NOW), HuntressSimulatorConfig.defaults()
                .withRateLimit(0, Duration.ofSeconds(60))).start()) {
            twin.loadFixtures();
            assertThat(twin.generate(8, 60, 400, 2026L)).isEqualTo(workload);
            HuntressTestClient twinClient = HuntressTestClient.of(twin);
            for (String path : new String[] {"/v1/incident_reports?limit=500", "/v1/agents?limit=500",
                "/v1/organizations?limit=500"}) {
                assertThat(twinClient.getJson(path)).as(path).isEqualTo(client.getJson(path));
            }
        }
        try (HuntressSimulator other = new HuntressSimulator(0, new MutableClock(NOW), HuntressSimulatorConfig.defaults()
                .withRateLimit(0, Duration.ofSeconds(60))).start()) {
            other.loadFixtures();
            other.generate(8, 60, 400, 2027L);
            assertThat(HuntressTestClient.of(other).getJson("/v1/incident_reports?limit=500"))
                    .as("another seed, other data").isNotEqualTo(client.getJson("/v1/incident_reports?limit=500"));
        }

        List<HuntressIncident> generated = simulator.incidents().stream()
                .filter(incident -> workload.incidentIds().contains(incident.id)).toList();
        assertThat(generated.stream().map(incident -> incident.status).collect(Collectors.toSet()))
                .containsAll(HuntressSimulator.INCIDENT_STATUSES);
        assertThat(generated.stream().map(incident -> incident.severity).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("low", "high", "critical");
        assertThat(generated.stream().map(incident -> incident.platform).collect(Collectors.toSet()))
                .contains("windows", "darwin", "linux", "microsoft_365", "google", "email_security", "other");
        assertThat(generated).anyMatch(incident -> incident.agentId == null && incident.platform.equals("microsoft_365"));
        assertThat(generated).allMatch(incident -> (incident.agentId == null) == !Set.of("windows", "darwin", "linux")
                .contains(incident.platform));
        assertThat(generated).anyMatch(incident -> incident.remediations != null && incident.remediations.size() > 10);
        assertThat(generated).anyMatch(incident -> incident.summary == null);
        assertThat(generated.stream().map(incident -> incident.indicatorCounts.keySet()).distinct().count())
                .isGreaterThan(5);
        List<HuntressRemediation> remediations = generated.stream().filter(incident -> incident.remediations != null)
                .flatMap(incident -> incident.remediations.stream()).toList();
        assertThat(remediations).anyMatch(remediation -> remediation.type.equals("containment")
                && remediation.parametersText != null);
        assertThat(remediations).anyMatch(remediation -> remediation.approvedBy != null
                && remediation.approvedBy.id() instanceof String);
        assertThat(remediations).anyMatch(remediation -> remediation.approvedBy != null
                && remediation.approvedBy.id() instanceof Long);
        assertThat(remediations.stream().map(remediation -> remediation.status).collect(Collectors.toSet()))
                .containsAll(HuntressSimulator.REMEDIATION_STATUSES);
        for (HuntressIncident incident : generated) {
            assertThat(incident.updatedAt).isBeforeOrEqualTo(NOW);
            assertThat(incident.statusUpdatedAt).isBeforeOrEqualTo(incident.updatedAt);
            assertThat(incident.closedAt != null).isEqualTo(incident.status.equals("closed"));
            if (incident.agentId != null) {
                assertThat(simulator.agent(incident.agentId).orElseThrow().organizationId)
                        .isEqualTo(incident.organizationId);
            }
            assertThat(incident.subject).matches("(LOW|HIGH|CRITICAL) - Incident on .+ \\(.+\\)");
        }
        assertThat(simulator.agents()).anyMatch(agent -> agent.edrVersion == null)
                .anyMatch(agent -> agent.tamperProtectionConfigured == null)
                .anyMatch(agent -> "Isolated".equals(agent.firewallStatus));
    }

    @Test
    void seedingValidatesReferences() {
        HuntressIncident orphan = new HuntressIncident();
        orphan.accountId = simulator.accountId();
        orphan.agentId = 42L;
        assertThatThrownBy(() -> simulator.addIncident(orphan)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> simulator.addAgent(new HuntressAgent(0, simulator.accountId(), 999, "X", "windows")))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(simulator::loadFixtures).isInstanceOf(IllegalStateException.class);
        HuntressIncident duplicate = simulator.incident(5519023).orElseThrow();
        duplicate.id = 0;
        assertThatThrownBy(() -> simulator.addIncident(duplicate)).as("remediation ids are unique")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void demoServesFixturesAndGeneratedData() {
        try (HuntressSimulator demo = HuntressSimulator.demo(new MutableClock(NOW))) {
            HuntressTestClient demoClient = HuntressTestClient.of(demo);
            assertThat(demoClient.getJson("/v1/account").path("account").path("subdomain").asString())
                    .isEqualTo("northwind");
            assertThat(demoClient.getJson("/v1/incident_reports?limit=500").path("incident_reports").size())
                    .isGreaterThan(200);
        }
    }
}
