package dev.tributary.demo;

import dev.tributary.integration.IntegrationAdmin;
import dev.tributary.integration.IntegrationAdmin.MappingUpdate;
import dev.tributary.integration.OrganizationMapping;
import dev.tributary.integration.OrganizationMappings;
import dev.tributary.integration.ProviderRegistry;
import dev.tributary.integration.RunKind;
import dev.tributary.integration.RunTrigger;
import dev.tributary.integration.SyncRuns;
import dev.tributary.platform.Tenants;
import dev.tributary.psa.Clients;
import dev.tributary.psa.Clients.ClientInfo;
import dev.tributary.psa.TicketSetup;
import dev.tributary.psa.TicketSetup.BoardInfo;
import dev.tributary.psa.TicketSetup.PriorityInfo;
import dev.tributary.psa.TicketSetup.StatusInfo;
import dev.tributary.simulator.huntress.HuntressOrganization;
import dev.tributary.simulator.tactical.TacticalClient;
import dev.tributary.simulator.tanium.TaniumComputerGroup;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seeds the demo tenant and connects every provider to its simulator. Safe to run on every
 * start: records are created only when missing and connections are refreshed (simulators get new
 * ports each start, and their deterministic data keeps ids stable, so nothing duplicates).
 */
@Component
@Profile("demo")
class DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final Tenants tenants;
    private final Clients clients;
    private final TicketSetup setup;
    private final IntegrationAdmin admin;
    private final OrganizationMappings mappings;
    private final ProviderRegistry registry;
    private final SyncRuns runs;
    private final DemoSimulators simulators;
    private final DemoState state;
    private final JsonMapper mapper;
    private final Environment environment;

    DemoSeeder(Tenants tenants, Clients clients, TicketSetup setup, IntegrationAdmin admin, OrganizationMappings mappings,
               ProviderRegistry registry, SyncRuns runs,
               DemoSimulators simulators, DemoState state, JsonMapper mapper, Environment environment) {
        this.tenants = tenants;
        this.clients = clients;
        this.setup = setup;
        this.admin = admin;
        this.mappings = mappings;
        this.registry = registry;
        this.runs = runs;
        this.simulators = simulators;
        this.state = state;
        this.mapper = mapper;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    void seed() {
        UUID tenant = tenants.bootstrapTenant().orElseThrow().id();
        String base = "http://127.0.0.1:" + environment.getProperty("local.server.port", "8080");
        Routing routing = serviceDesk(tenant);
        Set<String> clientNames = new LinkedHashSet<>();
        List<HuntressOrganization> organizations = simulators.huntress().organizations();
        // Every Huntress organization but the last gets a client of the same name (auto-matched);
        // the last one stays unmapped so its incidents show the fallback routing.
        for (int i = 0; i < organizations.size() - 1; i++) {
            clientNames.add(organizations.get(i).name);
        }
        simulators.tactical().clients().stream().map(TacticalClient::name).forEach(clientNames::add);
        simulators.tanium().computerGroups().stream().filter(g -> !g.name().startsWith("All ")).map(TaniumComputerGroup::name)
                .forEach(clientNames::add);
        Set<String> existing = new LinkedHashSet<>(clients.list(tenant).stream().map(ClientInfo::name).toList());
        clientNames.stream().filter(name -> !existing.contains(name)).forEach(name -> clients.create(tenant, name));

        connectHuntress(tenant, routing);
        connectTactical(tenant, base);
        connectTanium(tenant);
        state.ready(tenant, base);
        log.info("""

                ============================================================
                 Tributary demo is running:  {}
                 Sign in as  admin / {}
                 Simulated Huntress, Tactical RMM and Tanium are connected;
                 incidents, alerts and agent changes keep arriving.
                ============================================================
                """, base, environment.getProperty("tributary.bootstrap.admin-password", "demo-password"));
    }

    record Routing(UUID securityBoard, UUID triageBoard, UUID fallbackClient, UUID category, UUID subcategory, UUID closedStatus,
                   Map<String, UUID> priorities) {
    }

    private Routing serviceDesk(UUID tenant) {
        BoardInfo security = board(tenant, "Security", false);
        BoardInfo triage = board(tenant, "Triage", false);
        board(tenant, "Service Desk", true);
        if (setup.statuses(tenant, security.id()).stream().noneMatch(s -> s.name().equals("In Progress"))) {
            setup.createStatus(tenant, security.id(), "In Progress", false, false);
            setup.createStatus(tenant, security.id(), "Resolved", true, false);
        }
        StatusInfo resolved = setup.statuses(tenant, security.id()).stream().filter(s -> s.name().equals("Resolved")).findFirst()
                .orElseThrow();
        Map<String, UUID> priorities = new java.util.LinkedHashMap<>();
        for (String name : List.of("Critical", "High", "Medium", "Low")) {
            Optional<PriorityInfo> found = setup.priorities(tenant).stream().filter(p -> p.name().equals(name)).findFirst();
            priorities.put(name, found.map(PriorityInfo::id).orElseGet(() -> setup.createPriority(tenant, name, null).id()));
        }
        var category = setup.categories(tenant).stream().filter(c -> c.name().equals("Security incident")).findFirst()
                .orElseGet(() -> setup.createCategory(tenant, "Security incident", security.id(), null));
        var subcategory = setup.categories(tenant).stream().filter(c -> c.name().equals("Endpoint detection")).findFirst()
                .orElseGet(() -> setup.createCategory(tenant, "Endpoint detection", null, category.id()));
        UUID fallback = clients.list(tenant).stream().filter(c -> c.name().equals("Unassigned (triage)")).findFirst()
                .map(ClientInfo::id).orElseGet(() -> clients.create(tenant, "Unassigned (triage)").id());
        return new Routing(security.id(), triage.id(), fallback, category.id(), subcategory.id(), resolved.id(), priorities);
    }

    private BoardInfo board(UUID tenant, String name, boolean isDefault) {
        return setup.boards(tenant).stream().filter(b -> b.name().equals(name)).findFirst()
                .orElseGet(() -> setup.createBoard(tenant, name, isDefault));
    }

    private void connectHuntress(UUID tenant, Routing routing) {
        if (registry.find("huntress").isEmpty()) {
            return;
        }
        var sim = simulators.huntress();
        ObjectNode body = mapper.createObjectNode().put("apiKey", sim.apiKey()).put("apiSecret", sim.apiSecret())
                .put("baseUrl", sim.baseUrl());
        if (!connect(tenant, "huntress", body)) {
            return;
        }
        ObjectNode settings = mapper.createObjectNode();
        settings.put("boardId", routing.securityBoard().toString());
        settings.put("categoryId", routing.category().toString());
        settings.put("subcategoryId", routing.subcategory().toString());
        settings.put("fallbackClientId", routing.fallbackClient().toString());
        settings.put("fallbackBoardId", routing.triageBoard().toString());
        ObjectNode severities = settings.putObject("severityPriorityMap");
        severities.put("critical", routing.priorities().get("Critical").toString());
        severities.put("high", routing.priorities().get("High").toString());
        severities.put("low", routing.priorities().get("Medium").toString());
        settings.put("autoCloseTickets", true);
        settings.put("closedStatusId", routing.closedStatus().toString());
        settings.put("pollIntervalMinutes", 1);
        settings.put("backfillDays", 30);
        patch(tenant, "huntress", settings);
        sync(tenant, "huntress");
        start(tenant, "huntress", RunKind.POLL);
    }

    private void connectTactical(UUID tenant, String base) {
        if (registry.find("tacticalrmm").isEmpty()) {
            return;
        }
        var sim = simulators.tactical();
        ObjectNode body = mapper.createObjectNode().put("instanceUrl", sim.baseUrl()).put("authMode", "api_key")
                .put("apiKey", dev.tributary.simulator.tactical.TacticalFixtures.API_KEY);
        if (!connect(tenant, "tacticalrmm", body)) {
            return;
        }
        patch(tenant, "tacticalrmm", readTree("""
                {"deviceSync": {"enabled": true, "intervalMinutes": 15}, "markMissingInactive": true,
                 "alertBackfill": {"enabled": true, "intervalMinutes": 15}}"""));
        sync(tenant, "tacticalrmm");
        start(tenant, "tacticalrmm", RunKind.FULL_SYNC);
    }

    private void connectTanium(UUID tenant) {
        if (registry.find("tanium").isEmpty()) {
            return;
        }
        var sim = simulators.tanium();
        ObjectNode body = mapper.createObjectNode().put("gatewayUrl", sim.baseUrl()).put("apiToken", sim.token())
                .put("assetApiUrl", sim.baseUrl()).put("useAssetApiFallback", true);
        if (!connect(tenant, "tanium", body)) {
            return;
        }
        patch(tenant, "tanium", readTree("{\"deviceSync\": {\"enabled\": true, \"intervalMinutes\": 15}}"));
        sync(tenant, "tanium");
        start(tenant, "tanium", RunKind.FULL_SYNC);
    }

    private boolean connect(UUID tenant, String provider, ObjectNode body) {
        try {
            admin.connect(tenant, "demo", provider, body);
            return true;
        } catch (RuntimeException e) {
            log.warn("Demo could not connect {}: {}", provider, e.getMessage());
            return false;
        }
    }

    private void patch(UUID tenant, String provider, JsonNode settings) {
        try {
            admin.patchSettings(tenant, "demo", provider, settings);
        } catch (RuntimeException e) {
            log.warn("Demo could not configure {}: {}", provider, e.getMessage());
        }
    }

    private void sync(UUID tenant, String provider) {
        try {
            admin.syncOrganizations(tenant, provider);
            // Groups such as "All Computers" overlap the customer groups; leave them out of asset sync.
            var status = admin.status(tenant, provider);
            for (OrganizationMapping mapping : mappings.list(tenant, status.integrationId())) {
                if (mapping.clientId() == null && mapping.autoSyncAssets()) {
                    admin.updateMapping(tenant, "demo", provider, mapping.id(), new MappingUpdate(false, null, null, false));
                }
            }
        } catch (RuntimeException e) {
            log.warn("Demo could not sync organizations of {}: {}", provider, e.getMessage());
        }
    }

    private void start(UUID tenant, String provider, RunKind kind) {
        try {
            runs.startIfIdle(tenant, provider, kind, RunTrigger.SCHEDULED);
        } catch (RuntimeException e) {
            log.warn("Demo could not start {} of {}: {}", kind.value(), provider, e.getMessage());
        }
    }

    private JsonNode readTree(String json) {
        return mapper.readTree(json);
    }
}
