package dev.tributary.tanium.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tributary.integration.http.ErrorClassifier;
import dev.tributary.integration.http.ProblemKind;
import dev.tributary.integration.http.ProviderException;
import dev.tributary.integration.http.ProviderJson;
import dev.tributary.integration.http.ProviderResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Every failure the Gateway can answer with, as the one sentence the admin sees. */
class TaniumErrorTranslationTest {

    private static ProviderResponse response(int status, String contentType, String body, String... headers) {
        Map<String, List<String>> map = new java.util.HashMap<>();
        if (contentType != null) {
            map.put("Content-Type", List.of(contentType));
        }
        for (int k = 0; k + 1 < headers.length; k += 2) {
            map.put(headers[k], List.of(headers[k + 1]));
        }
        return new ProviderResponse(status, HttpHeaders.of(map, (a, b) -> true), body.getBytes(StandardCharsets.UTF_8),
                "/plugin/products/gateway/graphql");
    }

    private static JsonNode fixture(String name) {
        try (InputStream in = TaniumErrorTranslationTest.class.getClassLoader().getResourceAsStream("fixtures/tanium/" + name)) {
            return ProviderJson.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    record Case(String label, ProviderException error, ProblemKind kind, List<String> phrases) {
        @Override
        public String toString() {
            return label;
        }
    }

    static Stream<Arguments> table() {
        String json = "application/json; charset=utf-8";
        return Stream.of(
                new Case("401 bad, expired or untrusted-IP token",
                        ErrorClassifier.classify(TaniumGuidance.GATEWAY, response(401, json, fixture("http_401_unauthorized.json").toString())),
                        ProblemKind.BAD_CREDENTIALS, List.of("HTTP 401", "\"token-\" prefix", "trusted IP addresses")),
                new Case("403 persona without Gateway permission",
                        ErrorClassifier.classify(TaniumGuidance.GATEWAY, response(403, json, "{\"text\":\"Forbidden\"}")),
                        ProblemKind.FORBIDDEN, List.of("HTTP 403", "persona", "Gateway API")),
                new Case("403 on the Asset API",
                        ErrorClassifier.classify(TaniumGuidance.ASSET_API, response(403, json, "{}")),
                        ProblemKind.FORBIDDEN, List.of("Tanium Asset API", "Asset Report Read")),
                new Case("302 to the console's OIDC login",
                        ErrorClassifier.classify(TaniumGuidance.GATEWAY, response(302, "text/html; charset=utf-8", "",
                                "Location", "https://auth.acme.titankube.com/realms/partners/protocol/openid-connect/auth?x=1")),
                        ProblemKind.WRONG_HOST, List.of("redirected", "sign-in", "authentication", "HTTP 302", "-api.cloud.tanium.com")),
                new Case("200 HTML login page",
                        ErrorClassifier.malformed(TaniumGuidance.GATEWAY, response(200, "text/html", "<!DOCTYPE html><html>Sign in</html>")),
                        ProblemKind.MALFORMED_RESPONSE, List.of("HTML login page", "GraphQL JSON", "console", "API host")),
                new Case("HTML without a content type",
                        ErrorClassifier.malformed(TaniumGuidance.GATEWAY, response(200, null, "<html><body>login</body></html>")),
                        ProblemKind.MALFORMED_RESPONSE, List.of("HTML login page")),
                new Case("400 validation: a field the schema lacks",
                        TaniumErrors.graphQl(400, fixture("graphql_error_validation.json").get("errors"), "inventory"),
                        ProblemKind.REJECTED, List.of("HTTP 400", "Cannot query field \"reportingConsoleURL\" on type \"Endpoint\"",
                                "schema")),
                new Case("200 execution error: missing permission",
                        TaniumErrors.graphQl(200, fixture("graphql_error_auth.json").get("errors"), "inventory"),
                        ProblemKind.FORBIDDEN, List.of("refused the inventory query", "missing required permissions", "Gateway API")),
                new Case("200 execution error: expired cursor",
                        TaniumErrors.graphQl(200, fixture("graphql_error_cursor_expired.json").get("errors"), "inventory"),
                        ProblemKind.REJECTED, List.of("cursor expired", "5 minutes")),
                new Case("200 execution error: unknown sensor",
                        TaniumErrors.graphQl(200, ProviderJson.MAPPER.readTree(
                                "[{\"message\":\"sensor \\\"Last Reboot\\\" must refer to an existing sensor\"}]"), "inventory"),
                        ProblemKind.REJECTED, List.of("existing sensor", "content set")),
                new Case("200 execution error: anything else, with a count",
                        TaniumErrors.graphQl(200, ProviderJson.MAPPER.readTree(
                                "[{\"message\":\"invalid filter: memberOf refers to computer group id \\\"9\\\" which does not exist\"},"
                                        + "{\"message\":\"second\"}]"), "inventory"),
                        ProblemKind.REJECTED, List.of("could not run the inventory query", "memberOf", "(and 1 more error)")),
                new Case("unreachable: refused",
                        ErrorClassifier.classify(TaniumGuidance.GATEWAY, new ConnectException("Connection refused")),
                        ProblemKind.UNREACHABLE, List.of("Cannot reach Tanium Gateway", "refused", "check the URL")),
                new Case("unreachable: unknown host",
                        ErrorClassifier.classify(TaniumGuidance.GATEWAY, new UnknownHostException("acme-api.cloud.tanium.com")),
                        ProblemKind.UNREACHABLE, List.of("does not resolve")),
                new Case("unreachable: connect timeout",
                        ErrorClassifier.classify(TaniumGuidance.GATEWAY, new HttpConnectTimeoutException("timed out")),
                        ProblemKind.UNREACHABLE, List.of("timed out")),
                new Case("502 Gateway service down",
                        ErrorClassifier.classify(TaniumGuidance.GATEWAY, response(502, "text/plain", "upstream connect error")),
                        ProblemKind.SERVER_ERROR, List.of("unavailable", "System User service", "retried")),
                new Case("500 Failed to initialize request",
                        ErrorClassifier.classify(TaniumGuidance.GATEWAY, response(500, json, "{\"text\":\"Failed to initialize request\"}")),
                        ProblemKind.SERVER_ERROR, List.of("HTTP 500", "System User service is not installed")),
                new Case("404 not a Tanium host",
                        ErrorClassifier.classify(TaniumGuidance.GATEWAY, response(404, json, "{}")),
                        ProblemKind.NOT_FOUND, List.of("404", "not a Tanium API host")),
                new Case("429 throttled",
                        ErrorClassifier.classify(TaniumGuidance.GATEWAY, response(429, json, "{}")),
                        ProblemKind.RATE_LIMITED, List.of("rate limiting"))
        ).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void translation(Case c) {
        assertThat(c.error().kind()).isEqualTo(c.kind());
        assertThat(c.error().getMessage()).contains(c.phrases());
        assertThat(c.error().getMessage()).doesNotContain("token-5f3c").doesNotContain("\n");
    }

    @org.junit.jupiter.api.Test
    void cursorAndSoftwareFailuresAreFlaggedForTheWalk() {
        GatewayQueryException cursor = TaniumErrors.graphQl(200, fixture("graphql_error_cursor_expired.json").get("errors"), "inventory");
        assertThat(cursor.cursorExpired()).isTrue();
        assertThat(cursor.softwareFailed()).isFalse();
        GatewayQueryException software = TaniumErrors.graphQl(200, ProviderJson.MAPPER.readTree("""
                [{"message":"missing required permissions to read installedApplications",
                  "path":["endpoints","edges",0,"node","installedApplications"]}]"""), "inventory");
        assertThat(software.softwareFailed()).isTrue();
        assertThat(software.cursorExpired()).isFalse();
        GatewayQueryException validation = TaniumErrors.graphQl(400, ProviderJson.MAPPER.readTree(
                "[{\"message\":\"Variable \\\"$after\\\" of type \\\"String\\\" used in position expecting type \\\"Cursor\\\".\"}]"),
                "inventory");
        assertThat(validation.cursorExpired()).as("a validation error is not an expired cursor").isFalse();
        assertThat(TaniumErrors.quote("x".repeat(400))).hasSize(301);
    }
}
