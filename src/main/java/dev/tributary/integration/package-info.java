/**
 * The shared kernel every provider plugs into: provider registry and capabilities, integrations
 * (one per tenant and provider), organization mappings with name auto-match, external identity
 * mappings, normalized device snapshots with one batched ingestion path, the alert store, sync runs
 * with history and progress, cluster-safe scheduling, webhook verification and the provider HTTP
 * toolkit. Never depends on a provider: providers are found through {@link dev.tributary.integration.ProviderRegistry}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Integration kernel", allowedDependencies = {"platform", "psa"})
package dev.tributary.integration;
