package dev.tributary.integration.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import javax.net.ssl.SSLException;

/**
 * Turns an HTTP status (plus whether the body is HTML) or a transport exception into a classified
 * {@link ProviderException}. Pure: the table of cases is unit-tested.
 */
public final class ErrorClassifier {

    private ErrorClassifier() {
    }

    public static ProblemKind kindOf(int status, boolean html) {
        if (html && (status == 200 || status == 404 || status == 302 || status == 301)) {
            return status == 404 ? ProblemKind.NOT_FOUND : ProblemKind.WRONG_HOST;
        }
        if (status >= 300 && status < 400) {
            return ProblemKind.WRONG_HOST;
        }
        return switch (status) {
            case 401 -> ProblemKind.BAD_CREDENTIALS;
            case 403 -> ProblemKind.FORBIDDEN;
            case 404, 410 -> ProblemKind.NOT_FOUND;
            case 408, 429 -> ProblemKind.RATE_LIMITED;
            default -> status >= 500 ? ProblemKind.SERVER_ERROR
                    : status >= 400 ? ProblemKind.REJECTED
                    : html ? ProblemKind.WRONG_HOST : ProblemKind.MALFORMED_RESPONSE;
        };
    }

    public static ProviderException classify(ProviderGuidance guidance, ProviderResponse response) {
        ProblemKind kind = kindOf(response.status(), response.isHtml());
        return new ProviderException(kind, response.status(), guidance.message(kind, response.status(), response.path()));
    }

    public static ProviderException classify(ProviderGuidance guidance, IOException failure) {
        String reason;
        if (failure instanceof HttpConnectTimeoutException) {
            reason = "the connection timed out";
        } else if (failure instanceof HttpTimeoutException) {
            reason = "it did not answer in time";
        } else if (failure instanceof ConnectException) {
            reason = "the connection was refused";
        } else if (failure instanceof UnknownHostException || failure.getCause() instanceof UnknownHostException) {
            reason = "the host name does not resolve";
        } else if (failure instanceof SSLException) {
            reason = "the TLS handshake failed (certificate or protocol)";
        } else {
            reason = "the connection failed";
        }
        return new ProviderException(ProblemKind.UNREACHABLE, 0, "Cannot reach " + guidance.title() + " (" + reason
                + "): check the URL and that this server can connect to it.");
    }

    /** A body that could not be parsed as the documented JSON. */
    public static ProviderException malformed(ProviderGuidance guidance, ProviderResponse response) {
        return new ProviderException(ProblemKind.MALFORMED_RESPONSE, response.status(),
                guidance.message(response.isHtml() ? ProblemKind.WRONG_HOST : ProblemKind.MALFORMED_RESPONSE,
                        response.status(), response.path()));
    }
}
