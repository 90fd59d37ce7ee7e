package dev.tributary.simulator.tanium;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Settings of a {@link TaniumSimulator}. Start from {@link #defaults()} and change what a test needs.
 *
 * @param gatewayVersion     value of the {@code tanium-gateway-version} response header (x.y.z.w)
 * @param tokens             API tokens valid from the start (each must start with {@code token-})
 * @param cursorIdleTimeout  a cursor dies this long after the most recent request on its collection (5 min)
 * @param cursorMaxLifetime  and in any case this long after the collection was created (1 h)
 * @param maxPageSize        largest {@code first}/{@code last} accepted (5,000); larger is an execution error
 * @param maxLiveCollections cursored collections kept at once; the least recently used is dropped beyond it
 * @param oidcAuthHost       host of the OIDC front door in {@link TaniumSimulator.AuthMode#OIDC_REDIRECT};
 *                           null means {@code auth.<host of the request>}
 * @param onlineWindow       an endpoint whose {@code eidLastSeen} is this recent counts as online (TS source)
 */
public record TaniumSimulatorConfig(String gatewayVersion, List<String> tokens, Duration cursorIdleTimeout,
                                    Duration cursorMaxLifetime, int maxPageSize, int maxLiveCollections,
                                    String oidcAuthHost, Duration onlineWindow) {

    /** The token every simulator accepts unless the config says otherwise. */
    public static final String DEFAULT_TOKEN = "token-5f3c0a9e7b2d4168a1c3e5f7092b4d6e";

    public TaniumSimulatorConfig {
        Objects.requireNonNull(gatewayVersion, "gatewayVersion");
        tokens = List.copyOf(tokens);
        Objects.requireNonNull(cursorIdleTimeout, "cursorIdleTimeout");
        Objects.requireNonNull(cursorMaxLifetime, "cursorMaxLifetime");
        Objects.requireNonNull(onlineWindow, "onlineWindow");
        if (maxPageSize < 1 || maxLiveCollections < 1) {
            throw new IllegalArgumentException("maxPageSize and maxLiveCollections must be positive");
        }
    }

    public static TaniumSimulatorConfig defaults() {
        return new TaniumSimulatorConfig("1.9.72.0000", List.of(DEFAULT_TOKEN), Duration.ofMinutes(5),
                Duration.ofHours(1), 5000, 512, null, Duration.ofMinutes(15));
    }

    public TaniumSimulatorConfig withGatewayVersion(String version) {
        return new TaniumSimulatorConfig(version, tokens, cursorIdleTimeout, cursorMaxLifetime, maxPageSize,
                maxLiveCollections, oidcAuthHost, onlineWindow);
    }

    public TaniumSimulatorConfig withTokens(List<String> newTokens) {
        return new TaniumSimulatorConfig(gatewayVersion, newTokens, cursorIdleTimeout, cursorMaxLifetime,
                maxPageSize, maxLiveCollections, oidcAuthHost, onlineWindow);
    }

    public TaniumSimulatorConfig withCursorLifetimes(Duration idle, Duration max) {
        return new TaniumSimulatorConfig(gatewayVersion, tokens, idle, max, maxPageSize, maxLiveCollections,
                oidcAuthHost, onlineWindow);
    }

    public TaniumSimulatorConfig withMaxLiveCollections(int max) {
        return new TaniumSimulatorConfig(gatewayVersion, tokens, cursorIdleTimeout, cursorMaxLifetime, maxPageSize,
                max, oidcAuthHost, onlineWindow);
    }

    public TaniumSimulatorConfig withOidcAuthHost(String host) {
        return new TaniumSimulatorConfig(gatewayVersion, tokens, cursorIdleTimeout, cursorMaxLifetime, maxPageSize,
                maxLiveCollections, host, onlineWindow);
    }

    public TaniumSimulatorConfig withOnlineWindow(Duration window) {
        return new TaniumSimulatorConfig(gatewayVersion, tokens, cursorIdleTimeout, cursorMaxLifetime, maxPageSize,
                maxLiveCollections, oidcAuthHost, window);
    }
}
