package dev.tributary.tanium;

import static dev.tributary.platform.RequestFields.text;

import dev.tributary.integration.Capability;
import dev.tributary.integration.Category;
import dev.tributary.integration.ConnectedAccount;
import dev.tributary.integration.ConnectionCapability;
import dev.tributary.integration.ConnectionField;
import dev.tributary.integration.DeviceSyncSettings;
import dev.tributary.integration.IntegrationProvider;
import dev.tributary.integration.IntegrationRecord;
import dev.tributary.integration.IntegrationRef;
import dev.tributary.integration.Integrations;
import dev.tributary.integration.OrganizationMappings;
import dev.tributary.integration.ProviderDescriptor;
import dev.tributary.integration.RunCapability;
import dev.tributary.integration.RunContext;
import dev.tributary.integration.RunKind;
import dev.tributary.integration.ScopeDiscovery;
import dev.tributary.integration.ScopeSnapshot;
import dev.tributary.integration.SettingsCapability;
import dev.tributary.integration.http.ProblemKind;
import dev.tributary.integration.http.ProviderException;
import dev.tributary.platform.InvalidFieldException;
import dev.tributary.platform.Secret;
import dev.tributary.platform.SecretStore;
import dev.tributary.platform.TributaryProperties;
import dev.tributary.tanium.client.AssetApiClient;
import dev.tributary.tanium.client.GatewayClient;
import dev.tributary.tanium.client.GatewayQueryException;
import dev.tributary.tanium.client.TaniumClients;
import dev.tributary.tanium.client.TaniumDocument;
import dev.tributary.tanium.client.TaniumToken;
import dev.tributary.tanium.client.TaniumUrls;
import dev.tributary.tanium.sync.TaniumDeviceSync;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Tanium as a kernel provider: connection (a cheap Gateway probe, plus the Asset API when its fallback
 * is on), computer groups as scopes, full and incremental device syncs, and Tanium's settings. It has
 * no page of its own; the kernel's provider page renders it from these capabilities.
 */
@Component
class TaniumProvider implements IntegrationProvider, ConnectionCapability, ScopeDiscovery, RunCapability, SettingsCapability {

    static final String ID = "tanium";
    static final String TOKEN_SECRET = ID + ".api_token";
    private static final int GROUP_PAGE_SIZE = 500;
    private static final Logger log = LoggerFactory.getLogger(TaniumProvider.class);

    private final SecretStore secrets;
    /** Looked up lazily: the kernel's integration service itself needs the provider registry. */
    private final ObjectProvider<Integrations> integrations;
    private final OrganizationMappings mappings;
    private final TaniumDeviceSync deviceSync;
    private final boolean allowHttp;

    TaniumProvider(SecretStore secrets, ObjectProvider<Integrations> integrations, OrganizationMappings mappings, TaniumDeviceSync deviceSync,
                   TributaryProperties properties) {
        this.secrets = secrets;
        this.integrations = integrations;
        this.mappings = mappings;
        this.deviceSync = deviceSync;
        this.allowHttp = properties.allowHttpProviderUrls();
    }

    @Override
    public ProviderDescriptor descriptor() {
        return new ProviderDescriptor(ID, "Tanium", Category.RMM, true,
                EnumSet.of(Capability.CONNECTION, Capability.SCOPE_SYNC, Capability.DEVICE_SYNC),
                "Endpoint inventory from the Tanium Gateway by computer group, with the Asset API for aged-out endpoints.");
    }

    // ---- connection -----------------------------------------------------------------------------

