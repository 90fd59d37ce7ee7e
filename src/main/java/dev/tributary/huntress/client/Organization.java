package dev.tributary.huntress.client;

/** A Huntress organization; {@code agentsCount} is null when Huntress did not report it. */
public record Organization(String id, String name, String key, Long agentsCount) {
}
