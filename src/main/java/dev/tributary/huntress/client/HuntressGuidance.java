package dev.tributary.huntress.client;

import dev.tributary.integration.http.ProblemKind;
import dev.tributary.integration.http.ProviderGuidance;

/** Huntress's failures in one actionable sentence each (never with a credential or a response body). */
public final class HuntressGuidance implements ProviderGuidance {

    public static final HuntressGuidance INSTANCE = new HuntressGuidance();

    private HuntressGuidance() {
    }

    @Override
    public String title() {
        return "Huntress";
    }

    @Override
    public String message(ProblemKind kind, int status, String path) {
        return switch (kind) {
            case BAD_CREDENTIALS -> "Huntress rejected the API key and secret (HTTP 401). Check both values (a new pair can be "
                    + "generated in the Huntress portal under Account → API Credentials) and connect again.";
            case FORBIDDEN -> "Huntress refused access to " + path + " (HTTP 403): the API key lacks the permission for it.";
            case RATE_LIMITED -> "Huntress kept answering 429: the account's limit of 60 requests per minute is shared with "
                    + "every other tool using it. The incidents stay in Huntress and the next poll picks them up.";
            case NOT_FOUND -> "Huntress answered 404 for " + path + ": check that the base URL points at the Huntress API "
                    + "(https://api.huntress.io).";
            case WRONG_HOST -> "The base URL answered with a web page instead of the Huntress API: use https://api.huntress.io, "
                    + "not the portal address.";
            case UNREACHABLE -> "Cannot reach Huntress: check the base URL and that this server can connect to it.";
            case SERVER_ERROR -> "Huntress had a server error (HTTP " + status + "); the poll will be retried.";
            case MALFORMED_RESPONSE -> "Huntress answered " + path + " with a body that is not the JSON its API documents.";
            default -> ProviderGuidance.super.message(kind, status, path);
        };
    }
}
