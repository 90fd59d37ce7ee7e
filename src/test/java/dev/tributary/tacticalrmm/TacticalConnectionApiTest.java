package dev.tributary.tacticalrmm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tributary.simulator.RecordedRequest;
import dev.tributary.simulator.tactical.TacticalFixtures;
import dev.tributary.testsupport.ApiClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Connect, status, settings and disconnect of Tactical RMM through the REST API. */
class TacticalConnectionApiTest extends TacticalApiTestSupport {

    ApiClient api;

    @BeforeEach
    void tenant() {
        api = newTenant(unique("Tactical MSP"));
        fixtureWorld();
    }

    @Test
    void apiKeyConnectStoresTheKeyMaskedAndSyncsTheClients() {
        Map<String, Object> body = apiKeyConnection();
        body.put("instanceUrl", simulator.baseUrl() + "/api/");
        ApiClient.Response response = connect(api, body);
        JsonNode status = response.json();
        assertThat(status.path("connected").booleanValue()).isTrue();
        assertThat(status.path("settings").path("authMode").asString()).isEqualTo("api_key");
        assertThat(status.path("credentials").path("apiKey").asString()).isEqualTo("••••" + TacticalFixtures.API_KEY.substring(28));
        assertThat(response.raw()).doesNotContain(TacticalFixtures.API_KEY);
        assertThat(api.get(BASE).raw()).doesNotContain(TacticalFixtures.API_KEY);
        assertThat(status.path("settings").path("deviceSync").path("intervalMinutes").asInt()).isEqualTo(60);
        assertThat(status.path("settings").path("alertBackfill").path("enabled").booleanValue()).isFalse();

        // The trailing "/api" was dropped: requests go to the host root, with the key and no Authorization header.
        List<RecordedRequest> requests = simulator.requests();
        assertThat(requests).isNotEmpty().allSatisfy(r -> {
            assertThat(r.path()).doesNotStartWith("/api/");
            assertThat(r.header("X-API-KEY")).isEqualTo(TacticalFixtures.API_KEY);
            assertThat(r.header("Authorization")).isNull();
        });
        assertThat(requests).extracting(RecordedRequest::path).contains("/core/version/", "/beta/v1/client/");

        // afterConnect synced the clients: 3 rows, asset sync on, no tickets.
        List<JsonNode> rows = organizations(api);
        assertThat(rows).extracting(r -> r.path("externalOrganizationName").asString())
                .containsExactlyInAnyOrder("Acme Corp", "Globex", "Initech");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.path("autoSyncAssets").booleanValue()).isTrue();
            assertThat(r.path("autoCreateTickets").booleanValue()).isFalse();
        });
    }

    @Test
    void credentialsWithTwoFactorAskForTheCodeThenConnect() {
        Map<String, Object> body = credentialsConnection(TacticalFixtures.TOTP_USER, TacticalFixtures.TOTP_PASSWORD);
        ApiClient.Response first = api.put(BASE + "/connection", body);
        assertThat(first.status()).as(first.raw()).isEqualTo(422);
        assertThat(first.text("type")).endsWith("totp-required");
        assertThat(first.json().path("totpRequired").booleanValue()).isTrue();
        assertThat(first.raw()).doesNotContain(TacticalFixtures.TOTP_PASSWORD);
        assertThat(api.get(BASE).json().path("connected").booleanValue()).as("nothing stored").isFalse();
        assertThat(requests("/v2/login/")).as("login is not attempted without a code").isEmpty();

        body.put("totpCode", simulator.totpCode(TacticalFixtures.TOTP_USER));
        JsonNode status = connect(api, body).json();
        assertThat(status.path("settings").path("authMode").asString()).isEqualTo("credentials");
        assertThat(status.path("credentials").path("username").asString()).isEqualTo(TacticalFixtures.TOTP_USER);
        assertThat(status.path("credentials").path("password").asString()).startsWith("••••").hasSize(8);
        assertThat(status.path("credentials").path("knoxToken").asString()).startsWith("••••");
        assertThat(status.toString()).doesNotContain(TacticalFixtures.TOTP_PASSWORD);

        RecordedRequest login = requests("/v2/login/").get(0);
        assertThat(login.body()).contains("\"twofactor\":\"" + body.get("totpCode") + "\"");
        assertThat(login.header("Authorization")).as("no stale auth header on login").isNull();
        List<RecordedRequest> authenticated = simulator.requests(r -> r.path().startsWith("/beta/"));
        assertThat(authenticated).isNotEmpty().allSatisfy(r -> assertThat(r.header("Authorization")).startsWith("Token "));
        assertThat(organizations(api)).hasSize(3);
    }

    @Test
    void aWrongTwoFactorCodeIsRefusedWithAnActionableMessage() {
        Map<String, Object> body = credentialsConnection(TacticalFixtures.TOTP_USER, TacticalFixtures.TOTP_PASSWORD);
        body.put("totpCode", "000000".equals(simulator.totpCode(TacticalFixtures.TOTP_USER)) ? "111111" : "000000");
        ApiClient.Response response = api.put(BASE + "/connection", body);
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.text("detail")).contains("two-factor code");
    }

    @Test
    void credentialsWithoutTwoFactorTakeTheTokenFromCheckcreds() {
        connect(api, credentialsConnection(TacticalFixtures.NO_TOTP_USER, TacticalFixtures.NO_TOTP_PASSWORD));
        assertThat(requests("/v2/checkcreds/")).hasSize(1);
        assertThat(requests("/v2/login/")).isEmpty();
    }

    @Test
    void wrongPasswordAndWrongKeyAreActionable() {
        ApiClient.Response password = api.put(BASE + "/connection",
                credentialsConnection(TacticalFixtures.NO_TOTP_USER, "not-the-password"));
        assertThat(password.status()).isEqualTo(422);
        assertThat(password.text("detail")).contains("refused the username or password");

        Map<String, Object> key = apiKeyConnection();
        key.put("apiKey", "WRONGKEY0000000000000000000000XY");
        ApiClient.Response wrongKey = api.put(BASE + "/connection", key);
        assertThat(wrongKey.status()).isEqualTo(422);
        assertThat(wrongKey.text("detail")).contains("rejected the API key").contains("API Keys").doesNotContain("WRONGKEY");
        assertThat(api.get(BASE).json().path("connected").booleanValue()).isFalse();
    }

    @Test
    void theDashboardHostIsRecognised() {
        simulator.config().dashboardHost(true);
        ApiClient.Response response = api.put(BASE + "/connection", apiKeyConnection());
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.text("detail")).contains("dashboard").contains("api. subdomain");

        ApiClient.Response login = api.put(BASE + "/connection",
                credentialsConnection(TacticalFixtures.NO_TOTP_USER, TacticalFixtures.NO_TOTP_PASSWORD));
        assertThat(login.status()).isEqualTo(422);
        assertThat(login.text("detail")).contains("dashboard");
    }

    @Test
    void aDisabledBetaApiSaysWhatToChange() {
        simulator.config().betaEnabled(false);
        ApiClient.Response response = api.put(BASE + "/connection", apiKeyConnection());
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.text("detail")).contains("BETA_API_ENABLED = True").contains("local_settings.py");
        assertThat(response.json().path("reason").asString()).isEqualTo("feature_disabled");
    }

    @Test
    void missingFieldsAreNamed() {
        Map<String, Object> body = apiKeyConnection();
        body.remove("apiKey");
        ApiClient.Response response = api.put(BASE + "/connection", body);
        assertThat(response.status()).isIn(400, 422);
        assertThat(response.raw()).contains("apiKey");
        body.put("apiKey", "x");
        body.put("authMode", "magic");
        assertThat(api.put(BASE + "/connection", body).raw()).contains("authMode");
    }

    @Test
    void settingsAreValidatedAndDisconnectKeepsMappings() {
        connect(api, apiKeyConnection());
        patchSettings(api, Map.of("alertBackfill", Map.of("enabled", true, "intervalMinutes", 10),
                "deviceSync", Map.of("enabled", true, "intervalMinutes", 30), "markMissingInactive", true));
        JsonNode settings = api.get(BASE).json().path("settings");
        assertThat(settings.path("alertBackfill").path("intervalMinutes").asInt()).isEqualTo(10);
        assertThat(settings.path("alertBackfill").path("days").asInt()).isEqualTo(30);
        assertThat(settings.path("markMissingInactive").booleanValue()).isTrue();

        ApiClient.Response tooOften = api.patch(BASE + "/settings", Map.of("alertBackfill", Map.of("intervalMinutes", 2)));
        assertThat(tooOften.status()).isEqualTo(422);
        assertThat(tooOften.raw()).contains("alertBackfill.intervalMinutes");
        assertThat(api.patch(BASE + "/settings", Map.of("authMode", "credentials")).status()).isEqualTo(422);
        assertThat(api.patch(BASE + "/settings", Map.of("pageSize", 5)).status()).isEqualTo(422);

        assertThat(api.delete(BASE + "/connection").status()).isEqualTo(204);
        JsonNode status = api.get(BASE).json();
        assertThat(status.path("connected").booleanValue()).isFalse();
        assertThat(status.path("credentials").isEmpty()).isTrue();
        assertThat(organizations(api)).hasSize(3);
    }
}
