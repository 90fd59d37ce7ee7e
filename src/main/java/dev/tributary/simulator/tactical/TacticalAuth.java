package dev.tributary.simulator.tactical;

import dev.tributary.simulator.Exchange;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Authentication as DRF runs it for Tactical: knox's {@code TokenAuthentication} first, then
 * {@code APIAuthentication} ({@code X-API-KEY}); plus knox token issuing with its sliding 5 h
 * expiry and the login throttles.
 */
final class TacticalAuth {

    static final Duration TOKEN_TTL = Duration.ofHours(5);
    static final Duration CHECKCREDS_TTL = Duration.ofSeconds(180);
    static final Duration MIN_REFRESH_INTERVAL = Duration.ofSeconds(600);

    private final TacticalStore store;
    private final Clock clock;
    private final TacticalSimulatorConfig config;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Deque<Instant>> minuteHistory = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> dayHistory = new ConcurrentHashMap<>();

    TacticalAuth(TacticalStore store, Clock clock, TacticalSimulatorConfig config) {
        this.store = store;
        this.clock = clock;
        this.config = config;
    }

    /** Who made the request: a user with the credential used, or nobody. */
    record Principal(TacticalUser user, String scheme, String credential) {
        static final Principal ANONYMOUS = new Principal(null, null, null);

        boolean authenticated() {
            return user != null;
        }
    }

    /** An {@code AuthenticationFailed}: 401 with this detail and {@code WWW-Authenticate: Token}. */
    static final class Failed extends RuntimeException {
        Failed(String detail) {
            super(detail, null, false, false);
        }
    }

    /**
     * Runs the authenticators in order. A {@code Token} header is knox's; another scheme is ignored.
     * With {@code knoxOnly} (logout views) the API key is not consulted.
     */
    Principal authenticate(Exchange exchange, boolean knoxOnly) {
        String authorization = exchange.header("Authorization");
        if (authorization != null) {
            String[] parts = authorization.strip().split("[ \\t\\n\\r\\x0b\\x0c]+");
            if (parts.length > 0 && !parts[0].isEmpty() && parts[0].toLowerCase(Locale.ROOT).equals("token")) {
                if (parts.length == 1) {
                    throw new Failed("Invalid token header. No credentials provided.");
                }
                if (parts.length > 2) {
                    throw new Failed("Invalid token header. Token string should not contain spaces.");
                }
                return knox(parts[1]);
            }
        }
        if (knoxOnly) {
            return Principal.ANONYMOUS;
        }
        String apiKey = exchange.header("X-API-KEY");
        if (apiKey == null || apiKey.isEmpty()) {
            return Principal.ANONYMOUS;
        }
        return store.read(() -> {
            TacticalApiKey key = store.apiKeys.get(apiKey);
            if (key == null) {
                throw new Failed("Invalid token.");
            }
            TacticalUser user = store.users.get(key.username());
            if (user == null || !user.active()) {
                throw new Failed("User inactive or deleted.");
            }
            if (key.expiration() != null && key.expiration().isBefore(Py.micros(clock.instant()))) {
                throw new Failed("The token has expired.");
            }
            return new Principal(user, "apikey", apiKey);
        });
    }

    private Principal knox(String token) {
        TacticalStore.KnoxToken record = store.tokens.get(token);
        Instant now = Py.micros(clock.instant());
        if (record == null) {
            throw new Failed("Invalid token.");
        }
        Instant expiry = record.expiry();
        if (expiry != null && expiry.isBefore(now)) {
            store.tokens.remove(token);
            throw new Failed("Invalid token.");
        }
        if (expiry != null) {
            record.renew(now, TOKEN_TTL);
        }
        TacticalUser user = store.read(() -> store.users.get(record.username));
        if (user == null || !user.active()) {
            throw new Failed("User inactive or deleted.");
        }
        return new Principal(user, "knox", token);
    }

    /** Issues a knox token: 64 lower-case hex characters from 32 random bytes. */
    TacticalStore.KnoxToken issue(String username, Duration ttl) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        Instant now = Py.micros(clock.instant());
        TacticalStore.KnoxToken record = new TacticalStore.KnoxToken(token, username, now, now.plus(ttl));
        store.tokens.put(token, record);
        return record;
    }

    /**
     * DRF's two {@code SimpleRateThrottle}s (per minute, per day) keyed by client IP. Returns the
     * seconds to wait, or 0 when the request may pass (and is then counted).
     */
    long throttle(String scope, String ip) {
        if (!config.loginThrottle()) {
            return 0;
        }
        Instant now = clock.instant();
        String key = scope + "|" + ip;
        Deque<Instant> minute = minuteHistory.computeIfAbsent(key, k -> new ArrayDeque<>());
        Deque<Instant> day = dayHistory.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (minute) {
            synchronized (day) {
                List<Double> waits = new ArrayList<>();
                double minuteWait = wait(minute, now, Duration.ofMinutes(1), config.loginThrottlePerMinute());
                double dayWait = wait(day, now, Duration.ofDays(1), config.loginThrottlePerDay());
                if (minuteWait >= 0) {
                    waits.add(minuteWait);
                }
                if (dayWait >= 0) {
                    waits.add(dayWait);
                }
                if (!waits.isEmpty()) {
                    double longest = waits.stream().mapToDouble(Double::doubleValue).max().orElse(0);
                    return Math.max(1, (long) Math.ceil(longest));
                }
                minute.addFirst(now);
                day.addFirst(now);
                return 0;
            }
        }
    }

    /** -1 when allowed, else DRF's {@code wait()} in seconds. */
    private static double wait(Deque<Instant> history, Instant now, Duration duration, int limit) {
        while (!history.isEmpty() && !history.peekLast().isAfter(now.minus(duration))) {
            history.removeLast();
        }
        if (history.size() < limit) {
            return -1;
        }
        double remaining = duration.toMillis() / 1000.0
                - Duration.between(history.peekLast(), now).toMillis() / 1000.0;
        int available = limit - history.size() + 1;
        return available <= 0 ? remaining : remaining / available;
    }

    void expireAll() {
        Instant past = clock.instant().minusSeconds(1);
        store.tokens.values().forEach(t -> t.expiry(past));
    }

    void expire(String token) {
        TacticalStore.KnoxToken record = store.tokens.get(token);
        if (record != null) {
            record.expiry(clock.instant().minusSeconds(1));
        }
    }
}
