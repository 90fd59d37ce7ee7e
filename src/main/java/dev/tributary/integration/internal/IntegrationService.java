package dev.tributary.integration.internal;

import dev.tributary.integration.ConnectedAccount;
import dev.tributary.integration.ConnectionCapability;
import dev.tributary.integration.IntegrationAdmin;
import dev.tributary.integration.IntegrationProvider;
import dev.tributary.integration.IntegrationRecord;
import dev.tributary.integration.IntegrationRef;
import dev.tributary.integration.IntegrationStatus;
import dev.tributary.integration.Integrations;
import dev.tributary.integration.OrganizationMapping;
import dev.tributary.integration.OrganizationMappings.ScopeSyncResult;
import dev.tributary.integration.ProviderRegistry;
import dev.tributary.integration.ScopeDiscovery;
import dev.tributary.integration.SettingsCapability;
import dev.tributary.integration.WebhookCapability;
import dev.tributary.integration.Capability;
import dev.tributary.integration.http.ProviderException;
import dev.tributary.platform.AuditLog;
import dev.tributary.platform.InvalidFieldException;
import dev.tributary.platform.NotFoundException;
import dev.tributary.platform.Problem;
import dev.tributary.platform.Secret;
import dev.tributary.platform.SecretStore;
import dev.tributary.platform.Tokens;
import dev.tributary.platform.TributaryProperties;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.IdGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The integration row lifecycle: connect (live check first; nothing stored on failure), settings,
 * disconnect (secrets deleted, history kept), status, organization sync and webhook details.
 */
@Service
class IntegrationService implements IntegrationAdmin, Integrations {

    private static final Logger log = LoggerFactory.getLogger(IntegrationService.class);

    private final ProviderRegistry registry;
    private final IntegrationRepository integrations;
    private final OrganizationMappingService mappings;
    private final SecretStore secrets;
    private final IntegrationScheduler scheduler;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final JsonMapper mapper;
    private final IdGenerator ids;
    private final SecureRandom random;
    private final TributaryProperties properties;
    private final Clock clock;
    private final WebhookCredentials webhookCredentials;

    IntegrationService(ProviderRegistry registry, IntegrationRepository integrations, OrganizationMappingService mappings,
                       SecretStore secrets, IntegrationScheduler scheduler, AuditLog audit, PlatformTransactionManager transactionManager,
                       JsonMapper mapper, IdGenerator ids, SecureRandom random, TributaryProperties properties, Clock clock,
                       WebhookCredentials webhookCredentials) {
        this.webhookCredentials = webhookCredentials;
        this.registry = registry;
        this.integrations = integrations;
        this.mappings = mappings;
        this.secrets = secrets;
        this.scheduler = scheduler;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.mapper = mapper;
        this.ids = ids;
        this.random = random;
        this.properties = properties;
        this.clock = clock;
    }

    // ---- Integrations (for provider code) ----

    @Override
    public Optional<IntegrationRecord> find(UUID tenantId, String provider) {
        return integrations.find(tenantId, provider);
    }

    @Override
    public Optional<IntegrationRecord> find(IntegrationRef ref) {
        return integrations.findById(ref.tenantId(), ref.integrationId());
    }

    @Override
    public Map<String, Object> updateSettings(IntegrationRef ref, UnaryOperator<Map<String, Object>> change) {
        return transactions.execute(status -> {
            IntegrationRecord current = integrations.findForUpdate(ref.tenantId(), ref.integrationId())
                    .orElseThrow(() -> new NotFoundException("Integration"));
            Map<String, Object> updated = change.apply(new LinkedHashMap<>(current.settings()));
            integrations.saveSettings(ref.tenantId(), ref.integrationId(), updated, clock.instant());
            return updated;
        });
    }

    @Override
    public void recordError(IntegrationRef ref, String message) {
        integrations.recordError(ref.tenantId(), ref.integrationId(), message, clock.instant());
    }

    @Override
    public void clearError(IntegrationRef ref) {
        integrations.clearError(ref.tenantId(), ref.integrationId(), clock.instant());
    }

    // ---- IntegrationAdmin ----

    @Override
    public IntegrationStatus status(UUID tenantId, String provider) {
        IntegrationProvider p = registry.require(provider);
        Optional<IntegrationRecord> found = integrations.find(tenantId, provider);
        if (found.isEmpty()) {
            return new IntegrationStatus(provider, null, false, false, null, null, null, null, null, null, 0, null,
                    defaultSettings(p), Map.of(), Map.of());
        }
        IntegrationRecord row = found.get();
        Map<String, String> credentials = row.active() && p instanceof ConnectionCapability connection
                ? connection.maskedCredentials(row.ref()) : Map.of();
        Map<String, Object> details = new LinkedHashMap<>();
        if (p.descriptor().has(Capability.SCOPE_SYNC)) {
            details.put("unmappedOrganizations", mappings.unmappedCount(tenantId, row.id()));
        }
        if (p instanceof SettingsCapability settings) {
            details.putAll(settings.statusDetails(row.ref(), row.settings()));
        }
        return new IntegrationStatus(provider, row.id(), row.active(), row.active(), row.syncStatus(), row.syncError(),
                row.connectedAt(), row.lastSyncAt(), row.lastIncrementalSyncAt(), row.lastFullSyncAt(),
                integrations.deviceCount(tenantId, provider), row.instanceUrl(), row.settings(), credentials, details);
    }

