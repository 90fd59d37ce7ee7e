package dev.tributary.integration;

/**
 * A provider plug-in: one Spring bean implementing this interface plus the capability interfaces
 * it supports ({@link ConnectionCapability}, {@link ScopeDiscovery}, {@link RunCapability},
 * {@link SettingsCapability}, {@link WebhookCapability}). The registry checks at start-up that
 * the declared capability flags and the implemented interfaces agree.
 */
public interface IntegrationProvider {

    ProviderDescriptor descriptor();

    default String id() {
        return descriptor().id();
    }

    /** Path of the provider's settings page in the web UI. */
    default String settingsPath() {
        return "/settings/integrations/" + id();
    }
}