    @Override
    public ConnectedAccount connect(UUID tenantId, JsonNode request) {
        String gatewayUrl = TaniumUrls.gateway(text(request, "gatewayUrl"), "gatewayUrl", allowHttp);
        Secret token = TaniumToken.parse(text(request, "apiToken"), "apiToken");
        String rawAssetUrl = text(request, TaniumSettings.ASSET_API_URL);
        String assetApiUrl = rawAssetUrl == null || rawAssetUrl.isBlank() ? null
                : TaniumUrls.assetApi(rawAssetUrl, TaniumSettings.ASSET_API_URL, allowHttp);
        JsonNode fallbackField = request.get(TaniumSettings.FALLBACK);
        if (fallbackField != null && !fallbackField.isNull() && !fallbackField.isBoolean()) {
            throw new InvalidFieldException(TaniumSettings.FALLBACK, "must be true or false");
        }
        boolean fallback = fallbackField != null && fallbackField.asBoolean(false);

        GatewayClient.Result probe = TaniumClients.gateway(gatewayUrl, token, true)
                .execute(TaniumDocument.CONNECTION_PROBE, Map.of());
        if (!probe.data().path("now").isString()) {
            throw new ProviderException(ProblemKind.MALFORMED_RESPONSE, "Tanium Gateway answered the connection check "
                    + "without the current time: the URL does not point at a Tanium Gateway.");
        }
        if (fallback) {
            String effective = assetApiUrl != null ? assetApiUrl : TaniumUrls.assetApiFromGateway(gatewayUrl);
            TaniumClients.assetApi(effective, token, true).page(0, 1);
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put(TaniumSettings.ASSET_API_URL, assetApiUrl);
        settings.put(TaniumSettings.FALLBACK, fallback);
        if (probe.gatewayVersion() != null) {
            settings.put(TaniumSettings.GATEWAY_VERSION, probe.gatewayVersion());
        }
        return new ConnectedAccount(gatewayUrl, Map.of(TOKEN_SECRET, token), settings);
    }

    @Override
    public List<ConnectionField> connectionFields() {
        return List.of(
                ConnectionField.url("gatewayUrl", "Gateway URL", true, "The Tanium API host (Tanium Cloud: "
                        + "https://<customer>-api.cloud.tanium.com, not the console host) or your Tanium Server; "
                        + "/plugin/products/gateway/graphql is added.", "https://acme-api.cloud.tanium.com"),
                ConnectionField.secret("apiToken", "API token", true, "Administration > Permissions > API Tokens. Paste "
                        + "the whole token including \"token-\"; add this server's IP address to the token's trusted IP "
                        + "addresses; its persona needs the Gateway API Execute permission."),
                ConnectionField.url(TaniumSettings.ASSET_API_URL, "Asset API URL", false, "Only if the Asset API is not on "
                        + "the Gateway's host; /plugin/products/asset is added.", "https://acme-api.cloud.tanium.com"),
                ConnectionField.checkbox(TaniumSettings.FALLBACK, "Use the Asset API for aged-out endpoints",
                        "After a full sync, endpoints no longer in the Gateway (aged out of the Tanium Data Service) are "
                                + "looked up in the Asset API and kept as offline; needs Asset Report Read."));
    }

    @Override
    public List<String> secretNames() {
        return List.of(TOKEN_SECRET);
    }

    @Override
    public Map<String, String> maskedCredentials(IntegrationRef integration) {
        return secrets.get(integration.tenantId(), TOKEN_SECRET).map(s -> Map.of("apiToken", s.masked())).orElse(Map.of());
    }

    @Override
    public void afterConnect(IntegrationRef integration) {
        mappings.upsertDiscovered(integration.tenantId(), integration.integrationId(), discoverScopes(integration), scopeDefaults());
    }

    // ---- scopes ---------------------------------------------------------------------------------------

    @Override
    public List<ScopeSnapshot> discoverScopes(IntegrationRef integration) {
        GatewayClient gateway = gateway(integration, false);
        List<ScopeSnapshot> scopes = new ArrayList<>();
        String after = null;
        boolean restarted = false;
        while (true) {
            Map<String, Object> variables = new LinkedHashMap<>();
            variables.put("first", GROUP_PAGE_SIZE);
            variables.put("after", after);
            JsonNode connection;
            try {
                connection = gateway.execute(TaniumDocument.COMPUTER_GROUPS, variables).data().path("computerGroups");
            } catch (GatewayQueryException e) {
                if (e.cursorExpired() && after != null && !restarted) {
                    restarted = true;
                    after = null;
                    scopes.clear();
                    continue;
                }
                throw e;
            }
            for (JsonNode edge : connection.path("edges")) {
                JsonNode node = edge.path("node");
                String id = node.path("id").asString("");
                if (id.isEmpty()) {
                    continue;
                }
                Map<String, Object> metadata = new LinkedHashMap<>();
                metadata.put("kind", "computer_group");
                metadata.put("type", node.path("type").asString(""));
                metadata.put("managementRightsEnabled", node.path("managementRightsEnabled").asBoolean(false));
                metadata.put("filterEnabled", node.path("filterEnabled").asBoolean(false));
                metadata.put("expression", node.path("expression").asString(""));
                scopes.add(new ScopeSnapshot(id, node.path("name").asString(id), "computer_group", metadata));
            }
            JsonNode pageInfo = connection.path("pageInfo");
            String end = pageInfo.path("endCursor").isString() ? pageInfo.get("endCursor").asString() : null;
            if (!pageInfo.path("hasNextPage").asBoolean(false) || end == null || end.isEmpty() || end.equals(after)) {
                return scopes;
            }
            after = end;
        }
    }

    /** New computer groups sync assets once mapped; Tanium raises no tickets. */
    @Override
    public ScopeDefaults scopeDefaults() {
        return new ScopeDefaults(false, true);
    }

    // ---- runs -----------------------------------------------------------------------------------------

    @Override
    public Set<RunKind> runKinds() {
        return EnumSet.of(RunKind.FULL_SYNC, RunKind.INCREMENTAL_SYNC);
    }

    @Override
    public void execute(RunContext context) {
        IntegrationRef ref = context.integration();
        TaniumSettings settings = TaniumSettings.of(context.settings());
        IntegrationRecord row = integrations.getObject().require(ref);
        Secret token = token(ref);
        GatewayClient gateway = TaniumClients.gateway(row.instanceUrl(), token, false);
        deviceSync.execute(context, gateway, settings.pageSize(), settings.onlineWindow(), settings.useAssetApiFallback()
                ? () -> TaniumClients.assetApi(settings.effectiveAssetApiUrl(row.instanceUrl()), token, false) : null);
    }

    @Override
    public Map<RunKind, Duration> schedules(Map<String, Object> settings) {
        return DeviceSyncSettings.schedules(settings);
    }

    // ---- settings -------------------------------------------------------------------------------------

    @Override
    public Map<String, Object> defaultSettings() {
        return TaniumSettings.defaults();
    }

    @Override
    public Map<String, Object> applyPatch(UUID tenantId, Map<String, Object> current, JsonNode patch) {
        return TaniumSettings.applyPatch(current, patch, allowHttp);
    }

    @Override
    public Set<String> readOnlyKeys() {
        return TaniumSettings.READ_ONLY;
    }

    // ---- helpers --------------------------------------------------------------------------------------

    private GatewayClient gateway(IntegrationRef ref, boolean interactive) {
        IntegrationRecord row = integrations.getObject().require(ref);
        return TaniumClients.gateway(row.instanceUrl(), token(ref), interactive);
    }

    private Secret token(IntegrationRef ref) {
        return secrets.get(ref.tenantId(), TOKEN_SECRET).orElseThrow(() -> new ProviderException(ProblemKind.BAD_CREDENTIALS,
                "The Tanium API token is missing; connect Tanium again."));
    }
}
