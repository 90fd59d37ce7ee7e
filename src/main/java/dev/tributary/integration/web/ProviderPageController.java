package dev.tributary.integration.web;

import dev.tributary.integration.Capability;
import dev.tributary.integration.ConnectionCapability;
import dev.tributary.integration.ConnectionField;
import dev.tributary.integration.DeviceSyncSettings;
import dev.tributary.integration.IntegrationAdmin;
import dev.tributary.integration.IntegrationAdmin.MappingUpdate;
import dev.tributary.integration.IntegrationProvider;
import dev.tributary.integration.IntegrationRef;
import dev.tributary.integration.IntegrationStatus;
import dev.tributary.integration.OrganizationMapping;
import dev.tributary.integration.OrganizationMappings;
import dev.tributary.integration.ProviderRegistry;
import dev.tributary.integration.ProviderWebSections;
import dev.tributary.integration.RunCapability;
import dev.tributary.integration.RunKind;
import dev.tributary.integration.RunState;
import dev.tributary.integration.RunTrigger;
import dev.tributary.integration.SyncRunView;
import dev.tributary.integration.SyncRuns;
import dev.tributary.platform.Caller;
import dev.tributary.platform.ConflictException;
import dev.tributary.platform.InvalidFieldException;
import dev.tributary.platform.Problem;
import dev.tributary.psa.Clients;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every provider's settings page, built from its capabilities: status and error banner, connect
 * form (from its connection fields), device-sync settings, mapping manager, runs with live
 * progress and history, webhook details, and any extra sections the provider contributes.
 */
@Controller
class ProviderPageController {

    static final Map<String, String> RUN_LABELS = Map.of(
            RunKind.POLL.value(), "Poll now",
            RunKind.FULL_SYNC.value(), "Full device sync",
            RunKind.INCREMENTAL_SYNC.value(), "Incremental sync",
            RunKind.ALERTS_BACKFILL.value(), "Sync alerts",
            RunKind.SOFTWARE_SYNC.value(), "Sync software");

    private final ProviderRegistry registry;
    private final IntegrationAdmin admin;
    private final OrganizationMappings mappings;
    private final SyncRuns runs;
    private final Clients clients;
    private final JsonMapper mapper;

    ProviderPageController(ProviderRegistry registry, IntegrationAdmin admin, OrganizationMappings mappings, SyncRuns runs,
                           Clients clients, JsonMapper mapper) {
        this.registry = registry;
        this.admin = admin;
        this.mappings = mappings;
        this.runs = runs;
        this.clients = clients;
        this.mapper = mapper;
    }

    @GetMapping("/settings/integrations/{provider}")
    String page(Caller caller, @PathVariable String provider, Model model) {
        fill(caller, registry.require(provider), model);
        return "integration/provider";
    }

    @PostMapping("/settings/integrations/{provider}/connect")
    String connect(Caller caller, @PathVariable String provider, @RequestParam MultiValueMap<String, String> form, Model model,
                   RedirectAttributes redirect) {
        IntegrationProvider p = registry.require(provider);
        ObjectNode body = mapper.createObjectNode();
        if (p instanceof ConnectionCapability connection) {
            for (ConnectionField field : connection.connectionFields()) {
                String value = form.getFirst(field.name());
                if (field.type() == ConnectionField.Type.CHECKBOX) {
                    body.put(field.name(), value != null);
                } else if (value != null && !value.isBlank()) {
                    body.put(field.name(), value.trim());
                }
            }
        }
        try {
            admin.connect(caller.tenantId(), caller.name(), provider, body);
            redirect.addFlashAttribute("flash", p.descriptor().title() + " is connected.");
            return "redirect:" + p.settingsPath();
        } catch (Problem.ProblemException e) {
            model.addAttribute("connectError", e.problem().detail());
            model.addAttribute("totpRequired", e.problem().type().endsWith("totp-required"));
        } catch (InvalidFieldException e) {
            model.addAttribute("connectError", e.getMessage());
            model.addAttribute("errorField", e.field());
        }
        Map<String, String> entered = new LinkedHashMap<>();
        if (p instanceof ConnectionCapability connection) {
            connection.connectionFields().stream().filter(f -> f.type() != ConnectionField.Type.SECRET)
                    .forEach(f -> entered.put(f.name(), form.getFirst(f.name())));
        }
        model.addAttribute("entered", entered);
        fill(caller, p, model);
        return "integration/provider";
    }

