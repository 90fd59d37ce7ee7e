package dev.tributary.integration.http;

import java.time.Duration;

/**
 * Rate-limit gates keyed by an account. On PostgreSQL the budget is shared by every instance
 * (buckets live in the database); on the single-node H2 setup it lives in memory.
 */
public interface RateLimiters {

    /**
     * A gate allowing bursts of {@code burst} requests and {@code refill} more per {@code period},
     * so at most {@code burst + refill} requests fall in any window of {@code period}.
     */
    RequestGate gate(String key, long burst, long refill, Duration period);
}
