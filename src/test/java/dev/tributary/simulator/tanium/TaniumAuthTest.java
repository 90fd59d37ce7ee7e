package dev.tributary.simulator.tanium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tributary.simulator.MutableClock;
import dev.tributary.simulator.tanium.TaniumSimulator.AuthMode;
import dev.tributary.simulator.tanium.TaniumTestClient.Result;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The {@code session} token front door and its misconfiguration modes. */
class TaniumAuthTest {

    private static final String PROBE = "{ now }";
    private final MutableClock clock = new MutableClock(Instant.parse("2026-08-21T14:00:00Z"));
    private TaniumSimulator simulator;
    private TaniumTestClient client;

    @BeforeEach
    void start() {
        simulator = new TaniumSimulator(0, clock, TaniumSimulatorConfig.defaults()).loadFixtures().start();
        client = new TaniumTestClient(simulator);
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void validTokenIsServed() {
        assertThat(simulator.token()).isEqualTo(TaniumSimulatorConfig.DEFAULT_TOKEN).startsWith("token-");
        assertThat(client.graphql(PROBE, Map.of()).status()).isEqualTo(200);
        assertThat(client.get(TaniumSimulator.ASSETS_PATH).status()).isEqualTo(200);
    }

    @Test
    void missingUnknownOrBearerTokenIs401() {
        assertThat(client.token(null).graphql(PROBE, Map.of()).status()).isEqualTo(401);
        assertThat(client.token("token-unknown").graphql(PROBE, Map.of()).status()).isEqualTo(401);
        assertThat(client.token(TaniumSimulatorConfig.DEFAULT_TOKEN.substring("token-".length())).graphql(PROBE, Map.of())
                .status()).isEqualTo(401);
        Result bearer = client.send(HttpRequest.newBuilder(URI.create(simulator.gatewayUrl()))
                .header("Authorization", "Bearer " + TaniumSimulatorConfig.DEFAULT_TOKEN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ now }\"}")).build());
        assertThat(bearer.status()).isEqualTo(401);
        assertThat(client.token(null).get(TaniumSimulator.ASSETS_PATH + "?limit=1").status()).isEqualTo(401);
    }

    @Test
    void addedRevokedAndExpiringTokens() {
        simulator.addToken("token-rotated-1");
        assertThat(client.token("token-rotated-1").graphql(PROBE, Map.of()).status()).isEqualTo(200);
        simulator.revokeToken("token-rotated-1");
        assertThat(client.graphql(PROBE, Map.of()).status()).isEqualTo(401);

        simulator.addToken("token-short-lived", clock.instant().plus(Duration.ofDays(7)));
        assertThat(client.token("token-short-lived").graphql(PROBE, Map.of()).status()).isEqualTo(200);
        clock.advance(Duration.ofDays(7));
        assertThat(client.graphql(PROBE, Map.of()).status()).isEqualTo(401);

        assertThatThrownBy(() -> simulator.addToken("abc123")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void forbiddenMode() {
        simulator.authMode(AuthMode.FORBIDDEN);
        assertThat(client.graphql(PROBE, Map.of()).status()).isEqualTo(403);
        assertThat(client.get(TaniumSimulator.ASSETS_PATH).status()).isEqualTo(403);
        assertThat(client.token("token-nope").graphql(PROBE, Map.of()).status()).isEqualTo(401);
        simulator.authMode(AuthMode.NORMAL);
        assertThat(client.token(simulator.token()).graphql(PROBE, Map.of()).status()).isEqualTo(200);
    }

    @Test
    void oidcRedirectMode() {
        simulator.authMode(AuthMode.OIDC_REDIRECT);
        Result result = client.graphql(PROBE, Map.of());
        assertThat(result.status()).isEqualTo(302);
        assertThat(result.header("location"))
                .startsWith("https://auth.127.0.0.1/realms/partners/protocol/openid-connect/auth?")
                .contains("redirect_uri=");
        assertThat(client.get(TaniumSimulator.ASSETS_PATH).status()).isEqualTo(302);
    }

    @Test
    void oidcRedirectToConfiguredHost() {
        try (TaniumSimulator console = new TaniumSimulator(0, clock,
                TaniumSimulatorConfig.defaults().withOidcAuthHost("auth.contoso-msp.titankube.com")).start()) {
            console.authMode(AuthMode.OIDC_REDIRECT);
            Result result = new TaniumTestClient(console).graphql(PROBE, Map.of());
            assertThat(result.status()).isEqualTo(302);
            assertThat(result.header("location")).startsWith(
                    "https://auth.contoso-msp.titankube.com/realms/partners/protocol/openid-connect/auth?");
        }
    }

    @Test
    void htmlLoginPageMode() {
        simulator.authMode(AuthMode.HTML_LOGIN);
        Result result = client.graphql(PROBE, Map.of());
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.header("content-type")).startsWith("text/html");
        assertThat(result.body()).contains("<form").doesNotContain("\"data\"");
    }
}
