package dev.tributary.simulator.tactical;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The authentication matrix (§1): knox tokens, API keys, TOTP login and token expiry. */
class TacticalAuthTest extends TacticalTestSupport {

    private static final String PATH = "/beta/v1/client/";

    private RawHttp.Response call(Object... headerPairs) {
        return request("GET", PATH, headers(headerPairs), null);
    }

    private static void assert401(RawHttp.Response response, String detail) {
        assertThat(response.status()).as(response.toString()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Token");
        assertThat(response.json().get("detail").stringValue()).isEqualTo(detail);
    }

    private String login(String user, String password) {
        RawHttp.Response response = sendJson("POST", "/v2/login/", "{\"username\":\"" + user + "\",\"password\":\""
                + password + "\",\"twofactor\":\"" + sim.totpCode(user) + "\"}");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("token").stringValue();
    }

    @Test
    void apiKeyMatrix() {
        assert401(call(), "Authentication credentials were not provided.");
        assert401(call("X-API-KEY", ""), "Authentication credentials were not provided.");
        assertThat(call("X-API-KEY", API_KEY).status()).isEqualTo(200);
        assertThat(call("x-api-key", API_KEY).status()).as("header names are case-insensitive").isEqualTo(200);
        assert401(call("X-API-KEY", API_KEY.toLowerCase()), "Invalid token.");

        Instant expiry = TacticalSimulator.FIXTURE_NOW.plusSeconds(60);
        sim.addApiKey("SHORTLIVEDKEY0000000000000000000", "short", TacticalFixtures.SYNC_USER, expiry);
        assertThat(call("X-API-KEY", "SHORTLIVEDKEY0000000000000000000").status()).isEqualTo(200);
        clock.set(expiry);
        assertThat(call("X-API-KEY", "SHORTLIVEDKEY0000000000000000000").status()).as("not yet past").isEqualTo(200);
        clock.advance(Duration.ofNanos(1000));
        assert401(call("X-API-KEY", "SHORTLIVEDKEY0000000000000000000"), "The token has expired.");

        sim.updateUser(TacticalFixtures.SYNC_USER, u -> u.active(false));
        assert401(call("X-API-KEY", "SHORTLIVEDKEY0000000000000000000"), "User inactive or deleted.");
        assert401(call("X-API-KEY", API_KEY), "User inactive or deleted.");
    }

    @Test
    void generatedApiKeysLookLikeTacticals() {
        TacticalApiKey key = sim.addApiKey("generated", TacticalFixtures.ADMIN_USER, null);
        assertThat(key.key()).matches("[A-Z0-9]{32}");
        assertThat(call("X-API-KEY", key.key()).status()).isEqualTo(200);
    }

    @Test
    void knoxHeaderMatrix() {
        String token = sim.issueToken(TacticalFixtures.ADMIN_USER);
        assertThat(token).matches("[0-9a-f]{64}");
        assertThat(call("Authorization", "Token " + token).status()).isEqualTo(200);
        assertThat(call("Authorization", "token " + token).status()).as("prefix case-insensitive").isEqualTo(200);
        assertThat(call("Authorization", "TOKEN   " + token).status()).isEqualTo(200);
        assert401(call("Authorization", "Token"), "Invalid token header. No credentials provided.");
        assert401(call("Authorization", "Token a b"), "Invalid token header. Token string should not contain spaces.");
        assert401(call("Authorization", "Token " + "0".repeat(64)), "Invalid token.");
        assert401(call("Authorization", "Token " + "0".repeat(64), "X-API-KEY", API_KEY), "Invalid token.");
        assert401(call("Authorization", "Token", "X-API-KEY", API_KEY), "Invalid token header. No credentials provided.");
        assertThat(call("Authorization", "Bearer whatever", "X-API-KEY", API_KEY).status())
                .as("other schemes fall through to the API key").isEqualTo(200);
        assert401(call("Authorization", "Bearer whatever"), "Authentication credentials were not provided.");
        assertThat(call("Authorization", "Token " + token, "X-API-KEY", "NOT-A-KEY").status())
                .as("a valid token wins before the key is looked at").isEqualTo(200);

        sim.updateUser(TacticalFixtures.ADMIN_USER, u -> u.active(false));
        assert401(call("Authorization", "Token " + token), "User inactive or deleted.");
    }

    @Test
    void tokensSlideFiveHoursAndDieWhenIdle() {
        String token = sim.issueToken(TacticalFixtures.ADMIN_USER);
        Instant issued = sim.tokenExpiry(token);
        assertThat(issued).isEqualTo(TacticalSimulator.FIXTURE_NOW.plus(Duration.ofHours(5)));

        clock.advance(Duration.ofMinutes(5));
        assertThat(call("Authorization", "Token " + token).status()).isEqualTo(200);
        assertThat(sim.tokenExpiry(token)).as("moves < 600 s are not saved").isEqualTo(issued);

        clock.advance(Duration.ofMinutes(6));
        assertThat(call("Authorization", "Token " + token).status()).isEqualTo(200);
        assertThat(sim.tokenExpiry(token)).isEqualTo(clock.instant().plus(Duration.ofHours(5)));

        clock.advance(Duration.ofHours(5));
        assertThat(call("Authorization", "Token " + token).status()).as("exactly at expiry").isEqualTo(200);
        clock.advance(Duration.ofHours(5).plusSeconds(1));
        assert401(call("Authorization", "Token " + token), "Invalid token.");
        assertThat(sim.tokenExpiry(token)).as("expired tokens are deleted").isNull();
    }

    @Test
    void expireHelpers() {
        String a = sim.issueToken(TacticalFixtures.ADMIN_USER);
        String b = sim.issueToken(TacticalFixtures.ADMIN_USER);
        sim.expireToken(a);
        assert401(call("Authorization", "Token " + a), "Invalid token.");
        assertThat(call("Authorization", "Token " + b).status()).isEqualTo(200);
        sim.expireAllTokens();
        assert401(call("Authorization", "Token " + b), "Invalid token.");
    }

    @Test
    void checkCredsAndLoginWithTotp() {
        RawHttp.Response step1 = sendJson("POST", "/v2/checkcreds/", "{\"username\":\"apiuser\",\"password\":\""
                + TacticalFixtures.TOTP_PASSWORD + "\"}");
        assertThat(step1.body()).isEqualTo("{\"totp\":true}");

        String token = login("apiuser", TacticalFixtures.TOTP_PASSWORD);
        assertThat(call("Authorization", "Token " + token).status()).isEqualTo(200);

        RawHttp.Response form = request("POST", "/v2/login/", headers("Content-Type",
                "application/x-www-form-urlencoded"), "username=apiuser&password=" + TacticalFixtures.TOTP_PASSWORD
                + "&twofactor=" + sim.totpCode("apiuser"));
        assertThat(form.status()).as("form data works too").isEqualTo(200);
    }

    @Test
    void totpWindowIsTenStepsEachWay() {
        String secret = TacticalFixtures.TOTP_SECRET;
        Instant now = clock.instant();
        String body = "{\"username\":\"apiuser\",\"password\":\"" + TacticalFixtures.TOTP_PASSWORD + "\",\"twofactor\":\"";
        for (int steps : new int[] {-10, 10}) {
            String code = Totp.at(secret, now.plusSeconds(30L * steps));
            assertThat(sendJson("POST", "/v2/login/", body + code + "\"}").status()).as("%d steps", steps).isEqualTo(200);
        }
        for (int steps : new int[] {-11, 11}) {
            String code = Totp.at(secret, now.plusSeconds(30L * steps));
            RawHttp.Response response = sendJson("POST", "/v2/login/", body + code + "\"}");
            assertThat(response.status()).as("%d steps", steps).isEqualTo(400);
            assertThat(response.body()).isEqualTo("\"Bad credentials\"");
        }
    }

    @Test
    void totpMatchesRfc6238Vectors() {
        String secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
        assertThat(Totp.at(secret, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(Totp.at(secret, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
        assertThat(Totp.at(secret, Instant.ofEpochSecond(1234567890))).isEqualTo("005924");
        assertThat(Totp.at(secret, Instant.ofEpochSecond(2000000000))).isEqualTo("279037");
        assertThat(Totp.at(secret.toLowerCase() + "====", Instant.ofEpochSecond(59))).as("casefold, padding")
                .isEqualTo("287082");
        assertThat(Totp.verify(secret, "287082", Instant.ofEpochSecond(59 + 300), 10)).isTrue();
        assertThat(Totp.verify(secret, "287082", Instant.ofEpochSecond(59 + 330), 10)).isFalse();
        assertThat(Totp.now(secret, clock)).isEqualTo(Totp.at(secret, clock.instant()));
        assertThat(Totp.randomSecret(new java.util.Random(1))).matches("[A-Z2-7]{32}");
    }

    @Test
    void checkCredsWithoutTotpIssuesAShortToken() {
        RawHttp.Response response = sendJson("POST", "/v2/checkcreds/", "{\"username\":\"tech\",\"password\":\""
                + TacticalFixtures.NO_TOTP_PASSWORD + "\"}");
        JsonNode body = response.json();
        assertThat(body.get("totp").booleanValue()).isFalse();
        String token = body.get("token").stringValue();
        clock.advance(Duration.ofSeconds(170));
        assertThat(call("Authorization", "Token " + token).status()).isEqualTo(200);
        assertThat(sim.tokenExpiry(token)).as("first use extends to now + 5 h")
                .isEqualTo(clock.instant().plus(Duration.ofHours(5)));

        String idle = sendJson("POST", "/v2/checkcreds/", "{\"username\":\"tech\",\"password\":\""
                + TacticalFixtures.NO_TOTP_PASSWORD + "\"}").json().get("token").stringValue();
        clock.advance(Duration.ofSeconds(181));
        assert401(call("Authorization", "Token " + idle), "Invalid token.");
    }

    @Test
    void loginFailureModes() {
        RawHttp.Response missing = sendJson("POST", "/v2/login/", "{}");
        assertThat(missing.body()).isEqualTo("{\"username\":[\"This field is required.\"],"
                + "\"password\":[\"This field is required.\"]}");
        assertThat(sendJson("POST", "/v2/login/", "{\"username\":\" \",\"password\":\"x\"}").body())
                .isEqualTo("{\"username\":[\"This field may not be blank.\"]}");

        RawHttp.Response noTwoFactor = sendJson("POST", "/v2/login/", "{\"username\":\"apiuser\",\"password\":\""
                + TacticalFixtures.TOTP_PASSWORD + "\"}");
        assertThat(noTwoFactor.status()).isEqualTo(500);
        assertThat(noTwoFactor.header("Content-Type")).startsWith("text/html");

        RawHttp.Response noSecret = sendJson("POST", "/v2/login/", "{\"username\":\"tech\",\"password\":\""
                + TacticalFixtures.NO_TOTP_PASSWORD + "\",\"twofactor\":\"123456\"}");
        assertThat(noSecret.status()).as("user without TOTP key").isEqualTo(500);

        RawHttp.Response blocked = sendJson("POST", "/v2/login/", "{\"username\":\"svc-assetsync\",\"password\":\""
                + TacticalFixtures.SYNC_PASSWORD + "\",\"twofactor\":\"123456\"}");
        assertThat(blocked.body()).isEqualTo("\"Bad credentials\"");
        assertThat(sendJson("POST", "/v2/checkcreds/", "{\"username\":\"svc-assetsync\",\"password\":\""
                + TacticalFixtures.SYNC_PASSWORD + "\"}").body()).isEqualTo("\"Bad credentials\"");

        sim.config().blockLocalUserLogon(true);
        assertThat(sendJson("POST", "/v2/checkcreds/", "{\"username\":\"tech\",\"password\":\""
                + TacticalFixtures.NO_TOTP_PASSWORD + "\"}").body()).isEqualTo("\"Bad credentials\"");
        assertThat(sendJson("POST", "/v2/checkcreds/", "{\"username\":\"apiuser\",\"password\":\""
                + TacticalFixtures.TOTP_PASSWORD + "\"}").body()).as("superusers still pass").isEqualTo("{\"totp\":true}");
        sim.config().blockLocalUserLogon(false);

        RawHttp.Response noUsername = sendJson("POST", "/v2/checkcreds/", "{\"password\":\"x\"}");
        assertThat(noUsername.status()).as("the audit log reads request.data['username']").isEqualTo(500);
        assertThat(sendJson("POST", "/v2/checkcreds/", "{\"username\":\"apiuser\"}").status()).isEqualTo(400);

        RawHttp.Response broken = sendJson("POST", "/v2/login/", "{\"username\":");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.body()).isEqualTo("{\"detail\":\"JSON parse error - Expecting value: line 1 column 13 (char 12)\"}");
        RawHttp.Response text = request("POST", "/v2/login/", headers("Content-Type", "text/plain"), "hi");
        assertThat(text.status()).isEqualTo(415);
    }

    @Test
    void loginEndpointsRejectStaleAuthHeaders() {
        String body = "{\"username\":\"apiuser\",\"password\":\"" + TacticalFixtures.TOTP_PASSWORD + "\"}";
        assert401(sendJson("POST", "/v2/checkcreds/", body, "Authorization", "Token " + "f".repeat(64)),
                "Invalid token.");
        assert401(sendJson("POST", "/v2/login/", body, "X-API-KEY", "stale"), "Invalid token.");
        assertThat(sendJson("POST", "/v2/checkcreds/", body, "X-API-KEY", API_KEY).status())
                .as("a valid header is harmless").isEqualTo(200);
    }

    @Test
    void logoutDeletesKnoxTokensOnly() {
        String a = login("apiuser", TacticalFixtures.TOTP_PASSWORD);
        String b = login("apiuser", TacticalFixtures.TOTP_PASSWORD);
        String c = login("apiuser", TacticalFixtures.TOTP_PASSWORD);
        assert401(request("POST", "/logout/", headers("X-API-KEY", API_KEY), null),
                "Authentication credentials were not provided.");
        assertThat(request("POST", "/logout/", headers("Authorization", "Token " + a), null).status()).isEqualTo(204);
        assert401(call("Authorization", "Token " + a), "Invalid token.");
        assertThat(call("Authorization", "Token " + b).status()).isEqualTo(200);
        assertThat(request("POST", "/logoutall/", headers("Authorization", "Token " + b), null).status()).isEqualTo(204);
        assert401(call("Authorization", "Token " + c), "Invalid token.");
    }

    @Test
    void permissionsGive403AndNoRoleBlocksEverything() {
        sim.addUser(new TacticalUser(30, "norole", "pw").noRole());
        List<Map.Entry<String, String>> auth = headers("Authorization", "Token " + sim.issueToken("norole"));
        RawHttp.Response forbidden = request("GET", "/beta/v1/agent/", auth, null);
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.header("WWW-Authenticate")).isNull();
        assertThat(request("GET", "/core/version/", auth, null).body()).as("any authenticated user")
                .isEqualTo("\"0.0.203\"");
        assertThat(new String(request("GET", "/core/version/", headers(), null).bytes(), StandardCharsets.UTF_8))
                .contains("Authentication credentials were not provided.");
    }
}
