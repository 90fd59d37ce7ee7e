package dev.tributary.integration;

import java.util.Set;

/**
 * What the registry knows about a provider.
 *
 * @param id                 stable id used in URLs and rows ({@code huntress}, {@code tacticalrmm}, {@code tanium})
 * @param title              display name
 * @param category           settings section
 * @param requiresEnterprise hidden and refused in the community edition
 * @param capabilities       what it can do
 * @param summary            one line for the integrations page
 */
public record ProviderDescriptor(String id, String title, Category category, boolean requiresEnterprise,
                                 Set<Capability> capabilities, String summary) {

    public boolean has(Capability capability) {
        return capabilities.contains(capability);
    }
}
