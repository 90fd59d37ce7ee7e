package dev.tributary.simulator.huntress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tributary.simulator.MutableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every body the simulator serves conforms to the official swagger ({@link SwaggerShapes}): envelopes,
 * JSON types, required keys and, for the models, every declared property. Runs over the fixtures plus
 * a generated workload, walking every page of every list.
 */
class HuntressShapeTest {

    private static final SwaggerShapes SWAGGER = SwaggerShapes.load();
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-10-03T00:00:00Z"));
    private static HuntressSimulator simulator;
    private static HuntressTestClient client;

    @BeforeAll
    static void start() {
        simulator = new HuntressSimulator(0, CLOCK, HuntressSimulatorConfig.defaults().withRateLimit(0,
                java.time.Duration.ofSeconds(60))).start();
        simulator.loadFixtures();
        simulator.generate(6, 40, 150, 7L);
        client = HuntressTestClient.of(simulator);
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    private static void assertConforms(String method, String template, int status, JsonNode body) {
        assertThat(SWAGGER.validateResponse(method, template, status, body)).as(method + " " + template).isEmpty();
    }

    /** Every row of a list, page by page, each page checked against the list schema. */
    private static List<JsonNode> walk(String path, String template, String plural) {
        List<JsonNode> rows = new ArrayList<>();
        String token = null;
        do {
            HuntressTestClient.Response response = client.get(path + (path.contains("?") ? "&" : "?") + "limit=37"
                    + (token == null ? "" : "&page_token=" + token));
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.header("Content-Type")).startsWith("application/json");
            JsonNode page = response.json();
            assertThat(page.propertyNames()).containsExactlyInAnyOrder(plural, "pagination");
            assertConforms("get", template, 200, page);
            page.path(plural).forEach(rows::add);
            JsonNode pagination = page.path("pagination");
            token = pagination.path("next_page_token").isString() ? pagination.path("next_page_token").asString() : null;
            if (token == null) {
                assertThat(pagination.isEmpty()).as("last page pagination").isTrue();
            } else {
                assertThat(pagination.path("next_page_url").isString()).isTrue();
            }
        } while (token != null);
        return rows;
    }

    @Test
    void account() {
        JsonNode body = client.getJson("/v1/account");
        assertConforms("get", "/v1/account", 200, body);
        assertThat(SWAGGER.validateDefinition("Account", body.path("account"))).isEmpty();
    }

    @Test
    void organizations() {
        List<JsonNode> rows = walk("/v1/organizations", "/v1/organizations", "organizations");
        assertThat(rows).hasSize(11);
        for (JsonNode row : rows) {
            assertThat(SWAGGER.validateDefinition("Organization", row)).isEmpty();
            JsonNode single = client.getJson("/v1/organizations/" + row.path("id").asLong());
            assertThat(single.propertyNames()).containsExactly("organization");
            assertConforms("get", "/v1/organizations/{id}", 200, single);
            assertThat(SWAGGER.validateDefinition("OrganizationWithActualProductUsages", single.path("organization")))
                    .isEmpty();
        }
    }

    @Test
    void agents() {
        List<JsonNode> rows = walk("/v1/agents", "/v1/agents", "agents");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(41);
        for (JsonNode row : rows) {
            assertThat(SWAGGER.validateDefinition("Agent", row)).as("agent %s", row.path("id")).isEmpty();
            assertThat(row.path("platform").asString()).isIn("windows", "darwin", "linux");
            assertThat(row.path("firewall_status").asString())
                    .isIn("Disabled", "Enabled", "Pending Isolation", "Isolated", "Pending Release");
        }
        JsonNode single = client.getJson("/v1/agents/" + rows.get(0).path("id").asLong());
        assertThat(single.propertyNames()).containsExactly("agent");
        assertConforms("get", "/v1/agents/{id}", 200, single);
        assertThat(single.path("agent")).isEqualTo(rows.get(0));
    }

