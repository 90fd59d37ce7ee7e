package dev.tributary.integration.http;

/**
 * A classified provider failure. The message is one sentence the user can act on and never
 * contains a credential or a response body.
 */
public class ProviderException extends RuntimeException {

    private final ProblemKind kind;
    private final int status;

    public ProviderException(ProblemKind kind, int status, String message) {
        super(message);
        this.kind = kind;
        this.status = status;
    }

    public ProviderException(ProblemKind kind, String message) {
        this(kind, 0, message);
    }

    public ProblemKind kind() {
        return kind;
    }

    /** HTTP status, or 0 when there was no response. */
    public int status() {
        return status;
    }
}
