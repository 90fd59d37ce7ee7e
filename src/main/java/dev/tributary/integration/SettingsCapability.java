package dev.tributary.integration;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Provider-specific settings: defaults and validated merge-patching. */
public interface SettingsCapability {

    /** Settings of a new integration. */
    Map<String, Object> defaultSettings();

    /**
     * Applies a JSON merge patch to the current settings and returns the result. Unknown ids and
     * out-of-range numbers are refused with {@link dev.tributary.platform.InvalidFieldException}
     * naming the field; values outside documented bounds may instead be clamped where documented.
     *
     * @param patch only the keys this provider owns (kernel keys are handled by the kernel)
     */
    Map<String, Object> applyPatch(UUID tenantId, Map<String, Object> current, JsonNode patch);

    /** Keys owned by the provider that users may not patch (account identity, cursors). */
    default Set<String> readOnlyKeys() {
        return Set.of();
    }

    /** Extra facts for the status object, e.g. {@code routingComplete}. */
    default Map<String, Object> statusDetails(IntegrationRef integration, Map<String, Object> settings) {
        return Map.of();
    }
}
