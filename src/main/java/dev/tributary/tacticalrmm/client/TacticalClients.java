package dev.tributary.tacticalrmm.client;

import dev.tributary.integration.IntegrationRecord;
import dev.tributary.integration.IntegrationRef;
import dev.tributary.integration.Integrations;
import dev.tributary.integration.http.ProblemKind;
import dev.tributary.integration.http.ProviderException;
import dev.tributary.integration.http.ProviderHttpClient;
import dev.tributary.platform.Secret;
import dev.tributary.platform.SecretStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Builds Tactical clients: from a connect request (one attempt, short timeouts, the admin waits) or from an
 * integration's stored secrets (retries with backoff; a Knox token obtained by logging in again is stored).
 */
@Component
public class TacticalClients {

    private final SecretStore secrets;
    /** Looked up lazily: the kernel's integration service itself needs the provider registry. */
    private final ObjectProvider<Integrations> integrations;
    private final Clock clock;

    TacticalClients(SecretStore secrets, ObjectProvider<Integrations> integrations, Clock clock) {
        this.secrets = secrets;
        this.integrations = integrations;
        this.clock = clock;
    }

    public Clock clock() {
        return clock;
    }

    public static ProviderHttpClient http(TacticalGuidance guidance, boolean interactive, Clock clock) {
        return ProviderHttpClient.builder(guidance)
                .connectTimeout(Duration.ofSeconds(10))
                .requestTimeout(interactive ? Duration.ofSeconds(15) : Duration.ofSeconds(120))
                .maxAttempts(interactive ? 1 : 4)
                .maxRetryDelay(Duration.ofSeconds(30))
                .clock(clock)
                .build();
    }

    /** The API of a connected integration, authenticated as it was connected. */
    public TacticalApi api(IntegrationRef ref) {
        IntegrationRecord row = integrations.getObject().require(ref);
        String url = row.instanceUrl();
        Optional<Secret> apiKey = secrets.get(ref.tenantId(), TacticalSecrets.API_KEY);
        if (apiKey.isPresent()) {
            return new TacticalApi(http(TacticalGuidance.API_KEY, false, clock), url, TacticalAuth.apiKey(apiKey.get()));
        }
        Secret username = secrets.get(ref.tenantId(), TacticalSecrets.USERNAME).orElseThrow(() -> new ProviderException(
                ProblemKind.BAD_CREDENTIALS, "The Tactical RMM credentials are missing; connect Tactical RMM again."));
        Secret password = secrets.get(ref.tenantId(), TacticalSecrets.PASSWORD).orElseThrow(() -> new ProviderException(
                ProblemKind.BAD_CREDENTIALS, "The Tactical RMM password is missing; connect Tactical RMM again."));
        Secret totp = secrets.get(ref.tenantId(), TacticalSecrets.TOTP_SECRET).orElse(null);
        KnoxLogin login = new KnoxLogin(http(TacticalGuidance.CREDENTIALS, false, clock), url, username.reveal(), password, totp, clock);
        TacticalAuth auth = TacticalAuth.knox(secrets.get(ref.tenantId(), TacticalSecrets.KNOX_TOKEN).orElse(null), login,
                token -> secrets.put(ref.tenantId(), TacticalSecrets.KNOX_TOKEN, token));
        return new TacticalApi(http(TacticalGuidance.CREDENTIALS, false, clock), url, auth);
    }
}
