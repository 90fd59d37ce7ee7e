package dev.tributary.integration;

import java.util.List;
import java.util.Map;

/**
 * Optional extra sections a provider adds to its settings page (e.g. Huntress's ticket routing).
 * Everything else on the page (status, connect form, mapping manager, runs, device sync,
 * webhook) is built by the kernel from the provider's capabilities.
 */
public interface ProviderWebSections {

    /** Thymeleaf fragment expressions, e.g. {@code huntress/routing :: section}, shown when connected. */
    List<String> sections();

    /** Model attributes those fragments need. */
    Map<String, Object> sectionModel(IntegrationRef integration, IntegrationStatus status);
}
