package dev.tributary.tacticalrmm;

import dev.tributary.integration.Capability;
import dev.tributary.integration.Category;
import dev.tributary.integration.ConnectedAccount;
import dev.tributary.integration.ConnectionCapability;
import dev.tributary.integration.ConnectionField;
import dev.tributary.integration.ExternalEntities;
import dev.tributary.integration.IntegrationProvider;
import dev.tributary.integration.IntegrationRef;
import dev.tributary.integration.OrganizationMappings;
import dev.tributary.integration.IntegrationStatus;
import dev.tributary.integration.ProviderDescriptor;
import dev.tributary.integration.ProviderWebSections;
import dev.tributary.integration.RunCapability;
import dev.tributary.integration.RunContext;
import dev.tributary.integration.RunKind;
import dev.tributary.integration.ScopeDiscovery;
import dev.tributary.integration.ScopeSnapshot;
import dev.tributary.integration.SettingsCapability;
import dev.tributary.integration.WebhookCapability;
import dev.tributary.integration.http.ProviderJson;
import dev.tributary.platform.SecretStore;
import dev.tributary.platform.TributaryProperties;
import dev.tributary.psa.Assets;
import dev.tributary.tacticalrmm.client.TacticalApi;
import dev.tributary.tacticalrmm.client.TacticalClients;
import dev.tributary.tacticalrmm.client.TacticalSecrets;
import dev.tributary.tacticalrmm.sync.AlertBackfill;
import dev.tributary.tacticalrmm.sync.SoftwareSync;
import dev.tributary.tacticalrmm.sync.TacticalDeviceSync;
import dev.tributary.tacticalrmm.webhook.AlertWriter;
import dev.tributary.tacticalrmm.webhook.TacticalWebhookReceiver;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Tactical RMM as a kernel provider: connection (API key, or username/password with two-factor), clients as
 * scopes, full and incremental device syncs, alert webhooks, alert backfill and software inventory. It has no page
 * of its own; the kernel's provider page renders it from these capabilities.
 */
