package dev.tributary.huntress.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.tributary.integration.http.ProblemKind;
import dev.tributary.integration.http.ProviderException;
import dev.tributary.integration.http.ProviderHttpClient;
import dev.tributary.platform.Secret;
import dev.tributary.simulator.MutableClock;
import dev.tributary.simulator.RecordedRequest;
import dev.tributary.simulator.huntress.HuntressAgent;
import dev.tributary.simulator.huntress.HuntressIncident;
import dev.tributary.simulator.huntress.HuntressOrganization;
import dev.tributary.simulator.huntress.HuntressSimulator;
import dev.tributary.simulator.huntress.HuntressSimulatorConfig;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client against the Huntress simulator: envelopes, paging rules, historic shapes, 404s, 401s and 429s. */
class HuntressClientTest {

    static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    HuntressSimulator simulator;

    @AfterEach
    void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    HuntressSimulator start(Clock clock, HuntressSimulatorConfig config) {
        simulator = new HuntressSimulator(0, clock, config).start();
        return simulator;
    }

    HuntressClient client(String key, String secret) {
        ProviderHttpClient http = ProviderHttpClient.builder(HuntressGuidance.INSTANCE).maxAttempts(4)
                .maxRetryDelay(Duration.ofSeconds(5)).build();
        return new HuntressClient(simulator.baseUrl() + "/", Secret.of(key), Secret.of(secret), http, Duration.ofSeconds(1), 1,
                d -> { });
    }

    HuntressClient client() {
        return client(simulator.apiKey(), simulator.apiSecret());
    }

