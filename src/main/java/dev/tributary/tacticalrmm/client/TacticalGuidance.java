package dev.tributary.tacticalrmm.client;

import dev.tributary.integration.http.ProblemKind;
import dev.tributary.integration.http.ProviderGuidance;

/** Tactical's failures in Tactical's vocabulary: API keys, Knox logins, role permissions, the API host. */
public final class TacticalGuidance implements ProviderGuidance {

    public static final TacticalGuidance API_KEY = new TacticalGuidance(true);
    public static final TacticalGuidance CREDENTIALS = new TacticalGuidance(false);

    public static final String DASHBOARD_HOST = "Tactical RMM answered with an HTML page instead of JSON: the URL points at "
            + "the Tactical dashboard (web UI) host, which answers every path with its page. Use the API host instead — "
            + "the api. subdomain, e.g. https://api.example.com, not the rmm. dashboard URL.";
    public static final String BETA_DISABLED = "Tactical RMM's Beta API is switched off (HTML 404 on /beta/v1/). On the "
            + "Tactical server add BETA_API_ENABLED = True to /rmm/api/tacticalrmm/tacticalrmm/local_settings.py and restart "
            + "the API service (Docker installs have no switch for it), then connect again.";

    private final boolean apiKey;

    private TacticalGuidance(boolean apiKey) {
        this.apiKey = apiKey;
    }

    @Override
    public String title() {
        return "Tactical RMM";
    }

    @Override
    public String message(ProblemKind kind, int status, String path) {
        return switch (kind) {
            case BAD_CREDENTIALS -> apiKey
                    ? "Tactical RMM rejected the API key (HTTP 401): it is wrong, expired, or its user is inactive. Create a "
                    + "key under Settings → Global Settings → API Keys and connect again."
                    : "Tactical RMM rejected the login token (HTTP 401) even after logging in again. Check the user and "
                    + "connect again.";
            case FORBIDDEN -> "Tactical RMM refused access to " + path + " (HTTP 403): the role of the Tactical user lacks "
                    + "a permission. It needs List Clients, List Sites, List Agents, List Alerts and List Software.";
            case WRONG_HOST -> DASHBOARD_HOST;
            case FEATURE_DISABLED -> BETA_DISABLED;
            case NOT_FOUND -> "Tactical RMM answered 404 for " + path + ": check that the URL is the Tactical API host "
                    + "(e.g. https://api.example.com).";
            case MALFORMED_RESPONSE -> "Tactical RMM answered " + path + " with a body that is not the JSON its API documents.";
            default -> ProviderGuidance.super.message(kind, status, path);
        };
    }
}
