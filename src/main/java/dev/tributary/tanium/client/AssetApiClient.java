package dev.tributary.tanium.client;

import dev.tributary.integration.http.ErrorClassifier;
import dev.tributary.integration.http.ProviderHttpClient;
import dev.tributary.integration.http.ProviderJson;
import dev.tributary.integration.http.ProviderResponse;
import dev.tributary.platform.Secret;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The Tanium Asset REST API: {@code GET <asset>/v1/assets?minimumAssetId=&limit=}, paged by
 * {@code meta.nextAssetId} until {@code meta.endOfReader}. The documented OpenAPI nests
 * {@code data}/{@code meta} under {@code response}, while live tenants answer them at the top level;
 * both are read.
 */
public final class AssetApiClient {

    private final ProviderHttpClient http;
    private final String assetsUrl;
    private final Secret token;

    /** @param baseUrl e.g. {@code https://acme-api.cloud.tanium.com/plugin/products/asset} */
    public AssetApiClient(ProviderHttpClient http, String baseUrl, Secret token) {
        this.http = http;
        this.assetsUrl = baseUrl + "/v1/assets";
        this.token = token;
    }

    /**
     * One page of rows.
     *
     * @param nextAssetId where the next page starts, or null when the page did not say
     * @param endOfReader no rows beyond this page
     */
    public record Page(List<JsonNode> rows, Long nextAssetId, boolean endOfReader) {
    }

    public long requestCount() {
        return http.requestCount();
    }

    public Page page(long minimumAssetId, int limit) {
        URI uri = URI.create(assetsUrl + "?minimumAssetId=" + minimumAssetId + "&limit=" + limit);
        ProviderResponse response = http.send(http.request(uri)
                .header("Accept", "application/json")
                .header("session", token.reveal())
                .GET().build(), true);
        return parse(ProviderJson.parse(TaniumGuidance.ASSET_API, response), response);
    }

    static Page parse(JsonNode json, ProviderResponse response) {
        JsonNode root = json;
        if (root != null && !root.has("data") && root.path("response").isObject()) {
            root = root.get("response");
        }
        if (root == null || !root.isObject() || !root.path("data").isArray()) {
            throw ErrorClassifier.malformed(TaniumGuidance.ASSET_API, response);
        }
        List<JsonNode> rows = new ArrayList<>(root.get("data").size());
        root.get("data").forEach(rows::add);
        JsonNode meta = root.path("meta");
        Long next = ProviderJson.longValue(meta, "nextAssetId");
        boolean end = ProviderJson.bool(meta, "endOfReader");
        return new Page(rows, next, end);
    }
}
