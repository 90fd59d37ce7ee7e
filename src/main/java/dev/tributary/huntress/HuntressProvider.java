package dev.tributary.huntress;

import dev.tributary.huntress.client.Account;
import dev.tributary.huntress.client.HuntressClient;
import dev.tributary.huntress.client.HuntressClients;
import dev.tributary.huntress.client.Organization;
import dev.tributary.huntress.incident.HuntressPoller;
import dev.tributary.huntress.settings.HuntressSettings;
import dev.tributary.huntress.settings.PriorityPrefill;
import dev.tributary.huntress.settings.SettingsValidator;
import dev.tributary.huntress.web.RoutingSection;
import dev.tributary.integration.Alerts;
import dev.tributary.integration.Capability;
import dev.tributary.integration.Category;
import dev.tributary.integration.ConnectedAccount;
import dev.tributary.integration.ConnectionCapability;
import dev.tributary.integration.ConnectionField;
import dev.tributary.integration.IntegrationProvider;
import dev.tributary.integration.IntegrationRecord;
import dev.tributary.integration.IntegrationRef;
import dev.tributary.integration.IntegrationStatus;
import dev.tributary.integration.Integrations;
import dev.tributary.integration.OrganizationMappings;
import dev.tributary.integration.ProviderDescriptor;
import dev.tributary.integration.ProviderWebSections;
import dev.tributary.integration.RunCapability;
import dev.tributary.integration.RunContext;
import dev.tributary.integration.RunKind;
import dev.tributary.integration.ScopeDiscovery;
import dev.tributary.integration.ScopeSnapshot;
import dev.tributary.integration.SettingsCapability;
import dev.tributary.integration.http.ProblemKind;
import dev.tributary.integration.http.ProviderException;
import dev.tributary.integration.http.UrlPolicy;
import dev.tributary.platform.InvalidFieldException;
import dev.tributary.platform.Secret;
import dev.tributary.platform.SecretStore;
import dev.tributary.platform.TributaryProperties;
import dev.tributary.psa.Clients;
import dev.tributary.psa.TicketSetup;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Huntress as an integration provider: connect with an API key pair (checked live with
 * {@code GET /v1/account}), organizations as mapping scopes, the incident poll as its run, validated
 * routing settings, and the routing section of its settings page.
 */
