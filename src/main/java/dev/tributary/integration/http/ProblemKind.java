package dev.tributary.integration.http;

/** The classes of provider failure users see; each gets one actionable sentence. */
public enum ProblemKind {
    BAD_CREDENTIALS(false),
    FORBIDDEN(false),
    RATE_LIMITED(true),
    NOT_FOUND(false),
    WRONG_HOST(false),
    FEATURE_DISABLED(false),
    UNREACHABLE(true),
    SERVER_ERROR(true),
    MALFORMED_RESPONSE(false),
    REJECTED(false);

    private final boolean transientFailure;

    ProblemKind(boolean transientFailure) {
        this.transientFailure = transientFailure;
    }

    /** Worth retrying later without any change by the user. */
    public boolean isTransient() {
        return transientFailure;
    }
}
