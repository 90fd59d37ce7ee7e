package dev.tributary.integration;

import java.util.Map;

/**
 * One provider organization / client / computer group, as discovered.
 *
 * @param kind e.g. {@code organization}, {@code client}, {@code computer_group}
 */
public record ScopeSnapshot(String externalId, String name, String kind, Map<String, Object> metadata) {
}
