package dev.tributary.huntress.client;

import dev.tributary.huntress.HuntressProperties;
import dev.tributary.integration.http.ProviderHttpClient;
import dev.tributary.integration.http.RateLimiters;
import dev.tributary.integration.http.RequestGate;
import dev.tributary.platform.Secret;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/**
 * Builds {@link HuntressClient}s whose requests pass the rate-limit gate of their Huntress account.
 * The gate is keyed by API host and account id, so every thread and (on PostgreSQL) every instance
 * polling or syncing the same account draws from one budget.
 */
@Component
public class HuntressClients {

    /** How many whole windows a request waits out when Huntress keeps answering 429. */
    static final int RATE_LIMIT_ROUNDS = 3;

    private final RateLimiters limiters;
    private final HuntressProperties properties;
    private final RateBudget budget;
    private final Clock clock;

    public HuntressClients(RateLimiters limiters, HuntressProperties properties, Clock clock) {
        this.limiters = limiters;
        this.properties = properties;
        HuntressProperties.RateLimit limit = properties.rateLimit();
        this.budget = RateBudget.of(limit.limit(), limit.window(), limit.burst(), limit.headroom());
        this.clock = clock;
    }

    public RateBudget budget() {
        return budget;
    }

    /** A client for an account whose id is known (after connect). */
    public HuntressClient forAccount(String baseUrl, String accountId, Secret apiKey, Secret apiSecret) {
        String key = accountId != null ? "account:" + accountId : "key:" + fingerprint(apiKey.reveal());
        return build(baseUrl, key, apiKey, apiSecret);
    }

    /** A client for the connection check, before the account is known: gated by the key. */
    public HuntressClient forConnectionCheck(String baseUrl, Secret apiKey, Secret apiSecret) {
        return build(baseUrl, "key:" + fingerprint(apiKey.reveal()), apiKey, apiSecret);
    }

    private HuntressClient build(String baseUrl, String account, Secret apiKey, Secret apiSecret) {
        RequestGate gate = limiters.gate("huntress|" + baseUrl + "|" + account, budget.burst(), budget.refill(), budget.window());
        ProviderHttpClient http = ProviderHttpClient.builder(HuntressGuidance.INSTANCE)
                .gate(gate)
                .requestTimeout(properties.requestTimeout())
                .maxAttempts(properties.maxAttempts())
                .maxRetryDelay(budget.window().plusSeconds(5))
                .clock(clock)
                .build();
        return new HuntressClient(baseUrl, apiKey, apiSecret, http, budget.window(), RATE_LIMIT_ROUNDS,
                duration -> Thread.sleep(Math.max(0, duration.toMillis())));
    }

    private static String fingerprint(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
