package dev.tributary.integration;

import dev.tributary.platform.Edition;
import dev.tributary.platform.NotFoundException;
import dev.tributary.platform.TributaryProperties;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Every provider bean, found by Spring. Shared code asks the registry for a provider and its
 * capabilities instead of naming providers. In the community edition enterprise-only providers
 * are invisible: not listed, and their ids answer 404.
 */
@Component
public class ProviderRegistry {

    private static final Map<Capability, Class<?>> REQUIRED_INTERFACES = Map.of(
            Capability.CONNECTION, ConnectionCapability.class,
            Capability.SCOPE_SYNC, ScopeDiscovery.class,
            Capability.DEVICE_SYNC, RunCapability.class,
            Capability.INCIDENT_POLLING, RunCapability.class,
            Capability.ALERT_BACKFILL, RunCapability.class,
            Capability.SOFTWARE_INVENTORY, RunCapability.class,
            Capability.WEBHOOK_EVENTS, WebhookCapability.class);

    private final Map<String, IntegrationProvider> providers = new LinkedHashMap<>();
    private final Edition edition;

    public ProviderRegistry(List<IntegrationProvider> beans, TributaryProperties properties) {
        this.edition = properties.edition();
        beans.stream()
                .sorted(Comparator.comparing((IntegrationProvider p) -> p.descriptor().category()).thenComparing(p -> p.descriptor().title()))
                .forEach(this::register);
    }

    private void register(IntegrationProvider provider) {
        ProviderDescriptor descriptor = provider.descriptor();
        REQUIRED_INTERFACES.forEach((capability, type) -> {
            if (descriptor.has(capability) && !type.isInstance(provider)) {
                throw new IllegalStateException("Provider " + descriptor.id() + " declares " + capability.key()
                        + " but does not implement " + type.getSimpleName());
            }
        });
        if (provider instanceof RunCapability runs) {
            runs.runKinds().forEach(kind -> {
                if (!descriptor.has(kind.capability())) {
                    throw new IllegalStateException("Provider " + descriptor.id() + " runs " + kind.value()
                            + " without the " + kind.capability().key() + " capability");
                }
            });
        }
        if (providers.putIfAbsent(descriptor.id(), provider) != null) {
            throw new IllegalStateException("Two providers registered with id " + descriptor.id());
        }
    }

    public Edition edition() {
        return edition;
    }

    /** Providers of this edition, RMM first, by title. */
    public List<IntegrationProvider> visible() {
        return providers.values().stream().filter(this::visible).toList();
    }

    public List<IntegrationProvider> visible(Category category) {
        return visible().stream().filter(p -> p.descriptor().category() == category).toList();
    }

    public Optional<IntegrationProvider> find(String id) {
        return Optional.ofNullable(providers.get(id)).filter(this::visible);
    }

    public IntegrationProvider require(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("Provider " + id));
    }

    public <T> Optional<T> capability(String id, Class<T> type) {
        return find(id).filter(type::isInstance).map(type::cast);
    }

    private boolean visible(IntegrationProvider provider) {
        return edition.isEnterprise() || !provider.descriptor().requiresEnterprise();
    }
}
