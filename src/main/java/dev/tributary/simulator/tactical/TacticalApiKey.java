package dev.tributary.simulator.tactical;

import java.time.Instant;

/**
 * An API key ({@code accounts.APIKey}): sent as {@code X-API-KEY}, acts as {@code username}, never
 * expires unless {@code expiration} is set.
 */
public record TacticalApiKey(int id, String name, String key, String username, Instant expiration,
                             String createdBy, Instant createdTime, Instant modifiedTime) {
}
