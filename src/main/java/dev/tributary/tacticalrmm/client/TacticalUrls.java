package dev.tributary.tacticalrmm.client;

import dev.tributary.integration.http.UrlPolicy;

/**
 * The instance URL is the Tactical <b>API host</b> ({@code https://api.example.com}); paths hang off its root.
 * A scheme-less value gets {@code https://}, trailing slashes go, and a path that is exactly {@code /api} is
 * dropped (a common paste); any other path (a reverse-proxy prefix) is kept.
 */
public final class TacticalUrls {

    private TacticalUrls() {
    }

    public static String normalize(String raw, String field, boolean allowHttp) {
        String url = UrlPolicy.normalize(raw, field, allowHttp);
        if (url.toLowerCase(java.util.Locale.ROOT).endsWith("/api")) {
            String withoutApi = url.substring(0, url.length() - 4);
            if (withoutApi.indexOf('/', withoutApi.indexOf("://") + 3) < 0) {
                url = withoutApi;
            }
        }
        return url;
    }
}
