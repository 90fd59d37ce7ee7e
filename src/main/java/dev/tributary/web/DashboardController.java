package dev.tributary.web;

import dev.tributary.integration.Category;
import dev.tributary.integration.IntegrationProvider;
import dev.tributary.integration.IntegrationRecord;
import dev.tributary.integration.Integrations;
import dev.tributary.integration.OrganizationMappings;
import dev.tributary.integration.ProviderRegistry;
import dev.tributary.integration.SyncRunView;
import dev.tributary.integration.SyncRuns;
import dev.tributary.platform.Caller;
import dev.tributary.psa.AgentStatus;
import dev.tributary.psa.Assets;
import dev.tributary.psa.Tickets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** What an MSP wants at a glance; the page refreshes itself so changes appear while you watch. */
@Controller
class DashboardController {

    private final Tickets tickets;
    private final Assets assets;
    private final ProviderRegistry registry;
    private final Integrations integrations;
    private final OrganizationMappings mappings;
    private final SyncRuns runs;

    DashboardController(Tickets tickets, Assets assets, ProviderRegistry registry, Integrations integrations,
                        OrganizationMappings mappings, SyncRuns runs) {
        this.tickets = tickets;
        this.assets = assets;
        this.registry = registry;
        this.integrations = integrations;
        this.mappings = mappings;
        this.runs = runs;
    }

    record IntegrationHealth(String provider, String title, String category, boolean connected, String syncStatus, String syncError,
                             long unmapped, SyncRunView lastRun, String path) {
        public boolean needsAttention() {
            return connected && (syncError != null || unmapped > 0);
        }
    }

    /** Counts keyed by agent status value ({@code online}, {@code overdue}...). */
    record ProviderAssets(String provider, String title, Map<String, Long> counts, long total) {
        public long percent(String status) {
            return total == 0 ? 0 : Math.round(100.0 * counts.getOrDefault(status, 0L) / total);
        }

        public long count(String status) {
            return counts.getOrDefault(status, 0L);
        }
    }

    record SecurityTickets(String title, Map<String, Long> byPriority, long open) {
    }

    record RunRow(String provider, String title, SyncRunView run) {
    }

    @GetMapping("/")
    String dashboard(Caller caller, Model model) {
        UUID tenant = caller.tenantId();
        List<IntegrationHealth> health = new ArrayList<>();
        Map<UUID, IntegrationProvider> byIntegration = new LinkedHashMap<>();
        for (IntegrationProvider provider : registry.visible()) {
            Optional<IntegrationRecord> row = integrations.find(tenant, provider.id());
            row.ifPresent(r -> byIntegration.put(r.id(), provider));
            health.add(new IntegrationHealth(provider.id(), provider.descriptor().title(), provider.descriptor().category().value(),
                    row.map(IntegrationRecord::active).orElse(false), row.map(IntegrationRecord::syncStatus).orElse(null),
                    row.map(IntegrationRecord::syncError).orElse(null),
                    row.map(r -> mappings.unmappedCount(tenant, r.id())).orElse(0L),
                    row.flatMap(r -> runs.latest(tenant, r.id())).orElse(null), provider.settingsPath()));
        }
        List<SecurityTickets> security = registry.visible(Category.SECURITY).stream()
                .map(p -> {
                    Map<String, Long> counts = tickets.openCountByPriority(tenant, p.id());
                    return new SecurityTickets(p.descriptor().title(), counts, counts.values().stream().mapToLong(Long::longValue).sum());
                }).toList();
        List<ProviderAssets> fleet = new ArrayList<>();
        assets.countByProviderAndAgentStatus(tenant).forEach((provider, counts) -> {
            String title = registry.find(provider).map(p -> p.descriptor().title()).orElse("Other assets");
            Map<String, Long> byValue = new LinkedHashMap<>();
            counts.forEach((status, n) -> byValue.put(status.value(), n));
            fleet.add(new ProviderAssets(provider, title, byValue, counts.values().stream().mapToLong(Long::longValue).sum()));
        });
        List<RunRow> recent = runs.recent(tenant, 8).stream()
                .map(run -> {
                    IntegrationProvider p = byIntegration.get(run.integrationId());
                    return new RunRow(p == null ? "?" : p.id(), p == null ? "?" : p.descriptor().title(), run);
                }).toList();
        model.addAttribute("openTickets", tickets.openCount(tenant));
        model.addAttribute("security", security);
        model.addAttribute("fleet", fleet);
        model.addAttribute("health", health);
        model.addAttribute("attention", health.stream().filter(IntegrationHealth::needsAttention).count());
        model.addAttribute("unmapped", health.stream().mapToLong(IntegrationHealth::unmapped).sum());
        model.addAttribute("recentRuns", recent);
        model.addAttribute("statuses", java.util.Arrays.stream(AgentStatus.values()).map(AgentStatus::value).toList());
        return "dashboard";
    }
}