@Component
public class HuntressProvider implements IntegrationProvider, ConnectionCapability, ScopeDiscovery, RunCapability,
        SettingsCapability, ProviderWebSections {

    public static final String ID = "huntress";
    public static final String API_KEY = "huntress.api_key";
    public static final String API_SECRET = "huntress.api_secret";

    private static final Logger log = LoggerFactory.getLogger(HuntressProvider.class);
    private static final ProviderDescriptor DESCRIPTOR = new ProviderDescriptor(ID, "Huntress", Category.SECURITY, true,
            EnumSet.of(Capability.CONNECTION, Capability.SCOPE_SYNC, Capability.INCIDENT_POLLING),
            "SOC-reviewed incident reports become routed, self-contained tickets.");

    private final HuntressClients clients;
    private final HuntressProperties properties;
    private final TributaryProperties tributary;
    private final SecretStore secrets;
    private final TicketSetup setup;
    private final Alerts alerts;
    private final SettingsValidator validator;
    private final ObjectProvider<Integrations> integrations;
    private final ObjectProvider<OrganizationMappings> mappings;
    private final ObjectProvider<HuntressPoller> poller;
    private final ObjectProvider<RoutingSection> routing;

    // Integrations (and the poller, through it) depend on the provider registry, which collects this
    // bean: they are resolved on first use.
    HuntressProvider(HuntressClients clients, HuntressProperties properties, TributaryProperties tributary, SecretStore secrets,
                     TicketSetup setup, Clients clientRecords, Alerts alerts, ObjectProvider<Integrations> integrations,
                     ObjectProvider<OrganizationMappings> mappings, ObjectProvider<HuntressPoller> poller,
                     ObjectProvider<RoutingSection> routing) {
        this.clients = clients;
        this.properties = properties;
        this.tributary = tributary;
        this.secrets = secrets;
        this.setup = setup;
        this.alerts = alerts;
        this.validator = new SettingsValidator(setup, clientRecords);
        this.integrations = integrations;
        this.mappings = mappings;
        this.poller = poller;
        this.routing = routing;
    }

    @Override
    public ProviderDescriptor descriptor() {
        return DESCRIPTOR;
    }

    // ---------------------------------------------------------------- connection

    @Override
    public ConnectedAccount connect(UUID tenantId, JsonNode request) {
        Secret apiKey = required(request, "apiKey");
        Secret apiSecret = required(request, "apiSecret");
        String rawUrl = request.path("baseUrl").isString() ? request.path("baseUrl").asString() : null;
        String baseUrl = rawUrl == null || rawUrl.isBlank() ? properties.defaultBaseUrl()
                : UrlPolicy.normalize(rawUrl, "baseUrl", tributary.allowHttpProviderUrls());
        Account account = clients.forConnectionCheck(baseUrl, apiKey, apiSecret).account();
        if (account.id() == null && account.subdomain() == null && account.name() == null) {
            throw new ProviderException(ProblemKind.MALFORMED_RESPONSE, 200,
                    "Huntress answered /v1/account without an account: check that the base URL points at the Huntress API.");
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put(HuntressSettings.ACCOUNT_ID, account.id());
        settings.put(HuntressSettings.ACCOUNT_NAME, account.name());
        settings.put(HuntressSettings.ACCOUNT_SUBDOMAIN, account.subdomain());
        integrations.getObject().find(tenantId, ID).ifPresent(existing -> {
            Object previousAccount = existing.settings().get(HuntressSettings.ACCOUNT_ID);
            boolean otherAccount = previousAccount != null && !Objects.equals(String.valueOf(previousAccount), account.id());
            boolean otherHost = existing.instanceUrl() != null && !existing.instanceUrl().equals(baseUrl);
            if (otherAccount || otherHost) {
                // Another Huntress account: the old cursor says nothing about its incidents.
                settings.put(HuntressSettings.INCIDENT_CURSOR, null);
            }
        });
        Map<String, Secret> stored = new LinkedHashMap<>();
        stored.put(API_KEY, apiKey);
        stored.put(API_SECRET, apiSecret);
        return new ConnectedAccount(baseUrl, stored, settings);
    }

    private static Secret required(JsonNode request, String field) {
        JsonNode value = request.get(field);
        if (value == null || !value.isString() || value.asString().isBlank()) {
            throw new InvalidFieldException(field, "is required");
        }
        return Secret.of(value.asString().trim());
    }

    /** Pre-fills the severity → priority map (keeping the user's choices), then runs the first organization sync. */
    @Override
    public void afterConnect(IntegrationRef integration) {
        try {
            var priorities = setup.priorities(integration.tenantId());
            integrations.getObject().updateSettings(integration, current -> {
                Object map = current.get(HuntressSettings.SEVERITY_PRIORITY_MAP);
                current.put(HuntressSettings.SEVERITY_PRIORITY_MAP,
                        PriorityPrefill.prefill(map instanceof Map<?, ?> m ? castMap(m) : Map.of(), priorities));
                return current;
            });
        } catch (RuntimeException e) {
            log.warn("Could not pre-fill the Huntress severity priorities: {}", e.getMessage());
        }
        var result = mappings.getObject().upsertDiscovered(integration.tenantId(), integration.integrationId(),
                discoverScopes(integration), scopeDefaults());
        log.info("Huntress connected; first organization sync: {}", result.asMap());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> castMap(Map<?, ?> map) {
        return (Map<String, ?>) map;
    }

    @Override
    public List<ConnectionField> connectionFields() {
        return List.of(
                ConnectionField.secret("apiKey", "API key", true,
                        "Generate a key pair in the Huntress portal under Account → API Credentials."),
                ConnectionField.secret("apiSecret", "API secret", true, "Shown once by Huntress when the key pair is generated."),
                ConnectionField.url("baseUrl", "API base URL", false, "Leave empty for the Huntress API.", properties.defaultBaseUrl()));
    }

    @Override
    public List<String> secretNames() {
        return List.of(API_KEY, API_SECRET);
    }

    @Override
    public Map<String, String> maskedCredentials(IntegrationRef integration) {
        Map<String, String> masked = new LinkedHashMap<>();
        secrets.get(integration.tenantId(), API_KEY).ifPresent(s -> masked.put("apiKey", s.masked()));
        secrets.get(integration.tenantId(), API_SECRET).ifPresent(s -> masked.put("apiSecret", s.masked()));
        return masked;
    }

    /** The account's client, gated by the account's rate limit. */
    HuntressClient client(IntegrationRef integration) {
        IntegrationRecord row = integrations.getObject().require(integration);
        Secret key = secrets.get(integration.tenantId(), API_KEY).orElse(null);
        Secret secret = secrets.get(integration.tenantId(), API_SECRET).orElse(null);
        if (key == null || secret == null) {
            throw new ProviderException(ProblemKind.BAD_CREDENTIALS,
                    "The Huntress API key or secret is missing: connect Huntress again.");
        }
        String baseUrl = row.instanceUrl() != null ? row.instanceUrl() : properties.defaultBaseUrl();
        return clients.forAccount(baseUrl, HuntressSettings.parse(row.settings()).accountId(), key, secret);
    }

    // ---------------------------------------------------------------- organizations

    @Override
    public List<ScopeSnapshot> discoverScopes(IntegrationRef integration) {
        return client(integration).organizations().stream().map(HuntressProvider::scope).toList();
    }

    static ScopeSnapshot scope(Organization org) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("key", org.key());
        if (org.agentsCount() != null) {
            metadata.put("agentsCount", org.agentsCount());
        }
        String name = org.name() != null ? org.name() : "Huntress organization " + org.id();
        return new ScopeSnapshot(org.id(), name, "organization", metadata);
    }

    /** Huntress organizations create tickets by default; Huntress has no asset sync. */
    @Override
    public ScopeDefaults scopeDefaults() {
        return new ScopeDefaults(true, false);
    }

    // ---------------------------------------------------------------- runs

    @Override
    public Set<RunKind> runKinds() {
        return EnumSet.of(RunKind.POLL);
    }

    @Override
    public void execute(RunContext context) {
        poller.getObject().poll(context, () -> client(context.integration()), scopeDefaults());
    }

    @Override
    public Map<RunKind, Duration> schedules(Map<String, Object> settings) {
        return Map.of(RunKind.POLL, HuntressSettings.parse(settings).pollInterval());
    }

    // ---------------------------------------------------------------- settings

    @Override
    public Map<String, Object> defaultSettings() {
        return HuntressSettings.defaults();
    }

    @Override
    public Map<String, Object> applyPatch(UUID tenantId, Map<String, Object> current, JsonNode patch) {
        return validator.apply(tenantId, current, patch);
    }

    @Override
    public Set<String> readOnlyKeys() {
        return SettingsValidator.READ_ONLY;
    }

    @Override
    public Map<String, Object> statusDetails(IntegrationRef integration, Map<String, Object> settings) {
        HuntressSettings parsed = HuntressSettings.parse(settings);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("routingComplete", parsed.routingComplete());
        details.put("routingMissing", parsed.missingRouting());
        details.put("openIncidents", alerts.countByStatus(integration.tenantId(), integration.integrationId(), "sent",
                "auto_remediating"));
        return details;
    }

    // ---------------------------------------------------------------- web

    @Override
    public List<String> sections() {
        return List.of("huntress/routing :: section");
    }

    @Override
    public Map<String, Object> sectionModel(IntegrationRef integration, IntegrationStatus status) {
        return Map.of(RoutingSection.MODEL, routing.getObject().view(integration, status));
    }
}
