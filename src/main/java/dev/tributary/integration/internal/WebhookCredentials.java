package dev.tributary.integration.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.tributary.integration.IntegrationRecord;
import dev.tributary.integration.IntegrationRef;
import dev.tributary.platform.SecretStore;
import dev.tributary.platform.Tokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which integration a webhook URL key names and what secret it expects, kept for a short time: during a burst of
 * deliveries the integration row and the encrypted secret are read once, not twice per delivery. Only the secret's
 * SHA-256 digest is kept, never the secret.
 *
 * <p>A change made through this instance (connect, disconnect, secret created or rotated) is seen at once, because
 * {@link IntegrationService} calls {@link #forgetAll()}. A change made through another instance of a cluster is seen
 * here when the entry expires, after at most {@code tributary.webhooks.credential-cache} (5 s by default).
 * Unknown keys and inactive integrations are never kept, so guessing keys cannot fill the cache and a newly connected
 * integration receives at once.
 */
@Component
public class WebhookCredentials {

    /** The integration a key names and the SHA-256 of its current webhook secret (null while it has none). */
    public record Target(IntegrationRef integration, String secretDigest) {

        /** Compares digests in constant time, so the comparison does not reveal how much of a guess was right. */
        public boolean accepts(String presented) {
            return presented != null && Tokens.constantTimeEquals(secretDigest, Tokens.sha256(presented));
        }
    }

    private static final long MAX_ENTRIES = 10_000;

    private final Function<String, Optional<IntegrationRecord>> integrationsByKey;
    private final SecretStore secrets;
    private final Cache<String, Target> cache;

    @Autowired
    WebhookCredentials(IntegrationRepository integrations, SecretStore secrets, Clock clock,
                       @Value("${tributary.webhooks.credential-cache:5s}") Duration timeToLive) {
        this(integrations::findByWebhookKey, secrets, clock, timeToLive);
    }

    WebhookCredentials(Function<String, Optional<IntegrationRecord>> integrationsByKey, SecretStore secrets, Clock clock,
                       Duration timeToLive) {
        if (timeToLive.isNegative()) {
            throw new IllegalArgumentException("tributary.webhooks.credential-cache must not be negative, was " + timeToLive);
        }
        this.integrationsByKey = integrationsByKey;
        this.secrets = secrets;
        this.cache = Caffeine.newBuilder()
                .expireAfterWrite(timeToLive)
                .maximumSize(MAX_ENTRIES)
                .ticker(() -> nanos(clock.instant()))
                .build();
    }

    /** The active integration of {@code provider} that {@code key} names; empty otherwise. */
    public Optional<Target> find(String provider, String key) {
        return Optional.ofNullable(cache.get(key, this::load)).filter(target -> target.integration().provider().equals(provider));
    }

    /** Called after any change to an integration's activity or webhook secret. */
    public void forgetAll() {
        cache.invalidateAll();
    }

    private Target load(String key) {
        IntegrationRecord integration = integrationsByKey.apply(key).filter(IntegrationRecord::active).orElse(null);
        if (integration == null) {
            return null;
        }
        return secrets.get(integration.tenantId(), IntegrationService.webhookSecretName(integration.provider()))
                .map(secret -> new Target(integration.ref(), Tokens.sha256(secret.reveal())))
                .orElseGet(() -> new Target(integration.ref(), null));
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