    static Map<String, String> query(RecordedRequest request) {
        Map<String, String> query = new LinkedHashMap<>();
        if (request.rawQuery() != null) {
            for (String pair : request.rawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return query;
    }

    List<RecordedRequest> recorded(String path, int atLeast) {
        await().atMost(Duration.ofSeconds(10)).until(() -> simulator.requests(r -> r.path().equals(path)).size() >= atLeast);
        return simulator.requests(r -> r.path().equals(path));
    }

    @Test
    void readsTheWrappedAccountWithBasicAuth() {
        start(new MutableClock(NOW), HuntressSimulatorConfig.defaults());
        Account account = client().account();
        assertThat(account).isEqualTo(new Account("48213", "Northwind Managed Services", "northwind"));
        String expected = "Basic " + java.util.Base64.getEncoder().encodeToString(
                (simulator.apiKey() + ":" + simulator.apiSecret()).getBytes(StandardCharsets.UTF_8));
        assertThat(recorded("/v1/account", 1).get(0).header("Authorization")).isEqualTo(expected);
    }

    @Test
    void wrongCredentialsAreAnActionableBadCredentialsError() {
        start(new MutableClock(NOW), HuntressSimulatorConfig.defaults());
        assertThatThrownBy(() -> client("hk_wrong", "hs_wrong").account()).isInstanceOf(ProviderException.class)
                .satisfies(e -> assertThat(((ProviderException) e).kind()).isEqualTo(ProblemKind.BAD_CREDENTIALS))
                .hasMessageContaining("rejected the API key and secret")
                .hasMessageNotContaining("hs_wrong");
        assertThat(simulator.requests()).hasSize(1).as("401 is not retried");
    }

    @Test
    void incidentPagesResendSortFiltersAndLimitWithTheTokenAndNeverFollowNextPageUrl() {
        start(new MutableClock(NOW), HuntressSimulatorConfig.defaults());
        simulator.addOrganization(new HuntressOrganization(0, simulator.accountId(), "Acme", "acme"));
        long org = simulator.organizations().get(0).id;
        for (int i = 0; i < 1_200; i++) {
            HuntressIncident incident = new HuntressIncident();
            incident.accountId = simulator.accountId();
            incident.organizationId = org;
            incident.updatedAt = NOW.minusSeconds(i);
            simulator.addIncident(incident);
        }
        HuntressClient client = client();
        Set<String> ids = new HashSet<>();
        String token = null;
        int pages = 0;
        Instant previous = Instant.MAX;
        do {
            Page<Incident> page = client.incidentsPage(token);
            pages++;
            for (Incident incident : page.items()) {
                assertThat(incident.updatedAt()).isBeforeOrEqualTo(previous);
                previous = incident.updatedAt();
                ids.add(incident.id());
            }
            token = page.nextToken();
        } while (token != null);
        assertThat(pages).isEqualTo(3);
        assertThat(ids).hasSize(1_200);
        List<RecordedRequest> requests = recorded("/v1/incident_reports", 3);
        for (RecordedRequest request : requests) {
            assertThat(query(request)).containsEntry("limit", "500").containsEntry("sort_field", "updated_at")
                    .containsEntry("sort_direction", "desc");
        }
        assertThat(query(requests.get(0))).doesNotContainKey("page_token");
        assertThat(query(requests.get(1))).containsKey("page_token");
    }

    @Test
    void listsEndOnALegacyLastPageAndRefuseARepeatedToken() {
        start(new MutableClock(NOW), HuntressSimulatorConfig.defaults());
        for (int i = 0; i < 501; i++) {
            simulator.addOrganization(new HuntressOrganization(0, simulator.accountId(), "Org " + i, "org-" + i));
        }
        simulator.setLegacyLastPagePagination(true);
        List<Organization> organizations = client().organizations();
        assertThat(organizations).hasSize(501);
        for (RecordedRequest request : recorded("/v1/organizations", 2)) {
            assertThat(query(request)).containsEntry("limit", "500").containsEntry("sort_field", "id");
        }
        simulator.setRepeatPageToken(true);
        assertThatThrownBy(() -> client().organizations()).isInstanceOf(ProviderException.class)
                .hasMessageContaining("page token of an earlier page");
    }

    @Test
    void filtersAreResentOnEveryPageOfAgents() {
        start(new MutableClock(NOW), HuntressSimulatorConfig.defaults());
        HuntressOrganization a = simulator.addOrganization(new HuntressOrganization(0, simulator.accountId(), "A", "a"));
        HuntressOrganization b = simulator.addOrganization(new HuntressOrganization(0, simulator.accountId(), "B", "b"));
        for (int i = 0; i < 700; i++) {
            simulator.addAgent(new HuntressAgent(0, simulator.accountId(), i % 2 == 0 ? a.id : b.id, "HOST-" + i, "windows"));
        }
        List<Agent> agents = client().agents(Long.toString(a.id));
        assertThat(agents).hasSize(350).allSatisfy(agent -> assertThat(agent.organizationId()).isEqualTo(Long.toString(a.id)));
        for (RecordedRequest request : recorded("/v1/agents", 1)) {
            assertThat(query(request)).containsEntry("organization_id", Long.toString(a.id)).containsEntry("limit", "500");
        }
        assertThat(client().agents(null)).hasSize(700);
    }

    @Test
    void historicShapesAndUnknownEnumsAreTolerated() {
        start(new MutableClock(NOW), HuntressSimulatorConfig.defaults());
        simulator.loadFixtures();
        simulator.setRemediationsAsArray(true);
        List<Incident> incidents = new ArrayList<>();
        String token = null;
        do {
            Page<Incident> page = client().incidentsPage(token);
            incidents.addAll(page.items());
            token = page.nextToken();
        } while (token != null);
        assertThat(incidents).hasSize(8);
        Incident many = incidents.stream().filter(i -> i.id().equals("5509114")).findFirst().orElseThrow();
        assertThat(many.remediations().items()).hasSize(12);
        assertThat(many.remediations().hasMore()).isFalse();
        Incident hostless = incidents.stream().filter(i -> i.id().equals("5518876")).findFirst().orElseThrow();
        assertThat(hostless.agentId()).isNull();
        assertThat(hostless.hostless()).isTrue();
        simulator.setRemediationsAsArray(false);
        Incident current = client().incidentsPage(null).items().stream().filter(i -> i.id().equals("5519023")).findFirst()
                .orElseThrow();
        assertThat(current.remediations().items()).extracting(Remediation::parameters)
                .anySatisfy(parameters -> assertThat(parameters).containsExactly("HV-FRONTDESK-02"));
        var parsed = HuntressParser.incident(tools.jackson.databind.json.JsonMapper.builder().build().readTree("""
                {"id": "123", "agent_id": 77, "organization_id": "12", "status": "escalated_to_partner", "severity": "MEDIUM",
                 "platform": "quantum", "updated_at": "2026-11-20T10:00:00.123+01:00", "indicator_counts": {"a": "3", "b": "x"}}"""));
        assertThat(parsed.id()).isEqualTo("123");
        assertThat(parsed.agentId()).isEqualTo("77");
        assertThat(parsed.organizationId()).isEqualTo("12");
        assertThat(parsed.status()).isEqualTo("escalated_to_partner");
        assertThat(parsed.severity()).isEqualTo("medium");
        assertThat(parsed.updatedAt()).isEqualTo(Instant.parse("2026-11-20T09:00:00.123Z"));
        assertThat(parsed.indicatorCounts()).containsExactly(Map.entry("a", 3));
    }

    @Test
    void singleLookupsAnswerEmptyOnA404() {
        start(new MutableClock(NOW), HuntressSimulatorConfig.defaults());
        simulator.loadFixtures();
        assertThat(client().agent("3307519")).get().extracting(Agent::hostname).isEqualTo("HV-FRONTDESK-02");
        assertThat(client().agent("999999999")).isEmpty();
        assertThat(client().organization("1207")).get().extracting(Organization::name).isNotNull();
        assertThat(client().organization("999999999")).isEmpty();
    }

    @Test
    void aRateLimitedRequestWaitsAndFinishes() {
        // Real time here: the simulator's window decides when the retry is accepted.
        start(Clock.systemUTC(), HuntressSimulatorConfig.defaults().withRateLimit(2, Duration.ofSeconds(1)).withRetryAfter(true));
        HuntressClient client = client();
        for (int i = 0; i < 4; i++) {
            assertThat(client.account().subdomain()).isEqualTo("northwind");
        }
        assertThat(simulator.rateLimitedCount()).isPositive();
        assertThat(client.requestCount()).isEqualTo(4 + simulator.rateLimitedCount());
    }

    @Test
    void serverErrorsAreRetried() {
        start(new MutableClock(NOW), HuntressSimulatorConfig.defaults());
        simulator.failNextRequests(2, 503);
        assertThat(client().account().name()).isEqualTo("Northwind Managed Services");
        assertThat(simulator.totalRequests()).isEqualTo(3);
    }
}
