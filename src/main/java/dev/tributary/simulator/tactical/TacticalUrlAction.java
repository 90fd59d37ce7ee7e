package dev.tributary.simulator.tactical;

import java.time.Instant;

/**
 * A REST URL action ({@code core.URLAction}, {@code action_type: rest}): URL pattern, method and
 * the body and headers templates, all plain text with {@code {{model.attr}}} placeholders.
 */
public record TacticalUrlAction(int id, String name, String desc, String pattern, String restMethod,
                                String restBody, String restHeaders, Instant createdTime, Instant modifiedTime) {
}
