package dev.tributary.simulator.huntress;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Huntress's limit as documented: a strict sliding log per account. A request is accepted only if
 * fewer than {@code limit} requests were accepted in the closed interval {@code [now - window, now]};
 * rejected requests are not logged, so they use up no budget. With 60 per 60 s, requests at T0, T5
 * and 58 at T10 block T55; T61 passes (T0 has left), a second request at T61 is blocked until after
 * T65 (60 s after T5).
 */
final class SlidingWindowRateLimiter {

    /** The outcome of one attempt; {@code retryAfterSeconds} is 0 when accepted. */
    record Decision(boolean accepted, long retryAfterSeconds) {
    }

    private final Clock clock;
    private final Map<Long, Deque<Instant>> logs = new HashMap<>();
    private int limit;
    private Duration window;

    SlidingWindowRateLimiter(Clock clock, int limit, Duration window) {
        this.clock = clock;
        configure(limit, window);
    }

    synchronized void configure(int limit, Duration window) {
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive");
        }
        this.limit = limit;
        this.window = window;
    }

    synchronized int limit() {
        return limit;
    }

    synchronized Duration window() {
        return window;
    }

    /** Tries to spend one request of the account's budget at the clock's current instant. */
    synchronized Decision tryAcquire(long accountId) {
        Instant now = clock.instant();
        if (limit <= 0) {
            return new Decision(true, 0);
        }
        Deque<Instant> log = logs.computeIfAbsent(accountId, id -> new ArrayDeque<>());
        Instant horizon = now.minus(window);
        while (!log.isEmpty() && log.peekFirst().isBefore(horizon)) {
            log.removeFirst();
        }
        if (log.size() < limit) {
            log.addLast(now);
            return new Decision(true, 0);
        }
        // The request that must leave the window before one more fits (the oldest, unless the limit shrank).
        Instant blocking = nth(log, log.size() - limit);
        Duration wait = Duration.between(now, blocking.plus(window));
        long seconds = wait.isNegative() ? 1 : wait.getSeconds() + 1;
        return new Decision(false, seconds);
    }

    /** Accepted requests of the account still inside the window (as of now). */
    synchronized int inWindow(long accountId) {
        Deque<Instant> log = logs.get(accountId);
        if (log == null) {
            return 0;
        }
        Instant horizon = clock.instant().minus(window);
        return (int) log.stream().filter(at -> !at.isBefore(horizon)).count();
    }

    synchronized void reset() {
        logs.clear();
    }

    private static Instant nth(Deque<Instant> log, int index) {
        Iterator<Instant> it = log.iterator();
        Instant current = null;
        for (int i = 0; i <= index && it.hasNext(); i++) {
            current = it.next();
        }
        return current;
    }
}
