package dev.tributary.huntress.client;

import java.time.Duration;

/**
 * The client-side share of Huntress's per-account limit: a token bucket of {@code burst} tokens
 * refilled greedily with {@code refill} tokens per {@code window}. In any window of that length the
 * bucket can release at most {@code burst + refill} tokens, which is kept at or below
 * {@code limit - headroom}, so the account's sliding window is never exceeded by this client.
 */
public record RateBudget(int burst, int refill, Duration window) {

    public RateBudget {
        if (burst < 1 || refill < 1) {
            throw new IllegalArgumentException("burst and refill must be at least 1 (burst " + burst + ", refill " + refill + ")");
        }
        if (window == null || window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("window must be positive");
        }
    }

    /**
     * @param limit    the provider's limit per window
     * @param burst    requests allowed back to back
     * @param headroom requests per window deliberately left unused
     */
    public static RateBudget of(int limit, Duration window, int burst, int headroom) {
        int refill = limit - burst - Math.max(0, headroom);
        if (refill < 1) {
            throw new IllegalArgumentException("tributary.huntress.rate-limit: burst (" + burst + ") + headroom (" + headroom
                    + ") must stay below the limit (" + limit + ")");
        }
        return new RateBudget(burst, refill, window);
    }

    /** Most requests this budget can release in any window of length {@link #window()}. */
    public int maxPerWindow() {
        return burst + refill;
    }

    /** Time to send {@code requests} requests from a full bucket at this budget. */
    public Duration timeFor(long requests) {
        if (requests <= burst) {
            return Duration.ZERO;
        }
        long after = requests - burst;
        return Duration.ofNanos(Math.round((double) window.toNanos() * after / refill));
    }
}