    private static Map<String, Object> defaultSettings(IntegrationProvider provider) {
        Map<String, Object> settings = new LinkedHashMap<>();
        if (provider.descriptor().has(Capability.DEVICE_SYNC)) {
            settings.putAll(dev.tributary.integration.DeviceSyncSettings.defaults());
        }
        if (provider instanceof SettingsCapability capability) {
            settings.putAll(capability.defaultSettings());
        }
        return settings;
    }

    @Override
    public IntegrationStatus connect(UUID tenantId, String actor, String provider, JsonNode request) {
        IntegrationProvider p = registry.require(provider);
        if (!(p instanceof ConnectionCapability connection)) {
            throw new NotFoundException("Connection of " + provider);
        }
        if (request == null || !request.isObject()) {
            throw new InvalidFieldException("body", "must be a JSON object");
        }
        ConnectedAccount account;
        try {
            account = connection.connect(tenantId, request);
        } catch (ProviderException e) {
            throw new Problem(422, "connection-failed", "Connection check failed", e.getMessage(),
                    Map.of("reason", e.kind().name().toLowerCase())).toException();
        }
        IntegrationRecord stored = transactions.execute(status -> {
            Instant now = clock.instant();
            IntegrationRecord row = integrations.find(tenantId, provider).orElseGet(() -> {
                integrations.insert(ids.generateId(), tenantId, provider, defaultSettings(p), newWebhookKey(), now);
                return integrations.find(tenantId, provider).orElseThrow();
            });
            Map<String, Object> settings = new LinkedHashMap<>(defaultSettings(p));
            settings.putAll(row.settings());
            settings.putAll(account.settings());
            for (String name : connection.secretNames()) {
                secrets.delete(tenantId, name);
            }
            account.secrets().forEach((name, secret) -> secrets.put(tenantId, name, secret));
            integrations.markConnected(tenantId, row.id(), account.instanceUrl(), settings, now);
            audit.record(tenantId, actor, "integration.connected", "integration", row.id().toString(),
                    Map.of("provider", provider, "instanceUrl", String.valueOf(account.instanceUrl())));
            return integrations.find(tenantId, provider).orElseThrow();
        });
        webhookCredentials.forgetAll();
        try {
            connection.afterConnect(stored.ref());
        } catch (RuntimeException e) {
            log.warn("Post-connect step of {} failed: {}", provider, e.getMessage());
        }
        scheduler.reconcile(integrations.find(tenantId, provider).orElseThrow());
        return status(tenantId, provider);
    }

    private String newWebhookKey() {
        return Tokens.random(random, 24);
    }

    @Override
    public void disconnect(UUID tenantId, String actor, String provider) {
        IntegrationProvider p = registry.require(provider);
        IntegrationRecord row = integrations.find(tenantId, provider).orElseThrow(() -> new NotFoundException("Integration"));
        transactions.executeWithoutResult(status -> {
            if (p instanceof ConnectionCapability connection) {
                connection.secretNames().forEach(name -> secrets.delete(tenantId, name));
            }
            secrets.delete(tenantId, webhookSecretName(provider));
            integrations.markDisconnected(tenantId, row.id(), clock.instant());
            audit.record(tenantId, actor, "integration.disconnected", "integration", row.id().toString(), Map.of("provider", provider));
        });
        webhookCredentials.forgetAll();
        scheduler.reconcile(integrations.find(tenantId, provider).orElseThrow());
    }

    @Override
    public IntegrationStatus patchSettings(UUID tenantId, String actor, String provider, JsonNode patch) {
        IntegrationProvider p = registry.require(provider);
        IntegrationRecord row = integrations.find(tenantId, provider).orElseThrow(() -> new NotFoundException("Integration"));
        if (patch == null || !patch.isObject()) {
            throw new InvalidFieldException("body", "must be a JSON object (a JSON merge patch of settings)");
        }
        SettingsCapability capability = p instanceof SettingsCapability s ? s : null;
        for (var entry : patch.properties()) {
            String key = entry.getKey();
            boolean kernel = p.descriptor().has(Capability.DEVICE_SYNC) && SettingsPatch.KERNEL_KEYS.contains(key);
            if (!kernel && capability != null && capability.readOnlyKeys().contains(key)) {
                throw new InvalidFieldException(key, "is read-only");
            }
            if (!kernel && capability == null) {
                throw new InvalidFieldException(key, "is not a setting of " + p.descriptor().title());
            }
        }
        updateSettings(row.ref(), current -> {
            Map<String, Object> next = p.descriptor().has(Capability.DEVICE_SYNC)
                    ? SettingsPatch.applyKernelKeys(current, patch) : current;
            if (capability != null) {
                JsonNode providerPatch = p.descriptor().has(Capability.DEVICE_SYNC)
                        ? SettingsPatch.withoutKernelKeys(patch, mapper) : patch;
                if (!providerPatch.isEmpty()) {
                    next = capability.applyPatch(tenantId, next, providerPatch);
                }
            }
            return next;
        });
        audit.record(tenantId, actor, "integration.settings.updated", "integration", row.id().toString(),
                Map.of("provider", provider, "keys", List.copyOf(patch.propertyNames())));
        scheduler.reconcile(integrations.find(tenantId, provider).orElseThrow());
        return status(tenantId, provider);
    }

