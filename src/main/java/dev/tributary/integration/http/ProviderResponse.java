package dev.tributary.integration.http;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** A raw provider answer. */
public record ProviderResponse(int status, HttpHeaders headers, byte[] body, String path) {

    public String text() {
        return body == null ? "" : new String(body, StandardCharsets.UTF_8);
    }

    public String contentType() {
        return headers.firstValue("Content-Type").orElse("");
    }

    /** An HTML page: by content type, or by a body that starts like one when the type is missing. */
    public boolean isHtml() {
        if (contentType().toLowerCase(Locale.ROOT).contains("text/html")) {
            return true;
        }
        String start = text().stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<h1>");
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}
