package dev.tributary.tanium.client;

import dev.tributary.integration.http.ProblemKind;
import dev.tributary.integration.http.ProviderException;

/**
 * The Gateway answered, but with GraphQL errors for this query: a validation failure (HTTP 400) or an
 * execution error (HTTP 200 with {@code errors[]}). Unlike transport and authentication failures,
 * these can concern one query only (one computer group's filter, an expired cursor, the software
 * part of the page).
 */
public class GatewayQueryException extends ProviderException {

    private final boolean cursorExpired;
    private final boolean softwareFailed;

    public GatewayQueryException(ProblemKind kind, int status, String message, boolean cursorExpired, boolean softwareFailed) {
        super(kind, status, message);
        this.cursorExpired = cursorExpired;
        this.softwareFailed = softwareFailed;
    }

    /** The {@code after} cursor is no longer valid (5 minutes idle, 1 hour absolute); the walk must restart. */
    public boolean cursorExpired() {
        return cursorExpired;
    }

    /** The failure is in the installed applications of the page (a missing permission or content set). */
    public boolean softwareFailed() {
        return softwareFailed;
    }
}
