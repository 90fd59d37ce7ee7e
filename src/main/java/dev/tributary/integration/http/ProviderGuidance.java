package dev.tributary.integration.http;

/**
 * How a provider phrases each kind of failure. Providers override the sentences that need their
 * vocabulary (which credential, which setting to enable); the defaults fit any REST API.
 */
public interface ProviderGuidance {

    String title();

    default String message(ProblemKind kind, int status, String path) {
        String t = title();
        return switch (kind) {
            case BAD_CREDENTIALS -> t + " rejected the credentials (HTTP 401). Check them and connect again.";
            case FORBIDDEN -> t + " refused access (HTTP 403): the credentials lack permission for this data.";
            case RATE_LIMITED -> t + " is rate limiting requests (HTTP 429); the work will finish later.";
            case NOT_FOUND -> t + " answered 404 for " + path + ": check that the URL points at the " + t + " API.";
            case WRONG_HOST -> t + " answered with an HTML page instead of JSON: the URL points at a web page "
                    + "(dashboard or login), not at the API host.";
            case FEATURE_DISABLED -> t + " has the required API feature switched off.";
            case UNREACHABLE -> "Cannot reach " + t + ": check the URL and that this server can connect to it.";
            case SERVER_ERROR -> t + " had a server error (HTTP " + status + "); the work will be retried.";
            case MALFORMED_RESPONSE -> t + " answered with a body that is not the JSON its API documents.";
            case REJECTED -> t + " rejected the request (HTTP " + status + ").";
        };
    }

    static ProviderGuidance titled(String title) {
        return () -> title;
    }
}