@Component
class TacticalProvider implements IntegrationProvider, ConnectionCapability, ScopeDiscovery, RunCapability, SettingsCapability,
        WebhookCapability, ProviderWebSections {

    static final String ID = "tacticalrmm";
    static final String SECRET_HEADER = "X-Alga-Webhook-Secret";

    private final SecretStore secrets;
    private final OrganizationMappings mappings;
    private final TacticalClients clients;
    private final TacticalWebhookReceiver webhooks;
    private final AlertWriter alertWriter;
    private final ExternalEntities entities;
    private final Assets assets;
    private final Clock clock;
    private final boolean allowHttp;

    TacticalProvider(SecretStore secrets, OrganizationMappings mappings, TacticalClients clients, TacticalWebhookReceiver webhooks,
                     AlertWriter alertWriter, ExternalEntities entities, Assets assets, Clock clock, TributaryProperties properties) {
        this.secrets = secrets;
        this.mappings = mappings;
        this.clients = clients;
        this.webhooks = webhooks;
        this.alertWriter = alertWriter;
        this.entities = entities;
        this.assets = assets;
        this.clock = clock;
        this.allowHttp = properties.allowHttpProviderUrls();
    }

    @Override
    public ProviderDescriptor descriptor() {
        return new ProviderDescriptor(ID, "Tactical RMM", Category.RMM, false,
                EnumSet.of(Capability.CONNECTION, Capability.SCOPE_SYNC, Capability.DEVICE_SYNC, Capability.WEBHOOK_EVENTS,
                        Capability.ALERT_BACKFILL, Capability.SOFTWARE_INVENTORY),
                "Agents as assets with online/offline/overdue status, alert webhooks, alert backfill and software inventory.");
    }

    // ---- connection -----------------------------------------------------------------------------

    @Override
    public ConnectedAccount connect(UUID tenantId, JsonNode request) {
        return TacticalConnection.connect(request, allowHttp, clock);
    }

    @Override
    public List<ConnectionField> connectionFields() {
        return TacticalConnection.fields();
    }

    @Override
    public List<String> secretNames() {
        return TacticalSecrets.ALL;
    }

    @Override
    public Map<String, String> maskedCredentials(IntegrationRef integration) {
        Map<String, String> masked = new LinkedHashMap<>();
        UUID tenant = integration.tenantId();
        secrets.get(tenant, TacticalSecrets.API_KEY).ifPresent(s -> masked.put("apiKey", s.masked()));
        secrets.get(tenant, TacticalSecrets.USERNAME).ifPresent(s -> masked.put("username", s.reveal()));
        secrets.get(tenant, TacticalSecrets.PASSWORD).ifPresent(s -> masked.put("password", s.masked()));
        secrets.get(tenant, TacticalSecrets.KNOX_TOKEN).ifPresent(s -> masked.put("knoxToken", s.masked()));
        secrets.get(tenant, TacticalSecrets.TOTP_SECRET).ifPresent(s -> masked.put("totpSecret", s.masked()));
        return masked;
    }

    @Override
    public void afterConnect(IntegrationRef integration) {
        mappings.upsertDiscovered(integration.tenantId(), integration.integrationId(), discoverScopes(integration), scopeDefaults());
    }

    // ---- scopes ---------------------------------------------------------------------------------------

    /** {@code GET /beta/v1/client/}: a plain array (not paginated), ordered by name. */
    @Override
    public List<ScopeSnapshot> discoverScopes(IntegrationRef integration) {
        TacticalApi api = clients.api(integration);
        List<ScopeSnapshot> scopes = new ArrayList<>();
        api.pages("/beta/v1/client/", Map.of(), page -> {
            for (JsonNode client : page.results()) {
                String id = ProviderJson.text(client, "id");
                if (id == null) {
                    continue;
                }
                Map<String, Object> metadata = new LinkedHashMap<>();
                metadata.put("kind", "client");
                Long serverPolicy = ProviderJson.longValue(client, "server_policy");
                Long workstationPolicy = ProviderJson.longValue(client, "workstation_policy");
                if (serverPolicy != null) {
                    metadata.put("serverPolicy", serverPolicy);
                }
                if (workstationPolicy != null) {
                    metadata.put("workstationPolicy", workstationPolicy);
                }
                String name = ProviderJson.text(client, "name");
                scopes.add(new ScopeSnapshot(id, name == null ? id : name, "client", metadata));
            }
        });
        return scopes;
    }

    /** New Tactical clients sync assets once mapped; tickets are not raised from Tactical. */
    @Override
    public ScopeDefaults scopeDefaults() {
        return new ScopeDefaults(false, true);
    }

    // ---- runs -----------------------------------------------------------------------------------------

    @Override
    public Set<RunKind> runKinds() {
        return EnumSet.of(RunKind.FULL_SYNC, RunKind.INCREMENTAL_SYNC, RunKind.ALERTS_BACKFILL, RunKind.SOFTWARE_SYNC);
    }

    @Override
    public void execute(RunContext context) {
        TacticalApi api = clients.api(context.integration());
        switch (context.kind()) {
            case FULL_SYNC, INCREMENTAL_SYNC -> new TacticalDeviceSync(context, api, clock).run();
            case ALERTS_BACKFILL -> new AlertBackfill(context, api, alertWriter, entities)
                    .run(TacticalSettings.backfillDays(context.settings()));
            case SOFTWARE_SYNC -> new SoftwareSync(context, api, assets, entities).run();
            default -> throw new IllegalArgumentException("Tactical RMM does not run " + context.kind().value());
        }
    }

    @Override
    public Map<RunKind, Duration> schedules(Map<String, Object> settings) {
        return TacticalSettings.schedules(settings);
    }

    // ---- settings -------------------------------------------------------------------------------------

    @Override
    public Map<String, Object> defaultSettings() {
        return TacticalSettings.defaults();
    }

    @Override
    public Map<String, Object> applyPatch(UUID tenantId, Map<String, Object> current, JsonNode patch) {
        return TacticalSettings.applyPatch(current, patch);
    }

    @Override
    public Set<String> readOnlyKeys() {
        return TacticalSettings.READ_ONLY;
    }

    // ---- webhook --------------------------------------------------------------------------------------

    @Override
    public String secretHeader() {
        return SECRET_HEADER;
    }

    @Override
    public String payloadTemplate() {
        return TacticalWebhookReceiver.PAYLOAD_TEMPLATE;
    }

    @Override
    public int receive(IntegrationRef integration, byte[] body, Map<String, List<String>> headers) {
        webhooks.receive(integration, body);
        return 202;
    }

    // ---- page -----------------------------------------------------------------------------------------

    @Override
    public List<String> sections() {
        return List.of(TacticalSetupSection.FRAGMENT);
    }

    @Override
    public Map<String, Object> sectionModel(IntegrationRef integration, IntegrationStatus status) {
        return TacticalSetupSection.model(status.settings(), SECRET_HEADER);
    }
}
