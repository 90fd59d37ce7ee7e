package dev.tributary.tanium.client;

import dev.tributary.integration.http.UrlPolicy;
import dev.tributary.platform.InvalidFieldException;
import java.util.Locale;

/**
 * Admin-entered Tanium URLs. The Gateway URL may be a bare host ({@code acme-api.cloud.tanium.com}),
 * a base URL, {@code …/plugin/products/gateway} or the full GraphQL endpoint; it becomes
 * {@code https://<host>[/<prefix>]/plugin/products/gateway/graphql}. The Asset API URL likewise
 * becomes {@code …/plugin/products/asset}; without one it is derived from the Gateway's host.
 */
public final class TaniumUrls {

    public static final String GATEWAY_PATH = "/plugin/products/gateway/graphql";
    public static final String ASSET_PATH = "/plugin/products/asset";

    private TaniumUrls() {
    }

    public static String gateway(String raw, String field, boolean allowHttp) {
        String base = UrlPolicy.normalize(raw, field, allowHttp);
        String lower = base.toLowerCase(Locale.ROOT);
        if (lower.endsWith(GATEWAY_PATH)) {
            return base;
        }
        if (lower.endsWith("/plugin/products/gateway")) {
            return base + "/graphql";
        }
        if (lower.contains("/plugin/products/")) {
            throw new InvalidFieldException(field, "points at another Tanium module; give the API host, e.g. "
                    + TaniumGuidance.API_HOST);
        }
        return base + GATEWAY_PATH;
    }

    public static String assetApi(String raw, String field, boolean allowHttp) {
        String base = UrlPolicy.normalize(raw, field, allowHttp);
        String lower = base.toLowerCase(Locale.ROOT);
        if (lower.endsWith(ASSET_PATH)) {
            return base;
        }
        int at = lower.indexOf(ASSET_PATH + "/");
        if (at >= 0) {
            return base.substring(0, at + ASSET_PATH.length());
        }
        if (lower.contains("/plugin/products/")) {
            throw new InvalidFieldException(field, "points at another Tanium module; give the API host or its "
                    + ASSET_PATH + " URL");
        }
        return base + ASSET_PATH;
    }

    /** The Asset API on the Gateway's host (and path prefix), for tenants that give no Asset API URL. */
    public static String assetApiFromGateway(String gatewayUrl) {
        String base = gatewayUrl.substring(0, gatewayUrl.length() - GATEWAY_PATH.length());
        return base + ASSET_PATH;
    }
}
