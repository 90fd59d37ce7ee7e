package dev.tributary.tanium;

import static dev.tributary.platform.RequestFields.integerIn;

import dev.tributary.platform.InvalidFieldException;
import dev.tributary.tanium.client.TaniumUrls;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Tanium's own settings (the kernel owns {@code deviceSync} and {@code markMissingInactive}):
 *
 * <ul>
 *   <li>{@code pageSize}: endpoints per Gateway page, 1–5,000 (default 1,000). Lower it for tenants whose
 *       endpoints carry very large software inventories.</li>
 *   <li>{@code onlineWindowMinutes}: an endpoint whose {@code eidLastSeen} is this recent is online, 1–1,440
 *       (default 15).</li>
 *   <li>{@code useAssetApiFallback}: after a full sync, read the Asset API for endpoints that aged out of the
 *       Gateway (default false).</li>
 *   <li>{@code assetApiUrl}: the Asset API base; null means the Gateway's host.</li>
 *   <li>{@code gatewayVersion}: read-only, reported by the Gateway at connect.</li>
 * </ul>
 */
public record TaniumSettings(int pageSize, Duration onlineWindow, boolean useAssetApiFallback, String assetApiUrl) {

    public static final String PAGE_SIZE = "pageSize";
    public static final String ONLINE_WINDOW = "onlineWindowMinutes";
    public static final String FALLBACK = "useAssetApiFallback";
    public static final String ASSET_API_URL = "assetApiUrl";
    public static final String GATEWAY_VERSION = "gatewayVersion";

    public static final int DEFAULT_PAGE_SIZE = 1000;
    public static final int MAX_PAGE_SIZE = 5000;
    public static final int DEFAULT_ONLINE_WINDOW = 15;
    public static final int MAX_ONLINE_WINDOW = 1440;

    static final Set<String> READ_ONLY = Set.of(GATEWAY_VERSION);

    public static Map<String, Object> defaults() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put(PAGE_SIZE, DEFAULT_PAGE_SIZE);
        settings.put(ONLINE_WINDOW, DEFAULT_ONLINE_WINDOW);
        settings.put(FALLBACK, false);
        return settings;
    }

    /** Reads stored settings; missing or odd values fall back to the defaults, out-of-range ones are clamped. */
    public static TaniumSettings of(Map<String, Object> settings) {
        int pageSize = clamp(integer(settings.get(PAGE_SIZE), DEFAULT_PAGE_SIZE), 1, MAX_PAGE_SIZE);
        int window = clamp(integer(settings.get(ONLINE_WINDOW), DEFAULT_ONLINE_WINDOW), 1, MAX_ONLINE_WINDOW);
        Object url = settings.get(ASSET_API_URL);
        return new TaniumSettings(pageSize, Duration.ofMinutes(window), Boolean.TRUE.equals(settings.get(FALLBACK)),
                url instanceof String s && !s.isBlank() ? s : null);
    }

    /** The Asset API base to use: the configured one, else the Gateway's host. */
    public String effectiveAssetApiUrl(String gatewayUrl) {
        return assetApiUrl != null ? assetApiUrl : TaniumUrls.assetApiFromGateway(gatewayUrl);
    }

    /**
     * Validates and applies a merge patch of Tanium's keys.
     *
     * @throws InvalidFieldException naming the field for an unknown key or an invalid value
     */
    public static Map<String, Object> applyPatch(Map<String, Object> current, JsonNode patch, boolean allowHttp) {
        Map<String, Object> result = new LinkedHashMap<>(current);
        for (var entry : patch.properties()) {
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            switch (key) {
                case PAGE_SIZE -> result.put(PAGE_SIZE, value.isNull() ? DEFAULT_PAGE_SIZE : integerIn(key, value, 1, MAX_PAGE_SIZE));
                case ONLINE_WINDOW -> result.put(ONLINE_WINDOW,
                        value.isNull() ? DEFAULT_ONLINE_WINDOW : integerIn(key, value, 1, MAX_ONLINE_WINDOW));
                case FALLBACK -> {
                    if (!value.isNull() && !value.isBoolean()) {
                        throw new InvalidFieldException(key, "must be true or false");
                    }
                    result.put(FALLBACK, value.isBoolean() && value.booleanValue());
                }
                case ASSET_API_URL -> {
                    if (value.isNull() || value.isString() && value.asString().isBlank()) {
                        result.remove(ASSET_API_URL);
                    } else if (value.isString()) {
                        result.put(ASSET_API_URL, TaniumUrls.assetApi(value.asString(), key, allowHttp));
                    } else {
                        throw new InvalidFieldException(key, "must be a URL or null");
                    }
                }
                default -> throw new InvalidFieldException(key, "is not a setting of Tanium (settings: deviceSync, "
                        + "markMissingInactive, pageSize, onlineWindowMinutes, useAssetApiFallback, assetApiUrl)");
            }
        }
        return result;
    }

    private static int integer(Object value, int fallback) {
        if (value instanceof Number n) {
            return n.intValue();
        }
        if (value instanceof String s) {
            try {
                return Integer.parseInt(s.trim());
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
        return fallback;
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
