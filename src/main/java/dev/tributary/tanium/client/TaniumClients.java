package dev.tributary.tanium.client;

import dev.tributary.integration.http.ProviderHttpClient;
import dev.tributary.platform.Secret;
import java.time.Duration;

/**
 * Builds the HTTP clients. A connect check answers the admin at once (one attempt); a sync run
 * retries reads on 429, 5xx and transport errors with backoff honouring {@code Retry-After}.
 */
public final class TaniumClients {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private TaniumClients() {
    }

    public static GatewayClient gateway(String endpointUrl, Secret token, boolean interactive) {
        return new GatewayClient(http(TaniumGuidance.GATEWAY, interactive), endpointUrl, token);
    }

    public static AssetApiClient assetApi(String baseUrl, Secret token, boolean interactive) {
        return new AssetApiClient(http(TaniumGuidance.ASSET_API, interactive), baseUrl, token);
    }

    private static ProviderHttpClient http(TaniumGuidance guidance, boolean interactive) {
        return ProviderHttpClient.builder(guidance)
                .connectTimeout(Duration.ofSeconds(10))
                .requestTimeout(interactive ? Duration.ofSeconds(30) : REQUEST_TIMEOUT)
                .maxAttempts(interactive ? 1 : 4)
                .maxRetryDelay(Duration.ofSeconds(30))
                .build();
    }
}
