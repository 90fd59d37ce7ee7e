package dev.tributary.integration.http;

import java.time.Duration;

/** Exponential backoff without a Retry-After: base, 2×base, 4×base… capped. */
public final class Backoff {

    private Backoff() {
    }

    /** @param attempt the number of attempts made so far (1 after the first failure) */
    public static Duration delay(int attempt, Duration base, Duration cap) {
        int exponent = Math.max(0, Math.min(attempt - 1, 16));
        Duration delay = base.multipliedBy(1L << exponent);
        return delay.compareTo(cap) > 0 ? cap : delay;
    }
}
