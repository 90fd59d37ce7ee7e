package dev.tributary.integration.web;

import dev.tributary.integration.Capability;
import dev.tributary.integration.IntegrationAdmin;
import dev.tributary.integration.IntegrationAdmin.MappingUpdate;
import dev.tributary.integration.IntegrationProvider;
import dev.tributary.integration.IntegrationRecord;
import dev.tributary.integration.IntegrationStatus;
import dev.tributary.integration.Integrations;
import dev.tributary.integration.OrganizationMapping;
import dev.tributary.integration.OrganizationMappings;
import dev.tributary.integration.ProviderRegistry;
import dev.tributary.integration.RunKind;
import dev.tributary.integration.RunTrigger;
import dev.tributary.integration.SyncRunView;
import dev.tributary.integration.SyncRuns;
import dev.tributary.platform.Caller;
import dev.tributary.platform.InvalidFieldException;
import dev.tributary.platform.NotFoundException;
import dev.tributary.psa.ListPage;
import dev.tributary.psa.PageRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/** The integrations part of the REST contract; provider-neutral, dispatching through the registry. */
@RestController
@RequestMapping("/api/v1/integrations")
class IntegrationController {

    private final ProviderRegistry registry;
    private final IntegrationAdmin admin;
    private final Integrations integrations;
    private final OrganizationMappings mappings;
    private final SyncRuns runs;

    IntegrationController(ProviderRegistry registry, IntegrationAdmin admin, Integrations integrations,
                          OrganizationMappings mappings, SyncRuns runs) {
        this.registry = registry;
        this.admin = admin;
        this.integrations = integrations;
        this.mappings = mappings;
        this.runs = runs;
    }

    record ProviderJson(String provider, String title, String category, boolean requiresEnterprise, boolean available,
                        Map<String, Boolean> capabilities, boolean connected) {
    }

    record OrganizationJson(UUID id, String externalOrganizationId, String externalOrganizationName, UUID clientId,
                            boolean autoMatched, boolean autoCreateTickets, boolean autoSyncAssets, Instant lastSyncedAt) {
        static OrganizationJson of(OrganizationMapping m) {
            return new OrganizationJson(m.id(), m.externalOrganizationId(), m.externalOrganizationName(), m.clientId(),
                    m.autoMatched(), m.autoCreateTickets(), m.autoSyncAssets(), m.lastSyncedAt());
        }
    }

    record RunJson(UUID id, String kind, String trigger, String state, Instant createdAt, Instant startedAt, Instant finishedAt,
                   Map<String, Object> progress, Map<String, Long> counts, String error, String skippedReason) {
        static RunJson of(SyncRunView run) {
            Map<String, Object> progress = new LinkedHashMap<>();
            progress.put("done", run.progressDone());
            progress.put("total", run.progressTotal());
            return new RunJson(run.id(), run.kind().value(), run.trigger().value(), run.state().value(), run.createdAt(),
                    run.startedAt(), run.finishedAt(), progress, run.counts(), run.error(), run.skippedReason());
        }
    }

    @GetMapping
    ListPage<ProviderJson> list(Caller caller) {
        List<ProviderJson> items = registry.visible().stream().map(p -> {
            Map<String, Boolean> capabilities = new LinkedHashMap<>();
            for (Capability capability : Capability.values()) {
                capabilities.put(capability.key(), p.descriptor().has(capability));
            }
            boolean connected = integrations.find(caller.tenantId(), p.id()).map(IntegrationRecord::active).orElse(false);
            return new ProviderJson(p.id(), p.descriptor().title(), p.descriptor().category().value(),
                    p.descriptor().requiresEnterprise(), true, capabilities, connected);
        }).toList();
        return new ListPage<>(items, items.size());
    }

    @GetMapping("/{provider}")
    IntegrationStatus status(Caller caller, @PathVariable String provider) {
        return admin.status(caller.tenantId(), provider);
    }

    @PutMapping("/{provider}/connection")
    IntegrationStatus connect(Caller caller, @PathVariable String provider, @RequestBody JsonNode body) {
        return admin.connect(caller.tenantId(), caller.name(), provider, body);
    }

    @DeleteMapping("/{provider}/connection")
    ResponseEntity<Void> disconnect(Caller caller, @PathVariable String provider) {
        admin.disconnect(caller.tenantId(), caller.name(), provider);
        return ResponseEntity.noContent().build();
    }

