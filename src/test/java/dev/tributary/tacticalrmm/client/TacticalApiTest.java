package dev.tributary.tacticalrmm.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tributary.integration.http.ProblemKind;
import dev.tributary.integration.http.ProviderException;
import dev.tributary.integration.http.ProviderJson;
import dev.tributary.platform.Secret;
import dev.tributary.simulator.MutableClock;
import dev.tributary.simulator.RecordedRequest;
import dev.tributary.simulator.tactical.TacticalFixtures;
import dev.tributary.simulator.tactical.TacticalSimulator;
import dev.tributary.tacticalrmm.normalize.AgentNormalizer;
import dev.tributary.tacticalrmm.normalize.WmiDetail;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The client against the simulator: paging, plain arrays, 401 handling per auth mode, HTML answers. */
class TacticalApiTest {

    MutableClock clock;
    TacticalSimulator sim;

    @BeforeEach
    void start() {
        clock = new MutableClock(TacticalSimulator.FIXTURE_NOW);
        sim = new TacticalSimulator(0, clock).start();
        sim.loadFixtures();
        sim.clearRequests();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private TacticalApi apiKey() {
        return new TacticalApi(TacticalClients.http(TacticalGuidance.API_KEY, true, clock), sim.baseUrl(),
                TacticalAuth.apiKey(Secret.of(TacticalFixtures.API_KEY)));
    }

    @Test
    void walksEveryPageWithPageSizeThousandAndTakesPlainArraysWhole() {
        sim.generateFleet(2, 2, 2_300, 7L);
        sim.clearRequests();
        List<JsonNode> agents = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        apiKey().pages("/beta/v1/agent/", Map.of(), page -> {
            agents.addAll(page.results());
            counts.add(page.count());
        });
        assertThat(agents).hasSize(2_303);
        assertThat(agents).extracting(a -> a.path("agent_id").asString()).doesNotHaveDuplicates();
        assertThat(agents.get(0).has("services")).as("services are skipped while parsing").isFalse();
        assertThat(agents.get(0).has("wmi_detail")).isTrue();
        assertThat(counts).containsExactly(2_303L, 2_303L, 2_303L);
        List<RecordedRequest> requests = sim.requests();
        assertThat(requests).hasSize(3);
        assertThat(requests.get(0).rawQuery()).isEqualTo("page_size=1000");
        assertThat(requests.get(1).rawQuery()).contains("page=2").contains("page_size=1000");
        assertThat(requests).allSatisfy(r -> assertThat(r.rawQuery()).doesNotContain("agent_id"));

        List<JsonNode> clients = new ArrayList<>();
        apiKey().pages("/beta/v1/client/", Map.of(), page -> clients.addAll(page.results()));
        assertThat(clients).hasSize(5);
    }

    @Test
    void rowsParseToTheFullRowsLessWhatTheNormalizerNeverReadsAndNormalizeTheSame() throws Exception {
        sim.generateFleet(2, 2, 300, 11L);
        HttpResponse<String> raw = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(sim.baseUrl() + "/beta/v1/agent/?page_size=1000"))
                .header("X-API-KEY", TacticalFixtures.API_KEY).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode full = ProviderJson.MAPPER.readTree(raw.body()).path("results");
        List<JsonNode> parsed = new ArrayList<>();
        apiKey().pages("/beta/v1/agent/", Map.of(), page -> parsed.addAll(page.results()));
        assertThat(parsed).hasSize(full.size());
        Instant now = clock.instant();
        for (int i = 0; i < full.size(); i++) {
            ObjectNode expected = (ObjectNode) full.get(i).deepCopy();
            expected.remove("services");
            JsonNode wmi = expected.get("wmi_detail");
            if (wmi instanceof ObjectNode wmiObject) {
                wmiObject.retain(WmiDetail.KEYS_READ);
            }
            assertThat(parsed.get(i)).as("row %d", i).isEqualTo(expected);
            AgentNormalizer.Placement placement = new AgentNormalizer.Placement("1", 1, "HQ");
            assertThat(AgentNormalizer.normalize(parsed.get(i), placement, now))
                    .isEqualTo(AgentNormalizer.normalize(full.get(i), placement, now));
        }
    }

    @Test
    void apiKeyModeFailsOnA401WithoutRetrying() {
        sim.removeApiKey(TacticalFixtures.API_KEY);
        assertThatThrownBy(() -> apiKey().get("/core/version/", Map.of())).isInstanceOf(ProviderException.class)
                .hasMessageContaining("rejected the API key")
                .satisfies(e -> assertThat(((ProviderException) e).kind()).isEqualTo(ProblemKind.BAD_CREDENTIALS));
        assertThat(sim.requests()).hasSize(1);
    }