    @PostMapping("/settings/integrations/{provider}/disconnect")
    String disconnect(Caller caller, @PathVariable String provider, RedirectAttributes redirect) {
        IntegrationProvider p = registry.require(provider);
        admin.disconnect(caller.tenantId(), caller.name(), provider);
        redirect.addFlashAttribute("flash", p.descriptor().title() + " is disconnected; mappings, alerts, tickets and assets are kept.");
        return "redirect:" + p.settingsPath();
    }

    @PostMapping("/settings/integrations/{provider}/device-sync")
    String deviceSync(Caller caller, @PathVariable String provider, @RequestParam(defaultValue = "false") boolean enabled,
                      @RequestParam(required = false) Integer intervalMinutes,
                      @RequestParam(defaultValue = "false") boolean markMissingInactive, RedirectAttributes redirect) {
        IntegrationProvider p = registry.require(provider);
        ObjectNode patch = mapper.createObjectNode();
        ObjectNode sync = patch.putObject("deviceSync");
        sync.put("enabled", enabled);
        if (intervalMinutes != null) {
            sync.put("intervalMinutes", intervalMinutes);
        }
        patch.put("markMissingInactive", markMissingInactive);
        try {
            admin.patchSettings(caller.tenantId(), caller.name(), provider, patch);
            redirect.addFlashAttribute("flash", "Device sync settings saved.");
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:" + p.settingsPath();
    }

    @PostMapping("/settings/integrations/{provider}/organizations/sync")
    String syncOrganizations(Caller caller, @PathVariable String provider, Model model,
                             @RequestHeader(value = "HX-Request", required = false) String htmx, RedirectAttributes redirect) {
        IntegrationProvider p = registry.require(provider);
        String message;
        boolean failed = false;
        try {
            var result = admin.syncOrganizations(caller.tenantId(), provider);
            message = "Synced " + result.total() + " organization(s): " + result.created() + " new, " + result.autoMatched()
                    + " auto-matched.";
        } catch (Problem.ProblemException e) {
            message = e.problem().detail();
            failed = true;
        }
        if (htmx == null) {
            redirect.addFlashAttribute(failed ? "flashError" : "flash", message);
            return "redirect:" + p.settingsPath();
        }
        model.addAttribute(failed ? "mappingError" : "mappingMessage", message);
        fill(caller, p, model);
        return "integration/fragments :: mappings";
    }

    @PostMapping("/settings/integrations/{provider}/organizations/{id}")
    String updateMapping(Caller caller, @PathVariable String provider, @PathVariable UUID id,
                         @RequestParam MultiValueMap<String, String> form, Model model,
                         @RequestHeader(value = "HX-Request", required = false) String htmx, RedirectAttributes redirect) {
        IntegrationProvider p = registry.require(provider);
        boolean clientSet = form.containsKey("clientId");
        UUID clientId = null;
        if (clientSet && form.getFirst("clientId") != null && !form.getFirst("clientId").isBlank()) {
            clientId = UUID.fromString(form.getFirst("clientId"));
        }
        MappingUpdate update = new MappingUpdate(clientSet, clientId, bool(form, "autoCreateTickets"), bool(form, "autoSyncAssets"));
        try {
            admin.updateMapping(caller.tenantId(), caller.name(), provider, id, update);
        } catch (InvalidFieldException e) {
            model.addAttribute("mappingError", e.getMessage());
        }
        if (htmx == null) {
            return "redirect:" + p.settingsPath();
        }
        fill(caller, p, model);
        return "integration/fragments :: mappings";
    }

    @PostMapping("/settings/integrations/{provider}/runs")
    String startRun(Caller caller, @PathVariable String provider, @RequestParam String kind, Model model,
                    @RequestHeader(value = "HX-Request", required = false) String htmx, RedirectAttributes redirect) {
        IntegrationProvider p = registry.require(provider);
        String error = null;
        try {
            RunKind runKind = RunKind.parse(kind).orElseThrow(() -> new InvalidFieldException("kind", "unknown run kind"));
            runs.start(caller.tenantId(), provider, runKind, RunTrigger.MANUAL);
        } catch (ConflictException e) {
            error = e.getMessage();
        } catch (Problem.ProblemException e) {
            error = e.problem().detail();
        } catch (InvalidFieldException e) {
            error = e.getMessage();
        }
        if (htmx == null) {
            if (error != null) {
                redirect.addFlashAttribute("flashError", error);
            }
            return "redirect:" + p.settingsPath();
        }
        model.addAttribute("runError", error);
        fill(caller, p, model);
        return "integration/fragments :: runs";
    }

    @GetMapping("/settings/integrations/{provider}/runs")
    String runsPanel(Caller caller, @PathVariable String provider, Model model) {
        fill(caller, registry.require(provider), model);
        return "integration/fragments :: runs";
    }

    @PostMapping("/settings/integrations/{provider}/webhook/reveal")
    String revealWebhook(Caller caller, @PathVariable String provider, Model model, HttpServletRequest request) {
        IntegrationProvider p = registry.require(provider);
        fill(caller, p, model);
        model.addAttribute("webhook", admin.webhook(caller.tenantId(), provider, baseUrl()));
        model.addAttribute("webhookRevealed", true);
        return "integration/fragments :: webhook";
    }

    @PostMapping("/settings/integrations/{provider}/webhook/rotate")
    String rotateWebhook(Caller caller, @PathVariable String provider, Model model) {
        IntegrationProvider p = registry.require(provider);
        fill(caller, p, model);
        model.addAttribute("webhook", admin.rotateWebhookSecret(caller.tenantId(), caller.name(), provider, baseUrl()));
        model.addAttribute("webhookRevealed", true);
        model.addAttribute("webhookMessage", "A new secret is active; the previous one no longer works.");
        return "integration/fragments :: webhook";
    }

    /** Everything the page and its fragments need. */
    private void fill(Caller caller, IntegrationProvider p, Model model) {
        UUID tenant = caller.tenantId();
        IntegrationStatus status = admin.status(tenant, p.id());
        boolean connected = status.connected();
        model.addAttribute("provider", p);
        model.addAttribute("descriptor", p.descriptor());
        model.addAttribute("status", status);
        model.addAttribute("fields", p instanceof ConnectionCapability c ? c.connectionFields() : List.of());
        if (!model.containsAttribute("entered")) {
            model.addAttribute("entered", Map.of());
        }
        model.addAttribute("hasDeviceSync", p.descriptor().has(Capability.DEVICE_SYNC));
        model.addAttribute("deviceSyncEnabled", DeviceSyncSettings.enabled(status.settings()));
        model.addAttribute("deviceSyncInterval", DeviceSyncSettings.interval(status.settings()).toMinutes());
        model.addAttribute("markMissingInactive", Boolean.TRUE.equals(status.settings().get("markMissingInactive")));
        boolean scopes = p.descriptor().has(Capability.SCOPE_SYNC);
        model.addAttribute("hasScopes", scopes);
        model.addAttribute("showTicketToggle", p.descriptor().has(Capability.INCIDENT_POLLING));
        model.addAttribute("showAssetToggle", p.descriptor().has(Capability.DEVICE_SYNC));
        List<OrganizationMapping> rows = connected && scopes && status.integrationId() != null
                ? mappings.list(tenant, status.integrationId()) : List.of();
        model.addAttribute("mappings", rows);
        model.addAttribute("unmappedCount", rows.stream().filter(m -> !m.mapped()).count());
        model.addAttribute("clients", clients.list(tenant));
        List<RunKind> kinds = p instanceof RunCapability r
                ? r.runKinds().stream().sorted(Comparator.comparing(Enum::ordinal)).toList() : List.of();
        model.addAttribute("runKinds", kinds);
        model.addAttribute("runLabels", RUN_LABELS);
        List<SyncRunView> history = status.integrationId() == null ? List.of() : runs.history(tenant, status.integrationId(), 10);
        model.addAttribute("runs", history);
        Optional<SyncRunView> active = history.stream().filter(r -> r.state() == RunState.RUNNING || r.state() == RunState.QUEUED).findFirst();
        model.addAttribute("activeRun", active.orElse(null));
        model.addAttribute("hasWebhook", p.descriptor().has(Capability.WEBHOOK_EVENTS));
        if (!model.containsAttribute("webhook") && connected && p.descriptor().has(Capability.WEBHOOK_EVENTS)) {
            var details = admin.webhook(tenant, p.id(), baseUrl());
            model.addAttribute("webhook", new IntegrationAdmin.WebhookDetails(details.url(), details.headerName(), null,
                    details.payloadTemplate()));
        }
        List<String> sections = List.of();
        if (connected && p instanceof ProviderWebSections web) {
            sections = web.sections();
            model.addAllAttributes(web.sectionModel(new IntegrationRef(tenant, status.integrationId(), p.id()), status));
        }
        model.addAttribute("sections", sections);
    }

    private static String baseUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }

    private static Boolean bool(MultiValueMap<String, String> form, String field) {
        String value = form.getFirst(field);
        return value == null ? null : Boolean.parseBoolean(value);
    }
}
