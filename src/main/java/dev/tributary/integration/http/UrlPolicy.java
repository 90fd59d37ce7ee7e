package dev.tributary.integration.http;

import dev.tributary.platform.InvalidFieldException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/** Provider URLs entered by admins: absolute, https (plain http only for loopback), no trailing slash. */
public final class UrlPolicy {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private UrlPolicy() {
    }

    public static String normalize(String raw, String field, boolean allowHttp) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidFieldException(field, "is required");
        }
        String value = raw.trim();
        if (!value.contains("://")) {
            value = "https://" + value;
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new InvalidFieldException(field, "is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new InvalidFieldException(field, "must be an absolute https URL");
        }
        if (scheme.equals("http") && !allowHttp && !LOOPBACK.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
            throw new InvalidFieldException(field, "must use https (plain http is only accepted for loopback addresses)");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new InvalidFieldException(field, "must not contain a query or fragment");
        }
        String normalized = value.split("\\?")[0];
        while (normalized.endsWith("/")) {
            normalized = normalized.substring(0, normalized.length() - 1);
        }
        return normalized;
    }
}
