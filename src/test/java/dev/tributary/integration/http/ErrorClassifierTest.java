package dev.tributary.integration.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorClassifierTest {

    private final ProviderGuidance guidance = ProviderGuidance.titled("Acme RMM");

    @ParameterizedTest(name = "HTTP {0} html={1} -> {2}")
    @CsvSource({
        "401, false, BAD_CREDENTIALS", "403, false, FORBIDDEN", "404, false, NOT_FOUND", "404, true, NOT_FOUND",
        "429, false, RATE_LIMITED", "408, false, RATE_LIMITED", "400, false, REJECTED", "422, false, REJECTED",
        "409, false, REJECTED", "500, false, SERVER_ERROR", "502, false, SERVER_ERROR", "503, true, SERVER_ERROR",
        "200, true, WRONG_HOST", "302, false, WRONG_HOST", "301, true, WRONG_HOST", "200, false, MALFORMED_RESPONSE",
    })
    void classifiesStatuses(int status, boolean html, ProblemKind expected) {
        assertThat(ErrorClassifier.kindOf(status, html)).isEqualTo(expected);
    }

    @Test
    void messagesAreOneActionableSentenceWithoutTheBody() {
        ProviderResponse response = response(401, "application/json", "{\"error\":\"secret-token-abc is invalid\"}");
        ProviderException e = ErrorClassifier.classify(guidance, response);
        assertThat(e.kind()).isEqualTo(ProblemKind.BAD_CREDENTIALS);
        assertThat(e.getMessage()).startsWith("Acme RMM rejected the credentials").doesNotContain("secret-token-abc");
        ProviderException html = ErrorClassifier.classify(guidance, response(200, "", "<!DOCTYPE html><html>app</html>"));
        assertThat(html.kind()).isEqualTo(ProblemKind.WRONG_HOST);
        assertThat(html.getMessage()).contains("HTML page");
    }

    @Test
    void classifiesTransportFailures() {
        assertThat(reason(new ConnectException("Connection refused"))).contains("refused");
        assertThat(reason(new HttpConnectTimeoutException("x"))).contains("timed out");
        assertThat(reason(new HttpTimeoutException("x"))).contains("did not answer in time");
        assertThat(reason(new UnknownHostException("nope.invalid"))).contains("does not resolve");
        assertThat(reason(new SSLHandshakeException("PKIX"))).contains("TLS");
        assertThat(ErrorClassifier.classify(guidance, new IOException("x")).kind()).isEqualTo(ProblemKind.UNREACHABLE);
    }

    private String reason(IOException e) {
        return ErrorClassifier.classify(guidance, e).getMessage();
    }

    static ProviderResponse response(int status, String contentType, String body) {
        HttpHeaders headers = HttpHeaders.of(contentType.isEmpty() ? Map.of() : Map.of("Content-Type", List.of(contentType)),
                (a, b) -> true);
        return new ProviderResponse(status, headers, body.getBytes(StandardCharsets.UTF_8), "/v1/thing");
    }
}
