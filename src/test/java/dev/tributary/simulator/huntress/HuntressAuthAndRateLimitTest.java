package dev.tributary.simulator.huntress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tributary.simulator.MutableClock;
import dev.tributary.simulator.huntress.HuntressSimulatorConfig.UnauthorizedStyle;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** HTTP Basic, account scoping (404 for other accounts' ids) and the per-account sliding-window limit over HTTP. */
class HuntressAuthAndRateLimitTest {

    private static final Instant T0 = Instant.parse("2026-10-03T09:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private HuntressSimulator simulator;
    private HuntressTestClient client;

    @BeforeEach
    void start() {
        simulator = new HuntressSimulator(0, clock, HuntressSimulatorConfig.defaults()).start();
        simulator.loadFixtures();
        client = HuntressTestClient.of(simulator);
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    private void at(double seconds) {
        clock.set(T0.plusMillis((long) (seconds * 1000)));
    }

    @Test
    void missingOrInvalidCredentialsAre401WithJsonBody() {
        for (HuntressTestClient bad : new HuntressTestClient[] {client.withAuthorization(null),
            client.withCredentials(simulator.apiKey(), "wrong-secret"), client.withCredentials("hk_unknown", "x"),
            client.withAuthorization("Basic %%%not-base64"), client.withAuthorization("Basic " + java.util.Base64
                    .getEncoder().encodeToString("no-colon".getBytes())),
            client.withAuthorization("Bearer " + simulator.apiSecret())}) {
            HuntressTestClient.Response response = bad.get("/v1/account");
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.header("Content-Type")).startsWith("application/json");
            assertThat(response.json()).isEqualTo(HuntressTestClient.JSON.readTree("{\"error\":\"Unauthorized\"}"));
        }
        assertThat(client.get("/v1/account").status()).isEqualTo(200);
        assertThat(client.withAuthorization("basic " + simulator.authorizationHeader().substring(6))
                .get("/v1/account").status()).as("the scheme is case-insensitive").isEqualTo(200);
    }

    @Test
    void unauthorizedCanBeAnEmptyBasicChallenge() {
        simulator.setUnauthorizedStyle(UnauthorizedStyle.EMPTY_BASIC_CHALLENGE);
        HuntressTestClient.Response response = client.withAuthorization(null).get("/v1/incident_reports");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body()).isEmpty();
        assertThat(response.header("Content-Type")).startsWith("text/plain");
        assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void credentialsDecideTheAccountAndForeignIdsAre404() {
        simulator.addAccount(777, "Other MSP", "othermsp", "hk_other", "hs_other");
        HuntressOrganization org = simulator.addOrganization(new HuntressOrganization(0, 777, "Other Org", "other-org"));
        HuntressAgent agent = simulator.addAgent(new HuntressAgent(0, 777, org.id, "OTHER-WS01", "windows"));
        HuntressIncident incident = new HuntressIncident();
        incident.accountId = 777;
        incident.organizationId = org.id;
        incident.agentId = agent.id;
        incident = simulator.addIncident(incident);
        HuntressTestClient other = client.withCredentials("hk_other", "hs_other");

        assertThat(other.getJson("/v1/account").path("account").path("id").asLong()).isEqualTo(777);
        assertThat(client.getJson("/v1/account").path("account").path("id").asLong()).isEqualTo(48213);
        for (String path : new String[] {"/v1/organizations/" + org.id, "/v1/agents/" + agent.id,
            "/v1/incident_reports/" + incident.id, "/v1/incident_reports/" + incident.id + "/remediations"}) {
            HuntressTestClient.Response foreign = client.get(path);
            assertThat(foreign.status()).as(path).isEqualTo(404);
            assertThat(foreign.json().path("error").asString()).isEqualTo("Not Found");
            assertThat(other.get(path).status()).as(path).isEqualTo(200);
        }
        assertThat(other.get("/v1/incident_reports/5518876").status()).as("fixture report, other account").isEqualTo(404);
        assertThat(other.getJson("/v1/organizations").path("organizations")).hasSize(1);
        assertThat(client.getJson("/v1/organizations?limit=500").path("organizations")).hasSize(5);
        assertThat(client.getJson("/v1/incident_reports?limit=500").path("incident_reports"))
                .noneMatch(node -> node.path("account_id").asLong() != 48213);
    }

    @Test
    void unknownIdsAndPathsAre404AndMalformedIdsAre400() {
        assertThat(client.get("/v1/incident_reports/1").status()).isEqualTo(404);
        assertThat(client.get("/v1/agents/999").status()).isEqualTo(404);
        assertThat(client.get("/v1/nothing").status()).isEqualTo(404);
        assertThat(client.get("/v2/agents").status()).isEqualTo(404);
        assertThat(client.get("/v1/agents/").status()).isEqualTo(404);
        assertThat(client.get("/v1/incident_reports/5518876/resolutions").status()).as("plural is wrong").isEqualTo(404);
        assertThat(client.get("/v1/agents/abc").status()).isEqualTo(400);
        assertThat(client.post("/v1/agents").status()).isEqualTo(405);
    }

    @Test
    void docsWorkedExampleOverHttp() {
        simulator.setRetryAfter(true);
        at(0);
        assertThat(client.get("/v1/account").status()).isEqualTo(200);
        at(5);
        assertThat(client.get("/v1/organizations").status()).isEqualTo(200);
        at(10);
        for (int i = 3; i <= 60; i++) {
            assertThat(client.get("/v1/incident_reports?limit=1").status()).as("request %d", i).isEqualTo(200);
        }
        at(55);
        HuntressTestClient.Response at55 = client.get("/v1/account");
        assertThat(at55.status()).isEqualTo(429);
        assertThat(at55.json().path("error").isString()).isTrue();
        assertThat(at55.header("Retry-After")).isEqualTo("6");
        at(61);
        assertThat(client.get("/v1/account").status()).as("request 61 at T61").isEqualTo(200);
        HuntressTestClient.Response at61 = client.get("/v1/account");
        assertThat(at61.status()).as("request 62 at T61").isEqualTo(429);
        assertThat(at61.header("Retry-After")).isEqualTo("5");
        at(65);
        assertThat(client.get("/v1/account").status()).as("request 62 at T65").isEqualTo(429);
        at(66);
        assertThat(client.get("/v1/account").status()).as("request 62 after T65").isEqualTo(200);
        assertThat(simulator.rateLimitedCount()).isEqualTo(3);
        assertThat(simulator.totalRequests()).as("1 + 1 + 58 + 1 + 2 + 1 + 1").isEqualTo(65);
        assertThat(simulator.requestCount("/v1/account")).isEqualTo(6);
        assertThat(simulator.requestsPerPath()).containsEntry("/v1/incident_reports", 58L);
    }

    @Test
    void retryAfterCanBeSwitchedOff() {
        simulator.setRateLimit(2, Duration.ofSeconds(10));
        simulator.setRetryAfter(false);
        client.get("/v1/account");
        client.get("/v1/account");
        HuntressTestClient.Response without = client.get("/v1/account");
        assertThat(without.status()).isEqualTo(429);
        assertThat(without.header("Retry-After")).isNull();
        simulator.setRetryAfter(true);
        HuntressTestClient.Response with = client.get("/v1/account");
        assertThat(with.status()).isEqualTo(429);
        assertThat(with.header("Retry-After")).isEqualTo("11");
    }

    @Test
    void rejectedAndUnauthenticatedRequestsUseNoBudget() {
        simulator.setRateLimit(60, Duration.ofSeconds(3));
        at(0);
        for (int i = 0; i < 60; i++) {
            assertThat(client.get("/v1/account").status()).isEqualTo(200);
        }
        at(1);
        for (int i = 0; i < 15; i++) {
            assertThat(client.get("/v1/account").status()).isEqualTo(429);
            assertThat(client.withAuthorization(null).get("/v1/account").status()).isEqualTo(401);
        }
        at(3.001);
        for (int i = 0; i < 60; i++) {
            assertThat(client.get("/v1/account").status()).as("request %d after the window moved", i).isEqualTo(200);
        }
        assertThat(client.get("/v1/account").status()).isEqualTo(429);
        assertThat(simulator.rateLimitedCount()).isEqualTo(16);
        simulator.resetCounters();
        assertThat(simulator.rateLimitedCount()).isZero();
        assertThat(simulator.totalRequests()).isZero();
        assertThat(simulator.requestsPerPath()).isEmpty();
    }

    @Test
    void theLimitIsPerAccountAndSharedByItsKeys() {
        simulator.setRateLimit(5, Duration.ofSeconds(60));
        simulator.addCredential(simulator.accountId(), "hk_second_integration", "hs_second", true);
        simulator.addAccount(900, "Unrelated MSP", "unrelated", "hk_unrelated", "hs_unrelated");
        HuntressTestClient second = client.withCredentials("hk_second_integration", "hs_second");
        HuntressTestClient unrelated = client.withCredentials("hk_unrelated", "hs_unrelated");
        for (int i = 0; i < 3; i++) {
            assertThat(client.get("/v1/account").status()).isEqualTo(200);
        }
        for (int i = 0; i < 2; i++) {
            assertThat(second.get("/v1/account").status()).isEqualTo(200);
        }
        assertThat(client.get("/v1/account").status()).isEqualTo(429);
        assertThat(second.get("/v1/account").status()).isEqualTo(429);
        assertThat(simulator.rateWindowUsage(simulator.accountId())).isEqualTo(5);
        for (int i = 0; i < 5; i++) {
            assertThat(unrelated.get("/v1/account").status()).as("another account has its own budget").isEqualTo(200);
        }
        assertThat(unrelated.get("/v1/account").status()).isEqualTo(429);
    }

    @Test
    void revokedKeysAre401() {
        simulator.addCredential(simulator.accountId(), "hk_temp", "hs_temp", false);
        HuntressTestClient temp = client.withCredentials("hk_temp", "hs_temp");
        assertThat(temp.get("/v1/account").status()).isEqualTo(200);
        simulator.removeCredential("hk_temp");
        assertThat(temp.get("/v1/account").status()).isEqualTo(401);
    }
}