    @Override
    public ScopeSyncResult syncOrganizations(UUID tenantId, String provider) {
        IntegrationProvider p = registry.require(provider);
        if (!(p instanceof ScopeDiscovery discovery)) {
            throw new NotFoundException("Organizations of " + provider);
        }
        IntegrationRecord row = activeRow(tenantId, p);
        try {
            var scopes = discovery.discoverScopes(row.ref());
            ScopeSyncResult result = mappings.upsertDiscovered(tenantId, row.id(), scopes, discovery.scopeDefaults());
            integrations.clearError(tenantId, row.id(), clock.instant());
            return result;
        } catch (ProviderException e) {
            integrations.recordError(tenantId, row.id(), e.getMessage(), clock.instant());
            throw new Problem(502, "provider-error", p.descriptor().title() + " error", e.getMessage(),
                    Map.of("reason", e.kind().name().toLowerCase())).toException();
        }
    }

    @Override
    public OrganizationMapping updateMapping(UUID tenantId, String actor, String provider, UUID mappingId, MappingUpdate update) {
        IntegrationProvider p = registry.require(provider);
        IntegrationRecord row = integrations.find(tenantId, p.id()).orElseThrow(() -> new NotFoundException("Integration"));
        OrganizationMapping result = mappings.update(tenantId, row.id(), mappingId, new OrganizationMappingService.MappingChange(
                update.clientSet(), update.clientId(), update.autoCreateTickets(), update.autoSyncAssets()));
        audit.record(tenantId, actor, "integration.mapping.updated", "organization_mapping", mappingId.toString(),
                Map.of("provider", provider, "clientId", String.valueOf(result.clientId())));
        return result;
    }

    @Override
    public WebhookDetails webhook(UUID tenantId, String provider, String baseUrl) {
        IntegrationProvider p = registry.require(provider);
        if (!(p instanceof WebhookCapability capability)) {
            throw new NotFoundException("Webhook of " + provider);
        }
        IntegrationRecord row = activeRow(tenantId, p);
        Secret secret = secrets.get(tenantId, webhookSecretName(provider)).orElseGet(() -> {
            Secret created = Secret.of(Tokens.random(random, 24));
            secrets.put(tenantId, webhookSecretName(provider), created);
            webhookCredentials.forgetAll();
            return created;
        });
        return details(row, capability, secret, baseUrl);
    }

    @Override
    public WebhookDetails rotateWebhookSecret(UUID tenantId, String actor, String provider, String baseUrl) {
        IntegrationProvider p = registry.require(provider);
        if (!(p instanceof WebhookCapability capability)) {
            throw new NotFoundException("Webhook of " + provider);
        }
        IntegrationRecord row = activeRow(tenantId, p);
        Secret secret = Secret.of(Tokens.random(random, 24));
        secrets.put(tenantId, webhookSecretName(provider), secret);
        webhookCredentials.forgetAll();
        audit.record(tenantId, actor, "integration.webhook.rotated", "integration", row.id().toString(), Map.of("provider", provider));
        return details(row, capability, secret, baseUrl);
    }

    private WebhookDetails details(IntegrationRecord row, WebhookCapability capability, Secret secret, String baseUrl) {
        String base = properties.publicUrl() != null && !properties.publicUrl().isBlank() ? properties.publicUrl() : baseUrl;
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        String url = base + "/api/v1/webhooks/" + row.provider() + "/" + row.webhookKey();
        return new WebhookDetails(url, capability.secretHeader(), secret.reveal(), capability.payloadTemplate());
    }

    static String webhookSecretName(String provider) {
        return provider + ".webhook_secret";
    }

    private IntegrationRecord activeRow(UUID tenantId, IntegrationProvider p) {
        return integrations.find(tenantId, p.id()).filter(IntegrationRecord::active)
                .orElseThrow(() -> new Problem(409, "not-connected", "Not connected",
                        p.descriptor().title() + " is not connected; connect it first.", null).toException());
    }
}
