package dev.tributary.simulator.tactical;

import tools.jackson.databind.JsonNode;

/**
 * A custom field definition ({@code core.CustomField}): the model it belongs to ({@code client},
 * {@code site} or {@code agent}), its name (usable as {@code {{agent.<name>}}} in webhooks), its type
 * ({@code text}, {@code number}, {@code single}, {@code multiple}, {@code checkbox}, {@code datetime})
 * and default.
 */
public record TacticalCustomField(int id, String model, String name, String type, JsonNode defaultValue) {
}
