package dev.tributary.tacticalrmm.client;

import dev.tributary.integration.http.ProblemKind;
import dev.tributary.integration.http.ProviderException;
import dev.tributary.integration.http.ProviderHttpClient;
import dev.tributary.integration.http.ProviderJson;
import dev.tributary.integration.http.ProviderResponse;
import dev.tributary.platform.Secret;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard's two-step login: {@code POST /v2/checkcreds/} answers the token directly for a user without
 * two-factor, or {@code {"totp": true}}; then {@code POST /v2/login/} with {@code twofactor}. Sent without any
 * auth header (a stale one makes the login itself answer 401).
 */
public final class KnoxLogin {

    static final String TOTP_NEEDED = "Tactical RMM asks for a two-factor code to log in: connect again with the current "
            + "code from the authenticator app (or save the account's TOTP secret with the connection so Tributary can log "
            + "in again unattended, or use an API key).";

    private final ProviderHttpClient http;
    private final String baseUrl;
    private final String username;
    private final Secret password;
    private final Secret totpSecret;
    private final Clock clock;

    /** @param totpSecret the account's base32 TOTP secret, or null */
    public KnoxLogin(ProviderHttpClient http, String baseUrl, String username, Secret password, Secret totpSecret, Clock clock) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.username = username;
        this.password = password;
        this.totpSecret = totpSecret;
        this.clock = clock;
    }

    /**
     * Logs in and returns the Knox token.
     *
     * @param totpCode a code typed by the admin, or null to generate one from the stored secret
     * @throws TotpRequiredException when two-factor is on and there is neither a code nor a secret
     */
    public Secret login(String totpCode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("password", password.reveal());
        JsonNode check = post("/v2/checkcreds/", body);
        if (check.isObject() && !check.path("totp").asBoolean(false)) {
            return token(check, "/v2/checkcreds/");
        }
        if (!check.isObject()) {
            throw malformed("/v2/checkcreds/");
        }
        String code = totpCode != null && !totpCode.isBlank() ? totpCode.trim()
                : totpSecret != null ? Totp.code(totpSecret, clock) : null;
        if (code == null) {
            throw new TotpRequiredException(TOTP_NEEDED);
        }
        body.put("twofactor", code);
        return token(post("/v2/login/", body), "/v2/login/");
    }

    private JsonNode post(String path, Map<String, Object> body) {
        HttpRequest request = http.request(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(ProviderJson.MAPPER.writeValueAsBytes(body)))
                .build();
        ProviderResponse response = http.send(request, false, r -> r.isSuccess() || r.status() == 400);
        if (response.isHtml()) {
            throw new ProviderException(ProblemKind.WRONG_HOST, response.status(), TacticalGuidance.DASHBOARD_HOST);
        }
        JsonNode json = ProviderJson.parse(http.guidance(), response);
        if (response.status() == 400) {
            throw refused(path, json);
        }
        return json;
    }

    private ProviderException refused(String path, JsonNode json) {
        boolean bareString = json.isString();
        if (path.startsWith("/v2/login/") && bareString) {
            return new ProviderException(ProblemKind.BAD_CREDENTIALS, 400, "Tactical RMM refused the two-factor code "
                    + "(HTTP 400 \"Bad credentials\"): it is wrong or too old. Enter the current code from the authenticator "
                    + "app (or check the saved TOTP secret) and connect again.");
        }
        return new ProviderException(ProblemKind.BAD_CREDENTIALS, 400, "Tactical RMM refused the username or password "
                + "(HTTP 400): check them, and that the user may log in to the dashboard (not blocked from dashboard login, "
                + "not an SSO-only user, local logins allowed). For unattended use an API key is the better choice.");
    }

    private Secret token(JsonNode json, String path) {
        String token = ProviderJson.text(json, "token");
        if (token == null || token.isBlank()) {
            throw malformed(path);
        }
        return Secret.of(token);
    }

    private ProviderException malformed(String path) {
        return new ProviderException(ProblemKind.MALFORMED_RESPONSE, 200, http.guidance().message(ProblemKind.MALFORMED_RESPONSE, 200, path));
    }
}
