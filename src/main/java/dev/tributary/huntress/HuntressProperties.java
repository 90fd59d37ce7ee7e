package dev.tributary.huntress;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tributary.huntress.*}.
 *
 * @param defaultBaseUrl     API base URL used when the connect request names none
 * @param rateLimit          the client-side request budget per Huntress account
 * @param portalLinkTemplate incident deep link; {@code {subdomain}}, {@code {organization_id}} and {@code {id}}
 *                           are replaced (Huntress does not document the path: keep it in one place)
 * @param requestTimeout     per-request timeout
 * @param maxAttempts        attempts per idempotent request (429, 5xx and network errors are retried)
 */
@ConfigurationProperties(prefix = "tributary.huntress")
public record HuntressProperties(String defaultBaseUrl, RateLimit rateLimit, String portalLinkTemplate,
                                 Duration requestTimeout, Integer maxAttempts) {

    public static final String DEFAULT_BASE_URL = "https://api.huntress.io";
    public static final String DEFAULT_PORTAL_LINK = "https://{subdomain}.huntress.io/org/{organization_id}/infection_reports/{id}";

    public HuntressProperties {
        defaultBaseUrl = defaultBaseUrl == null || defaultBaseUrl.isBlank() ? DEFAULT_BASE_URL : defaultBaseUrl;
        rateLimit = rateLimit == null ? new RateLimit(null, null, null, null) : rateLimit;
        portalLinkTemplate = portalLinkTemplate == null || portalLinkTemplate.isBlank() ? DEFAULT_PORTAL_LINK : portalLinkTemplate;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(30) : requestTimeout;
        maxAttempts = maxAttempts == null || maxAttempts < 1 ? 5 : maxAttempts;
    }

    public static HuntressProperties defaults() {
        return new HuntressProperties(null, null, null, null, null);
    }

    /**
     * Huntress allows {@code limit} requests in any sliding {@code window} per account, shared by
     * every tool using the account. The client spends at most {@code limit - headroom} of them per
     * window: a burst of {@code burst}, then a steady refill.
     *
     * @param limit    Huntress's documented limit (60)
     * @param window   its sliding window (60 s)
     * @param burst    requests that may go out back to back
     * @param headroom requests of each window left unused, for clock jitter between the two sides and
     *                 other integrations on the same account
     */
    public record RateLimit(Integer limit, Duration window, Integer burst, Integer headroom) {

        public RateLimit {
            limit = limit == null ? 60 : limit;
            window = window == null ? Duration.ofSeconds(60) : window;
            burst = burst == null ? 5 : burst;
            headroom = headroom == null ? 3 : headroom;
        }
    }
}
