package dev.tributary.tacticalrmm;

import static dev.tributary.platform.RequestFields.text;

import dev.tributary.integration.ConnectedAccount;
import dev.tributary.integration.ConnectionField;
import dev.tributary.platform.InvalidFieldException;
import dev.tributary.platform.Problem;
import dev.tributary.platform.Secret;
import dev.tributary.tacticalrmm.client.KnoxLogin;
import dev.tributary.tacticalrmm.client.TacticalApi;
import dev.tributary.tacticalrmm.client.TacticalAuth;
import dev.tributary.tacticalrmm.client.TacticalClients;
import dev.tributary.tacticalrmm.client.TacticalGuidance;
import dev.tributary.tacticalrmm.client.TacticalSecrets;
import dev.tributary.tacticalrmm.client.TacticalUrls;
import dev.tributary.tacticalrmm.client.Totp;
import dev.tributary.tacticalrmm.client.TotpRequiredException;
import dev.tributary.integration.http.ProblemKind;
import dev.tributary.integration.http.ProviderException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import tools.jackson.databind.JsonNode;

/**
 * The live connection check. API key: {@code X-API-KEY}. Credentials: {@code /v2/checkcreds/} then, for an account
 * with two-factor, {@code /v2/login/} with the typed code (or one generated from a saved TOTP secret); without a code
 * the answer is a 422 {@code totp-required}. Then {@code /core/version/} (authentication, dashboard host),
 * {@code /beta/v1/client/} (Beta API on, List Clients) and one agent row (List Agents).
 */
final class TacticalConnection {

    static final String API_KEY_MODE = "api_key";
    static final String CREDENTIALS_MODE = "credentials";

    private TacticalConnection() {
    }

    static List<ConnectionField> fields() {
        return List.of(
                ConnectionField.url("instanceUrl", "API URL", true, "The Tactical API host (the api. subdomain), not the "
                        + "dashboard (rmm.) URL. The Beta API must be on: BETA_API_ENABLED = True in local_settings.py.",
                        "https://api.example.com"),
                ConnectionField.select("authMode", "Authentication", List.of("api_key=API key",
                        "credentials=Username and password"), "An API key of a dedicated user with \"deny dashboard login\" "
                        + "is recommended."),
                new ConnectionField("apiKey", "API key", ConnectionField.Type.SECRET, false, "Settings → Global Settings → "
                        + "API Keys. The key acts as its user, with the user's role.", null, List.of(), "authMode=api_key"),
                new ConnectionField("username", "Username", ConnectionField.Type.TEXT, false, null, null, List.of(),
                        "authMode=credentials"),
                new ConnectionField("password", "Password", ConnectionField.Type.SECRET, false, null, null, List.of(),
                        "authMode=credentials"),
                new ConnectionField("totpCode", "Two-factor code", ConnectionField.Type.TEXT, false, "The current code "
                        + "from the authenticator app, when the account has two-factor login.", "123456", List.of(),
                        "authMode=credentials"),
                new ConnectionField("totpSecret", "TOTP secret", ConnectionField.Type.SECRET, false, "Optional: the "
                        + "account's base32 two-factor secret, so Tributary can log in again unattended when the token "
                        + "expires.", null, List.of(), "authMode=credentials"));
    }

    static ConnectedAccount connect(JsonNode request, boolean allowHttp, Clock clock) {
        String url = TacticalUrls.normalize(text(request, "instanceUrl"), "instanceUrl", allowHttp);
        String mode = text(request, "authMode");
        mode = mode == null || mode.isBlank() ? API_KEY_MODE : mode.trim();
        Map<String, Secret> secrets = new LinkedHashMap<>();
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put(TacticalSettings.AUTH_MODE, mode);
        switch (mode) {
            case API_KEY_MODE -> {
                Secret key = required(request, "apiKey");
                verify(new TacticalApi(TacticalClients.http(TacticalGuidance.API_KEY, true, clock), url, TacticalAuth.apiKey(key)));
                secrets.put(TacticalSecrets.API_KEY, key);
            }
            case CREDENTIALS_MODE -> {
                Secret username = required(request, "username");
                Secret password = Secret.of(requiredRaw(request, "password"));
                String code = text(request, "totpCode");
                String rawSecret = text(request, "totpSecret");
                Secret totpSecret = rawSecret == null || rawSecret.isBlank() ? null : Secret.of(rawSecret.trim());
                if (totpSecret != null && !Totp.valid(totpSecret.reveal())) {
                    throw new InvalidFieldException("totpSecret", "must be the base32 secret of the authenticator (letters A-Z and digits 2-7)");
                }
                KnoxLogin login = new KnoxLogin(TacticalClients.http(TacticalGuidance.CREDENTIALS, true, clock), url,
                        username.reveal(), password, totpSecret, clock);
                Secret token;
                try {
                    token = login.login(code);
                } catch (TotpRequiredException e) {
                    throw new Problem(422, "totp-required", "Two-factor code required", e.getMessage(),
                            Map.of("totpRequired", true)).toException();
                }
                AtomicReference<Secret> latest = new AtomicReference<>(token);
                verify(new TacticalApi(TacticalClients.http(TacticalGuidance.CREDENTIALS, true, clock), url,
                        TacticalAuth.knox(token, login, latest::set)));
                secrets.put(TacticalSecrets.USERNAME, username);
                secrets.put(TacticalSecrets.PASSWORD, password);
                secrets.put(TacticalSecrets.KNOX_TOKEN, latest.get());
                if (totpSecret != null) {
                    secrets.put(TacticalSecrets.TOTP_SECRET, totpSecret);
                }
            }
            default -> throw new InvalidFieldException("authMode", "must be api_key or credentials");
        }
        return new ConnectedAccount(url, secrets, settings);
    }

    private static void verify(TacticalApi api) {
        api.get("/core/version/", Map.of());
        JsonNode clients = api.get("/beta/v1/client/", Map.of());
        if (!clients.isArray()) {
            throw new ProviderException(ProblemKind.MALFORMED_RESPONSE, 200, "Tactical RMM answered /beta/v1/client/ without "
                    + "the list of clients: check that the URL is the Tactical API host.");
        }
        api.get("/beta/v1/agent/", Map.of("page_size", "1"));
    }

    private static Secret required(JsonNode request, String field) {
        String value = text(request, field);
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, "is required");
        }
        return Secret.of(value.trim());
    }

    /** A required value kept exactly as typed (passwords may start or end with spaces). */
    private static String requiredRaw(JsonNode request, String field) {
        String value = text(request, field);
        if (value == null || value.isEmpty()) {
            throw new InvalidFieldException(field, "is required");
        }
        return value;
    }
}
