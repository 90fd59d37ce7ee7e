package dev.tributary.simulator.huntress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tributary.simulator.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Token pagination and its traps (contract §4): complete ordered walks, naive next_page_url, ignored legacy params, 400s. */
class HuntressPaginationTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-10-03T00:00:00Z"));
    private HuntressSimulator simulator;
    private HuntressTestClient client;

    @BeforeEach
    void start() {
        simulator = new HuntressSimulator(0, clock, HuntressSimulatorConfig.defaults()
                .withRateLimit(0, Duration.ofSeconds(60))).start();
        simulator.loadFixtures();
        simulator.generate(4, 30, 137, 11L);
        client = HuntressTestClient.of(simulator);
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    /** Walks every page, re-sending the query (filters and sort) with each token, as a correct client does. */
    private List<Long> walk(String path, String query, String plural, int limit) {
        List<Long> ids = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            JsonNode page = client.getJson(path + "?" + query + "&limit=" + limit
                    + (token == null ? "" : "&page_token=" + token));
            JsonNode rows = page.path(plural);
            assertThat(rows.size()).isLessThanOrEqualTo(limit);
            rows.forEach(row -> ids.add(row.path("id").asLong()));
            JsonNode pagination = page.path("pagination");
            token = pagination.has("next_page_token") ? pagination.path("next_page_token").asString() : null;
            if (token != null) {
                assertThat(rows.size()).as("only the last page may be short").isEqualTo(limit);
                assertThat(tokens).as("tokens never repeat").doesNotContain(token);
                tokens.add(token);
                String url = pagination.path("next_page_url").asString();
                assertThat(url).isEqualTo(simulator.baseUrl() + path + "?page_token=" + token + "&limit=" + limit);
            } else {
                assertThat(pagination.isEmpty()).as("last page pagination is {}").isTrue();
            }
            assertThat(++pages).isLessThan(1000);
        } while (token != null);
        return ids;
    }

    private static Instant second(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }

    private List<Long> expectedIncidents(Predicate<HuntressIncident> filter, Function<HuntressIncident, Instant> field,
                                         boolean descending) {
        Comparator<HuntressIncident> order = Comparator.comparing((HuntressIncident incident) -> second(field.apply(incident)))
                .thenComparingLong(incident -> incident.id);
        if (descending) {
            order = order.reversed();
        }
        return simulator.incidents().stream().filter(filter).sorted(order).map(incident -> incident.id).toList();
    }

    @Test
    void walkingUpdatedAtDescReturnsEveryRowOnceInOrder() {
        for (int limit : new int[] {1, 7, 10, 50, 500}) {
            List<Long> ids = walk("/v1/incident_reports", "sort_field=updated_at&sort_direction=desc",
                    "incident_reports", limit);
            assertThat(ids).as("limit %d", limit)
                    .containsExactlyElementsOf(expectedIncidents(incident -> true, incident -> incident.updatedAt, true));
        }
    }

    @Test
    void walkingWithFiltersAndOtherSortsIsCompleteAndOrdered() {
        assertThat(walk("/v1/incident_reports", "status=closed&sort_field=updated_at&sort_direction=desc",
                "incident_reports", 6)).containsExactlyElementsOf(expectedIncidents(
                        incident -> incident.status.equals("closed"), incident -> incident.updatedAt, true));
        assertThat(walk("/v1/incident_reports", "sort_field=created_at&sort_direction=asc&severity=high",
                "incident_reports", 9)).containsExactlyElementsOf(expectedIncidents(
                        incident -> incident.severity.equals("high"), incident -> incident.createdAt, false));
        List<Long> byId = simulator.incidents().stream().map(incident -> incident.id)
                .sorted(Comparator.reverseOrder()).toList();
        assertThat(walk("/v1/incident_reports", "x=1", "incident_reports", 25)).containsExactlyElementsOf(byId);

        List<Long> orgsByName = simulator.organizations().stream()
                .sorted(Comparator.comparing((HuntressOrganization org) -> org.name).thenComparingLong(org -> org.id))
                .map(org -> org.id).toList();
        assertThat(walk("/v1/organizations", "sort_field=name&sort_direction=asc", "organizations", 2))
                .containsExactlyElementsOf(orgsByName);
        List<Long> agents = simulator.agents().stream()
                .sorted(Comparator.comparing((HuntressAgent agent) -> second(agent.updatedAt))
                        .thenComparingLong(agent -> agent.id).reversed())
                .map(agent -> agent.id).toList();
        assertThat(walk("/v1/agents", "sort_field=updated_at", "agents", 4)).containsExactlyElementsOf(agents);
    }

    @Test
    void defaultsAreLimit10AndIdDesc() {
        JsonNode page = client.getJson("/v1/incident_reports");
        List<Long> expected = simulator.incidents().stream().map(incident -> incident.id)
                .sorted(Comparator.reverseOrder()).limit(10).toList();
        assertThat(page.path("incident_reports").valueStream().map(row -> row.path("id").asLong()).toList())
                .containsExactlyElementsOf(expected);
        assertThat(page.path("pagination").path("next_page_url").asString()).endsWith("&limit=10");
    }

    @Test
    void followingNextPageUrlNaivelyLosesTheSort() {
        JsonNode page1 = client.getJson("/v1/incident_reports?sort_field=updated_at&sort_direction=desc&limit=5");
        String url = page1.path("pagination").path("next_page_url").asString();
        assertThat(url).doesNotContain("sort_field").doesNotContain("sort_direction");
        HuntressTestClient.Response naive = client.getUrl(url);
        assertThat(naive.status()).as("the token was issued for updated_at desc, the URL asks for id desc")
                .isEqualTo(400);
        assertThat(naive.json().path("error").asString()).contains("page_token");

        String token = page1.path("pagination").path("next_page_token").asString();
        assertThat(client.get("/v1/incident_reports?sort_field=updated_at&sort_direction=desc&limit=5&page_token="
                + token).status()).as("re-sending the sort works").isEqualTo(200);
        assertThat(client.get("/v1/incident_reports?sort_field=updated_at&sort_direction=asc&limit=5&page_token="
                + token).status()).as("another direction is another query").isEqualTo(400);
    }

    @Test
    void followingNextPageUrlNaivelyLosesTheFilters() {
        JsonNode page1 = client.getJson("/v1/incident_reports?status=sent&limit=3");
        String url = page1.path("pagination").path("next_page_url").asString();
        assertThat(url).doesNotContain("status");
        assertThat(client.getUrl(url).status()).as("strict tokens refuse the filterless replay").isEqualTo(400);
        simulator.close();

        simulator = new HuntressSimulator(0, clock, HuntressSimulatorConfig.defaults()
                .withRateLimit(0, Duration.ofSeconds(60)).withStrictPageTokenFilters(false)).start();
        simulator.loadFixtures();
        simulator.generate(4, 30, 137, 11L);
        client = HuntressTestClient.of(simulator);
        page1 = client.getJson("/v1/incident_reports?status=sent&limit=3");
        JsonNode naive = client.getUrl(page1.path("pagination").path("next_page_url").asString()).json();
        assertThat(naive.path("incident_reports").valueStream().map(row -> row.path("status").asString()))
                .as("lenient tokens silently serve unfiltered rows").anyMatch(status -> !status.equals("sent"));
    }

    @Test
    void undeclaredParametersAreIgnored() {
        String body1 = client.get("/v1/incident_reports?limit=20").body();
        assertThat(client.get("/v1/incident_reports?limit=20&page=2").body()).as("page=2 is page 1 again")
                .isEqualTo(body1);
        assertThat(client.get("/v1/incident_reports?limit=20&page=3&updated_at_min=2026-10-01T00:00:00Z"
                + "&created_at_max=2010-01-01T00:00:00Z").body()).isEqualTo(body1);
        assertThat(client.get("/v1/incident_reports?limit=20&page_token=").body()).as("an empty token is no token")
                .isEqualTo(body1);
    }

    @Test
    void invalidLimitSortAndTokenAre400() {
        for (String query : new String[] {"limit=0", "limit=501", "limit=-1", "limit=abc", "limit=", "limit=10.5",
            "sort_field=sent_at", "sort_field=severity", "sort_field=name", "sort_field=", "sort_direction=DESC",
            "sort_direction=up", "page_token=%21%21%21", "page_token=" + b64("not-a-token"),
            "page_token=" + b64("2026-09-28T12:30:00Z"), "status=open", "severity=medium", "platform=macos",
            "indicator_type=malware", "organization_id=abc", "agent_id=1.5"}) {
            HuntressTestClient.Response response = client.get("/v1/incident_reports?" + query);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.json().path("error").isString()).isTrue();
        }
        assertThat(client.get("/v1/incident_reports?limit=1").status()).isEqualTo(200);
        assertThat(client.get("/v1/incident_reports?limit=500").status()).isEqualTo(200);
        assertThat(client.get("/v1/organizations?sort_field=name").status()).isEqualTo(200);
        assertThat(client.get("/v1/organizations?sort_field=key&sort_direction=asc").status()).isEqualTo(200);
        assertThat(client.get("/v1/agents?sort_field=name").status()).isEqualTo(400);
        assertThat(client.get("/v1/agents?platform=microsoft_365").status()).isEqualTo(400);

        String agentToken = client.getJson("/v1/agents?limit=2").path("pagination").path("next_page_token").asString();
        assertThat(client.get("/v1/incident_reports?limit=2&page_token=" + agentToken).status())
                .as("a token of another endpoint").isEqualTo(400);
    }

    @Test
    void lastPageHasEmptyPaginationOrTheLegacyShape() {
        JsonNode all = client.getJson("/v1/organizations?limit=500");
        assertThat(all.path("pagination").isObject()).isTrue();
        assertThat(all.path("pagination").isEmpty()).isTrue();
        JsonNode none = client.getJson("/v1/incident_reports?organization_id=424242");
        assertThat(none.path("incident_reports")).isEmpty();
        assertThat(none.path("pagination").isEmpty()).isTrue();

        simulator.setLegacyLastPagePagination(true);
        JsonNode legacy = client.getJson("/v1/organizations?limit=500");
        assertThat(legacy.path("pagination")).isEqualTo(HuntressTestClient.JSON.readTree(
                "{\"current_page\":1,\"total_count\":" + all.path("organizations").size() + "}"));
        JsonNode notLast = client.getJson("/v1/organizations?limit=2");
        assertThat(notLast.path("pagination").has("next_page_token")).isTrue();
        assertThat(notLast.path("pagination").has("current_page")).isFalse();
    }

    @Test
    void repeatedTokenFault() {
        simulator.setRepeatPageToken(true);
        JsonNode page1 = client.getJson("/v1/incident_reports?limit=5");
        String token = page1.path("pagination").path("next_page_token").asString();
        JsonNode page2 = client.getJson("/v1/incident_reports?limit=5&page_token=" + token);
        assertThat(page2.path("pagination").path("next_page_token").asString()).isEqualTo(token);
        assertThat(page2.path("incident_reports")).isNotEqualTo(page1.path("incident_reports"));
        assertThat(client.getJson("/v1/incident_reports?limit=5&page_token=" + token)).isEqualTo(page2);
        simulator.resetFaults();
        assertThat(client.getJson("/v1/incident_reports?limit=5&page_token=" + token).path("pagination")
                .path("next_page_token").asString()).isNotEqualTo(token);
    }

    @Test
    void rowsUpdatedDuringTheWalkMoveToTheFront() {
        String query = "/v1/incident_reports?sort_field=updated_at&sort_direction=desc&limit=10";
        JsonNode page1 = client.getJson(query);
        long firstOfPage2Id = client.getJson(query + "&page_token="
                + page1.path("pagination").path("next_page_token").asString()).path("incident_reports").get(0)
                .path("id").asLong();
        clock.advance(Duration.ofMinutes(5));
        simulator.updateIncident(firstOfPage2Id, incident -> incident.summary = "Analyst note added");
        JsonNode page2 = client.getJson(query + "&page_token=" + page1.path("pagination").path("next_page_token")
                .asString());
        assertThat(page2.path("incident_reports").valueStream().map(row -> row.path("id").asLong()))
                .as("the updated row left its page").doesNotContain(firstOfPage2Id);
        assertThat(client.getJson(query).path("incident_reports").get(0).path("id").asLong()).isEqualTo(firstOfPage2Id);
    }

    private static String b64(String value) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }
}
