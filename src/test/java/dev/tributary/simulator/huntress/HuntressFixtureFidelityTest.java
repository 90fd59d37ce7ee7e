package dev.tributary.simulator.huntress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tributary.simulator.MutableClock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * After {@code loadFixtures()} the simulator answers the requests the reference fixtures document
 * with the same JSON (compared as trees, so key order does not matter). The fixtures are read from
 * {@code src/test/resources/fixtures/huntress}, not from the simulator's own seed copies.
 */
class HuntressFixtureFidelityTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-10-03T00:00:00Z"));
    private HuntressSimulator simulator;
    private HuntressTestClient client;

    @BeforeEach
    void start() {
        simulator = new HuntressSimulator(0, clock, HuntressSimulatorConfig.defaults()
                .withNextPageUrlBase("https://api.huntress.io")).start();
        simulator.loadFixtures();
        client = HuntressTestClient.of(simulator);
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    static JsonNode fixture(String name) {
        try (InputStream in = HuntressFixtureFidelityTest.class.getResourceAsStream("/fixtures/huntress/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing fixture " + name);
            }
            return HuntressTestClient.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void hostlessM365IncidentEqualsFixture() {
        JsonNode actual = client.getJson("/v1/incident_reports/5518876");
        assertThat(actual).isEqualTo(fixture("incident_m365_hostless.json"));
        assertThat(actual.path("incident_report").path("agent_id").isNull()).isTrue();
        assertThat(actual.path("incident_report").path("remediations").path("items").get(0).path("parameters")
                .isString()).isTrue();
    }

    @Test
    void accountAndAgentEqualFixtures() {
        assertThat(client.getJson("/v1/account")).isEqualTo(fixture("account.json"));
        assertThat(client.getJson("/v1/agents/3307519")).isEqualTo(fixture("agent_1.json"));
    }

    @Test
    void organizationPagesMatchFixtures() {
        JsonNode page1 = client.getJson("/v1/organizations?limit=3");
        JsonNode expected1 = fixture("organizations_page1.json");
        assertThat(page1.path("organizations")).isEqualTo(expected1.path("organizations"));
        JsonNode pagination = page1.path("pagination");
        assertThat(pagination.propertyNames()).containsExactlyInAnyOrder("next_page_url", "next_page_token");
        String token = pagination.path("next_page_token").asString();
        assertThat(pagination.path("next_page_url").asString())
                .isEqualTo("https://api.huntress.io/v1/organizations?page_token=" + token + "&limit=3");

        assertThat(client.getJson("/v1/organizations?limit=3&page_token=" + token))
                .isEqualTo(fixture("organizations_page2.json"));
        assertThat(client.getJson("/v1/organizations?limit=3&page_token=MTE1MA"))
                .as("the fixture's own (bare-value) token").isEqualTo(fixture("organizations_page2.json"));
    }

    @Test
    void incidentReportPagesMatchFixtures() {
        String query = "/v1/incident_reports?limit=5&sort_field=updated_at&sort_direction=desc";
        JsonNode page1 = client.getJson(query);
        assertThat(page1.path("incident_reports")).isEqualTo(fixture("incident_reports_page1.json").path("incident_reports"));
        String token = page1.path("pagination").path("next_page_token").asString();
        assertThat(page1.path("pagination").path("next_page_url").asString())
                .isEqualTo("https://api.huntress.io/v1/incident_reports?page_token=" + token + "&limit=5");

        JsonNode expected2 = fixture("incident_reports_page2.json");
        assertThat(client.getJson(query + "&page_token=" + token)).isEqualTo(expected2);
        assertThat(client.getJson(query + "&page_token=MjAyNi0wOS0yOFQxMjozMDowMFo"))
                .as("the fixture's own (bare-value) token").isEqualTo(expected2);
    }

    @Test
    void reportWithTwelveRemediationsInlinesTen() {
        JsonNode remediations = client.getJson("/v1/incident_reports/5509114").path("incident_report")
                .path("remediations");
        assertThat(remediations.path("total_count").asInt()).isEqualTo(12);
        assertThat(remediations.path("has_more").asBoolean()).isTrue();
        assertThat(remediations.path("items")).hasSize(10);
        assertThat(client.getJson("/v1/incident_reports/5509114/remediations?limit=500").path("remediations")).hasSize(12);
    }

    @Test
    void fixtureAndSeedCopiesAgree() {
        for (String name : new String[] {"account.json", "agent_1.json", "organizations_page1.json",
            "organizations_page2.json", "incident_reports_page1.json", "incident_reports_page2.json"}) {
            try (InputStream seed = HuntressSimulator.class.getResourceAsStream("/simulator/huntress/" + name)) {
                assertThat(HuntressTestClient.JSON.readTree(seed)).as(name).isEqualTo(fixture(name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void organizationDetailAddsActualUsagesToTheListShape() {
        JsonNode listed = client.getJson("/v1/organizations?limit=500").path("organizations").get(0);
        ObjectNode detail = (ObjectNode) client.getJson("/v1/organizations/" + listed.path("id").asLong())
                .path("organization");
        assertThat(detail.has("actual_usages")).isTrue();
        assertThat(detail.path("actual_usages").path("edr").path("billable_agents_count").asLong())
                .isEqualTo(listed.path("agents_count").asLong());
        detail.remove("actual_usages");
        assertThat(detail).isEqualTo(listed);
    }
}
