package dev.tributary.tanium.client;

import dev.tributary.integration.http.ProblemKind;
import dev.tributary.integration.http.ProviderGuidance;

/**
 * Tanium's failures in Tanium's vocabulary: the {@code token-} prefix and trusted IP addresses of API
 * tokens, the persona's Gateway permission, the API host versus the console host.
 */
public final class TaniumGuidance implements ProviderGuidance {

    public static final TaniumGuidance GATEWAY = new TaniumGuidance("Tanium Gateway", false);
    public static final TaniumGuidance ASSET_API = new TaniumGuidance("Tanium Asset API", true);

    static final String API_HOST = "https://<customer>-api.cloud.tanium.com";

    private final String title;
    private final boolean assetApi;

    private TaniumGuidance(String title, boolean assetApi) {
        this.title = title;
        this.assetApi = assetApi;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String message(ProblemKind kind, int status, String path) {
        String t = title;
        return switch (kind) {
            case BAD_CREDENTIALS -> t + " rejected the API token (HTTP 401). Check that the whole token was entered with its "
                    + "\"token-\" prefix, that it has not expired or been rotated or revoked, and that this server's IP address "
                    + "is in the token's trusted IP addresses.";
            case FORBIDDEN -> t + " refused the API token (HTTP 403): the token's persona lacks permission. It needs "
                    + (assetApi ? "the \"Asset Report Read\" permission" : "the \"Gateway API\" Execute permission")
                    + " and management rights on the computer groups to sync.";
            case WRONG_HOST -> status >= 300 && status < 400
                    ? t + " redirected the request to a sign-in page (HTTP " + status + ") instead of accepting the API token: "
                    + "this is an authentication problem caused by using the console URL. Use the API host (" + API_HOST
                    + ", or your on-premises Tanium Server) — API tokens are not accepted behind the console's interactive login."
                    : t + " answered with an HTML login page instead of " + (assetApi ? "JSON" : "GraphQL JSON")
                    + ": the URL points at the Tanium console, not the API host. Use " + API_HOST
                    + " (or your on-premises Tanium Server).";
            case NOT_FOUND -> t + " answered 404 for " + path + ": the URL is not a Tanium API host"
                    + (assetApi ? " or the Asset module is not installed there." : " or the Gateway is not installed there.");
            case SERVER_ERROR -> status == 502 || status == 503
                    ? t + " is unavailable (HTTP " + status + "): the Gateway or its System User service is down; "
                    + "the work will be retried."
                    : t + " failed on its side (HTTP " + status + "); a \"Failed to initialize request\" error means the "
                    + "System User service is not installed. The work will be retried.";
            case MALFORMED_RESPONSE -> t + " answered with a body that is not " + (assetApi ? "Asset API JSON." : "GraphQL JSON.");
            default -> ProviderGuidance.super.message(kind, status, path);
        };
    }
}