    @Test
    void knoxModeLogsInAgainOnceAfterA401AndStoresTheNewToken() {
        KnoxLogin login = new KnoxLogin(TacticalClients.http(TacticalGuidance.CREDENTIALS, true, clock), sim.baseUrl(),
                TacticalFixtures.TOTP_USER, Secret.of(TacticalFixtures.TOTP_PASSWORD), Secret.of(TacticalFixtures.TOTP_SECRET), clock);
        Secret first = login.login(null);
        AtomicReference<Secret> stored = new AtomicReference<>();
        TacticalApi api = new TacticalApi(TacticalClients.http(TacticalGuidance.CREDENTIALS, true, clock), sim.baseUrl(),
                TacticalAuth.knox(first, login, stored::set));
        assertThat(api.get("/core/version/", Map.of()).asString()).isEqualTo("0.0.203");
        sim.expireAllTokens();
        sim.clearRequests();
        assertThat(api.get("/beta/v1/client/", Map.of()).isArray()).isTrue();
        assertThat(stored.get()).isNotNull().isNotEqualTo(first);
        assertThat(sim.requests()).extracting(r -> r.path() + " " + r.status()).containsExactly(
                "/beta/v1/client/ 401", "/v2/checkcreds/ 200", "/v2/login/ 200", "/beta/v1/client/ 200");
        assertThat(sim.requests().get(3).header("Authorization")).isEqualTo("Token " + stored.get().reveal());
    }

    @Test
    void withoutATotpSecretTheReloginSaysWhatToDo() {
        KnoxLogin noSecret = new KnoxLogin(TacticalClients.http(TacticalGuidance.CREDENTIALS, true, clock), sim.baseUrl(),
                TacticalFixtures.TOTP_USER, Secret.of(TacticalFixtures.TOTP_PASSWORD), null, clock);
        Secret token = noSecret.login(sim.totpCode(TacticalFixtures.TOTP_USER));
        TacticalApi api = new TacticalApi(TacticalClients.http(TacticalGuidance.CREDENTIALS, true, clock), sim.baseUrl(),
                TacticalAuth.knox(token, noSecret, t -> { }));
        sim.expireAllTokens();
        assertThatThrownBy(() -> api.get("/beta/v1/client/", Map.of())).isInstanceOf(TotpRequiredException.class)
                .hasMessageContaining("two-factor code").hasMessageContaining("API key");
    }

    @Test
    void htmlAnswersNameTheProblem() {
        sim.config().betaEnabled(false);
        assertThatThrownBy(() -> apiKey().get("/beta/v1/client/", Map.of())).isInstanceOf(ProviderException.class)
                .hasMessageContaining("BETA_API_ENABLED");
        sim.config().betaEnabled(true).dashboardHost(true);
        assertThatThrownBy(() -> apiKey().get("/core/version/", Map.of())).isInstanceOf(ProviderException.class)
                .hasMessageContaining("dashboard");
        assertThatThrownBy(() -> apiKey().pages("/beta/v1/agent/", Map.of(), p -> { })).isInstanceOf(ProviderException.class)
                .hasMessageContaining("dashboard");
    }

    @Test
    void baseUrlRules() {
        assertThat(TacticalUrls.normalize("api.example.com/", "u", false)).isEqualTo("https://api.example.com");
        assertThat(TacticalUrls.normalize("https://api.example.com/api/", "u", false)).isEqualTo("https://api.example.com");
        assertThat(TacticalUrls.normalize("https://x.example.com/api/v2", "u", false)).isEqualTo("https://x.example.com/api/v2");
        assertThat(TacticalUrls.normalize("https://x.example.com/tactical/", "u", false)).isEqualTo("https://x.example.com/tactical");
    }

    @Test
    void totpCodesMatchTheAuthenticator() {
        assertThat(Totp.code(Secret.of(TacticalFixtures.TOTP_SECRET), clock)).isEqualTo(sim.totpCode(TacticalFixtures.TOTP_USER));
        // RFC 6238 test vector (SHA-1, T = 59 s): 94287082 → last six digits.
        assertThat(Totp.code("12345678901234567890".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 1)).isEqualTo("287082");
        assertThat(Totp.valid("JBSWY3DPEHPK3PXP")).isTrue();
        assertThat(Totp.valid("not base32!")).isFalse();
    }
}
