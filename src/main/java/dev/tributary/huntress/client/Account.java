package dev.tributary.huntress.client;

/** {@code GET /v1/account}: what the integration keeps of it. */
public record Account(String id, String name, String subdomain) {
}