    @Test
    void incidentReportsAndRemediations() {
        List<JsonNode> rows = walk("/v1/incident_reports?sort_field=updated_at", "/v1/incident_reports",
                "incident_reports");
        assertThat(rows).hasSize(158);
        for (JsonNode row : rows) {
            String id = row.path("id").asString();
            assertThat(SWAGGER.validateDefinition("IncidentReport", row)).as("incident %s", id).isEmpty();
            assertThat(row.path("severity").asString()).isIn("low", "high", "critical");
            assertThat(row.path("status").asString()).isIn(HuntressSimulator.INCIDENT_STATUSES);
            assertThat(row.path("platform").asString()).isIn(HuntressSimulator.INCIDENT_PLATFORMS);
            assertThat(HuntressSimulator.INDICATOR_TYPES).containsAll(
                    row.path("indicator_types").valueStream().map(JsonNode::asString).toList());
            JsonNode single = client.getJson("/v1/incident_reports/" + id);
            assertThat(single.propertyNames()).containsExactly("incident_report");
            assertConforms("get", "/v1/incident_reports/{id}", 200, single);
            assertThat(single.path("incident_report")).isEqualTo(row);
        }
        JsonNode many = rows.stream().filter(row -> row.path("remediations").path("has_more").asBoolean())
                .findFirst().orElseThrow();
        String base = "/v1/incident_reports/" + many.path("id").asLong() + "/remediations";
        List<JsonNode> remediations = walk(base, "/v1/incident_reports/{incident_report_id}/remediations",
                "remediations");
        assertThat(remediations).hasSize(many.path("remediations").path("total_count").asInt());
        for (JsonNode remediation : remediations) {
            assertThat(SWAGGER.validateDefinition("Remediation", remediation)).isEmpty();
            JsonNode single = client.getJson(base + "/" + remediation.path("id").asLong());
            assertThat(single.propertyNames()).containsExactly("remediation");
            assertConforms("get", "/v1/incident_reports/{incident_report_id}/remediations/{remediation_id}", 200,
                    single);
        }
    }

    @Test
    void writeResponses() {
        HuntressIncident incident = simulator.incidents().stream().filter(candidate -> "sent".equals(candidate.status))
                .findFirst().orElseThrow();
        HuntressTestClient.Response approval = client.post("/v1/incident_reports/" + incident.id
                + "/remediations/bulk_approval");
        assertThat(approval.status()).isEqualTo(201);
        assertConforms("post", "/v1/incident_reports/{incident_report_id}/remediations/bulk_approval", 201,
                approval.json());
        HuntressTestClient.Response resolution = client.post("/v1/incident_reports/" + incident.id + "/resolution");
        assertThat(resolution.status()).isEqualTo(201);
        assertConforms("post", "/v1/incident_reports/{id}/resolution", 201, resolution.json());
        assertThat(SWAGGER.validateDefinition("IncidentReport", resolution.json().path("incident_report"))).isEmpty();
    }

    @Test
    void errorBodiesAreJsonWithAnErrorString() {
        for (HuntressTestClient.Response response : List.of(client.get("/v1/agents/1"),
                client.get("/v1/agents?limit=0"), client.withAuthorization(null).get("/v1/agents"))) {
            assertThat(response.header("Content-Type")).startsWith("application/json");
            assertThat(response.json().propertyNames()).containsExactly("error");
            assertThat(response.json().path("error").isString()).isTrue();
        }
    }

    /** The validator is not vacuous: it rejects the historic and broken shapes. */
    @Test
    void validatorRejectsNonConformingBodies() {
        JsonNode good = client.getJson("/v1/incident_reports/5518876");
        assertConforms("get", "/v1/incident_reports/{id}", 200, good);

        ObjectNode stringId = (ObjectNode) good.deepCopy();
        ((ObjectNode) stringId.path("incident_report")).put("id", "5518876");
        assertThat(SWAGGER.validateResponse("get", "/v1/incident_reports/{id}", 200, stringId))
                .anyMatch(problem -> problem.contains("incident_report.id"));

        ObjectNode missing = (ObjectNode) good.deepCopy();
        ((ObjectNode) missing.path("incident_report")).remove("updated_at");
        assertThat(SWAGGER.validateDefinition("IncidentReport", missing.path("incident_report")))
                .anyMatch(problem -> problem.contains("updated_at"));

        ObjectNode badTime = (ObjectNode) good.deepCopy();
        ((ObjectNode) badTime.path("incident_report")).put("sent_at", "2026-10-01 20:58:31");
        assertThat(SWAGGER.validateDefinition("IncidentReport", badTime.path("incident_report"))).isNotEmpty();

        simulator.setRemediationsAsArray(true);
        try {
            JsonNode historic = client.getJson("/v1/incident_reports/5518876");
            assertThat(historic.path("incident_report").path("remediations").isArray()).isTrue();
            assertThat(SWAGGER.validateDefinition("IncidentReport", historic.path("incident_report")))
                    .anyMatch(problem -> problem.contains("remediations"));
        } finally {
            simulator.setRemediationsAsArray(false);
        }

        ObjectNode org = (ObjectNode) client.getJson("/v1/organizations?limit=1").path("organizations").get(0).deepCopy();
        org.remove("notify_emails");
        assertThat(SWAGGER.validateDefinition("Organization", org)).anyMatch(problem -> problem.contains("notify_emails"));

        ObjectNode list = (ObjectNode) client.getJson("/v1/agents?limit=1").deepCopy();
        list.remove("pagination");
        assertThat(SWAGGER.validateResponse("get", "/v1/agents", 200, list))
                .anyMatch(problem -> problem.contains("pagination"));

        assertThat(Set.of("low", "high", "critical")).doesNotContain("medium");
    }
}
