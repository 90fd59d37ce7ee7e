package dev.tributary.simulator.huntress;

import java.time.Duration;
import java.util.Objects;

/**
 * Start-up settings of a {@link HuntressSimulator}. Immutable; use {@link #defaults()} and the
 * {@code with…} methods. Runtime switches (faults, Retry-After, the 401 body) can also be flipped
 * later on the simulator itself.
 *
 * @param accountId             id of the primary account (defaults to the fixtures' account 48213)
 * @param accountName           its name
 * @param subdomain             its subdomain ({@code account.subdomain})
 * @param apiKey                the primary account's API key
 * @param apiSecret             the primary account's API secret
 * @param apiUser               the user write actions of that key are attributed to ({@code approved_by})
 * @param rateLimit             accepted requests allowed per window and account; 0 or less disables the limit
 * @param rateWindow            the sliding window (60 s in production)
 * @param retryAfter            whether a 429 carries {@code Retry-After: <seconds>}; not documented by Huntress, so off by default
 * @param unauthorized          what a 401 looks like
 * @param nextPageUrlBase       scheme and host for {@code next_page_url} (e.g. {@code https://api.huntress.io});
 *                              null means {@code http://<Host header>}, so the URL is reachable
 * @param strictPageTokenFilters whether a {@code page_token} issued for other filter values is a 400
 *                              (sort field and direction are always checked)
 */
public record HuntressSimulatorConfig(long accountId, String accountName, String subdomain, String apiKey,
                                      String apiSecret, HuntressUser apiUser, int rateLimit, Duration rateWindow,
                                      boolean retryAfter, UnauthorizedStyle unauthorized, String nextPageUrlBase,
                                      boolean strictPageTokenFilters) {

    public static final String DEFAULT_API_KEY = "hk_simulator_northwind";
    public static final String DEFAULT_API_SECRET = "hs_simulator_northwind_secret";

    /** The body and headers of a 401; the real one is undocumented. */
    public enum UnauthorizedStyle {
        /** {@code application/json} body {@code {"error":"Unauthorized"}} (Grape's default shape). */
        JSON_ERROR,
        /** Empty {@code text/plain} body with {@code WWW-Authenticate: Basic realm="Huntress API"} (Rack basic auth). */
        EMPTY_BASIC_CHALLENGE
    }

    public HuntressSimulatorConfig {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(apiSecret, "apiSecret");
        Objects.requireNonNull(rateWindow, "rateWindow");
        Objects.requireNonNull(unauthorized, "unauthorized");
        if (rateWindow.isNegative() || rateWindow.isZero()) {
            throw new IllegalArgumentException("rateWindow must be positive");
        }
    }

    /** Production-like settings: the fixtures' account, 60 requests per 60 s, no Retry-After, JSON 401. */
    public static HuntressSimulatorConfig defaults() {
        return new HuntressSimulatorConfig(48213, "Northwind Managed Services", "northwind", DEFAULT_API_KEY,
                DEFAULT_API_SECRET, HuntressUser.of(70001, "api-user@northwind-msp.example", "Simulator API User"), 60,
                Duration.ofSeconds(60), false, UnauthorizedStyle.JSON_ERROR, null, true);
    }

    public HuntressSimulatorConfig withAccount(long id, String name, String subdomain) {
        return new HuntressSimulatorConfig(id, name, subdomain, apiKey, apiSecret, apiUser, rateLimit, rateWindow,
                retryAfter, unauthorized, nextPageUrlBase, strictPageTokenFilters);
    }

    public HuntressSimulatorConfig withCredentials(String key, String secret) {
        return new HuntressSimulatorConfig(accountId, accountName, subdomain, key, secret, apiUser, rateLimit,
                rateWindow, retryAfter, unauthorized, nextPageUrlBase, strictPageTokenFilters);
    }

    public HuntressSimulatorConfig withApiUser(HuntressUser user) {
        return new HuntressSimulatorConfig(accountId, accountName, subdomain, apiKey, apiSecret, user, rateLimit,
                rateWindow, retryAfter, unauthorized, nextPageUrlBase, strictPageTokenFilters);
    }

    public HuntressSimulatorConfig withRateLimit(int limit, Duration window) {
        return new HuntressSimulatorConfig(accountId, accountName, subdomain, apiKey, apiSecret, apiUser, limit,
                window, retryAfter, unauthorized, nextPageUrlBase, strictPageTokenFilters);
    }

    public HuntressSimulatorConfig withRetryAfter(boolean enabled) {
        return new HuntressSimulatorConfig(accountId, accountName, subdomain, apiKey, apiSecret, apiUser, rateLimit,
                rateWindow, enabled, unauthorized, nextPageUrlBase, strictPageTokenFilters);
    }

    public HuntressSimulatorConfig withUnauthorized(UnauthorizedStyle style) {
        return new HuntressSimulatorConfig(accountId, accountName, subdomain, apiKey, apiSecret, apiUser, rateLimit,
                rateWindow, retryAfter, style, nextPageUrlBase, strictPageTokenFilters);
    }

    public HuntressSimulatorConfig withNextPageUrlBase(String base) {
        return new HuntressSimulatorConfig(accountId, accountName, subdomain, apiKey, apiSecret, apiUser, rateLimit,
                rateWindow, retryAfter, unauthorized, base, strictPageTokenFilters);
    }

    public HuntressSimulatorConfig withStrictPageTokenFilters(boolean strict) {
        return new HuntressSimulatorConfig(accountId, accountName, subdomain, apiKey, apiSecret, apiUser, rateLimit,
                rateWindow, retryAfter, unauthorized, nextPageUrlBase, strict);
    }
}