    @PatchMapping("/{provider}/settings")
    IntegrationStatus settings(Caller caller, @PathVariable String provider, @RequestBody JsonNode patch) {
        return admin.patchSettings(caller.tenantId(), caller.name(), provider, patch);
    }

    @PostMapping("/{provider}/organizations/sync")
    Map<String, Object> syncOrganizations(Caller caller, @PathVariable String provider) {
        return admin.syncOrganizations(caller.tenantId(), provider).asMap();
    }

    @GetMapping("/{provider}/organizations")
    ListPage<OrganizationJson> organizations(Caller caller, @PathVariable String provider,
                                             @RequestParam(required = false) Integer limit,
                                             @RequestParam(required = false) Long offset) {
        IntegrationRecord row = row(caller, provider);
        List<OrganizationJson> all = mappings.list(caller.tenantId(), row.id()).stream().map(OrganizationJson::of).toList();
        return ListPage.of(all, PageRequest.of(limit, offset));
    }

    @PatchMapping("/{provider}/organizations/{id}")
    OrganizationJson updateOrganization(Caller caller, @PathVariable String provider, @PathVariable UUID id,
                                        @RequestBody JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidFieldException("body", "must be a JSON object");
        }
        boolean clientSet = body.has("clientId");
        UUID clientId = null;
        if (clientSet && !body.get("clientId").isNull()) {
            try {
                clientId = UUID.fromString(body.get("clientId").asString());
            } catch (IllegalArgumentException e) {
                throw new InvalidFieldException("clientId", "must be a client id or null");
            }
        }
        MappingUpdate update = new MappingUpdate(clientSet, clientId, optionalBool(body, "autoCreateTickets"),
                optionalBool(body, "autoSyncAssets"));
        return OrganizationJson.of(admin.updateMapping(caller.tenantId(), caller.name(), provider, id, update));
    }

    @PostMapping("/{provider}/runs")
    ResponseEntity<RunJson> startRun(Caller caller, @PathVariable String provider, @RequestBody JsonNode body) {
        String kindText = body != null && body.has("kind") ? body.get("kind").asString() : null;
        RunKind kind = RunKind.parse(kindText)
                .orElseThrow(() -> new InvalidFieldException("kind", "must be one of poll, full_sync, incremental_sync, "
                        + "alerts_backfill, software_sync"));
        SyncRunView run = runs.start(caller.tenantId(), provider, kind, RunTrigger.MANUAL);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(RunJson.of(run));
    }

    @GetMapping("/{provider}/runs")
    ListPage<RunJson> history(Caller caller, @PathVariable String provider, @RequestParam(required = false) Integer limit,
                              @RequestParam(required = false) Long offset) {
        IntegrationRecord row = row(caller, provider);
        PageRequest page = PageRequest.of(limit, offset);
        List<RunJson> items = runs.history(caller.tenantId(), row.id(), PageRequest.MAX_LIMIT).stream().map(RunJson::of).toList();
        return ListPage.of(items, page);
    }

    @GetMapping("/{provider}/runs/{id}")
    RunJson run(Caller caller, @PathVariable String provider, @PathVariable UUID id) {
        IntegrationRecord row = row(caller, provider);
        return runs.find(caller.tenantId(), id).filter(r -> r.integrationId().equals(row.id())).map(RunJson::of)
                .orElseThrow(() -> new NotFoundException("Run"));
    }

    @GetMapping("/{provider}/webhook")
    IntegrationAdmin.WebhookDetails webhook(Caller caller, @PathVariable String provider) {
        return admin.webhook(caller.tenantId(), provider, ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
    }

    @PostMapping("/{provider}/webhook/rotate")
    IntegrationAdmin.WebhookDetails rotate(Caller caller, @PathVariable String provider) {
        return admin.rotateWebhookSecret(caller.tenantId(), caller.name(), provider,
                ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
    }

    private IntegrationRecord row(Caller caller, String provider) {
        IntegrationProvider p = registry.require(provider);
        return integrations.find(caller.tenantId(), p.id()).orElseThrow(() -> new NotFoundException("Integration " + provider));
    }

    private static Boolean optionalBool(JsonNode body, String field) {
        if (!body.has(field) || body.get(field).isNull()) {
            return null;
        }
        if (!body.get(field).isBoolean()) {
            throw new InvalidFieldException(field, "must be true or false");
        }
        return body.get(field).booleanValue();
    }
}
