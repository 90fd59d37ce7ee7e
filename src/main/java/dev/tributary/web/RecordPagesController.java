package dev.tributary.web;

import dev.tributary.integration.Alerts;
import dev.tributary.integration.ProviderRegistry;
import dev.tributary.platform.Caller;
import dev.tributary.platform.NotFoundException;
import dev.tributary.psa.AgentStatus;
import dev.tributary.psa.AssetQuery;
import dev.tributary.psa.Assets;
import dev.tributary.psa.Clients;
import dev.tributary.psa.PageRequest;
import dev.tributary.psa.TicketQuery;
import dev.tributary.psa.TicketSetup;
import dev.tributary.psa.Tickets;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** List and detail pages for tickets, assets and alerts. */
@Controller
class RecordPagesController {

    private static final int PAGE = 50;

    private final Tickets tickets;
    private final Assets assets;
    private final Alerts alerts;
    private final Clients clients;
    private final TicketSetup setup;
    private final ProviderRegistry registry;
    private final Markdown markdown;

    RecordPagesController(Tickets tickets, Assets assets, Alerts alerts, Clients clients, TicketSetup setup, ProviderRegistry registry,
                          Markdown markdown) {
        this.markdown = markdown;
        this.tickets = tickets;
        this.assets = assets;
        this.alerts = alerts;
        this.clients = clients;
        this.setup = setup;
        this.registry = registry;
    }

    record Paging(long offset, int limit, long total) {
    }

    @GetMapping("/tickets")
    String tickets(Caller caller, Model model, @RequestParam(required = false) UUID clientId, @RequestParam(required = false) UUID boardId,
                   @RequestParam(required = false) String source, @RequestParam(required = false) Boolean closed,
                   @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") long offset) {
        var query = new TicketQuery(clientId, boardId, blank(source), null, closed, null, q);
        var page = tickets.list(caller.tenantId(), query, PageRequest.of(PAGE, Math.max(0, offset)));
        model.addAttribute("tickets", page.items());
        model.addAttribute("paging", new Paging(Math.max(0, offset), PAGE, page.total()));
        model.addAttribute("clients", clients.list(caller.tenantId()));
        model.addAttribute("boards", setup.boards(caller.tenantId()));
        model.addAttribute("providers", registry.visible());
        model.addAttribute("filter", query);
        model.addAttribute("base", UriComponentsBuilder.fromPath("/tickets").queryParamIfPresent("clientId", java.util.Optional.ofNullable(clientId))
                .queryParamIfPresent("boardId", java.util.Optional.ofNullable(boardId)).queryParamIfPresent("source", java.util.Optional.ofNullable(blank(source)))
                .queryParamIfPresent("closed", java.util.Optional.ofNullable(closed)).queryParamIfPresent("q", java.util.Optional.ofNullable(blank(q)))
                .build().encode().toUriString());
        return "tickets/list";
    }

    @GetMapping("/tickets/{id}")
    String ticket(Caller caller, @PathVariable UUID id, Model model) {
        var ticket = tickets.find(caller.tenantId(), id).orElseThrow(() -> new NotFoundException("Ticket"));
        model.addAttribute("ticket", ticket);
        model.addAttribute("bodyHtml", markdown.render(ticket.body()));
        model.addAttribute("commentHtml", ticket.comments().stream().map(c -> markdown.render(c.body())).toList());
        model.addAttribute("statuses", setup.statuses(caller.tenantId(), ticket.boardId()));
        model.addAttribute("linkedAssets", ticket.assetIds().stream()
                .map(assetId -> assets.find(caller.tenantId(), assetId)).flatMap(java.util.Optional::stream).toList());
        return "tickets/detail";
    }

    @PostMapping("/tickets/{id}/status")
    String changeStatus(Caller caller, @PathVariable UUID id, @RequestParam UUID statusId, RedirectAttributes redirect) {
        tickets.changeStatus(caller.tenantId(), id, statusId);
        redirect.addFlashAttribute("flash", "Status changed.");
        return "redirect:/tickets/" + id;
    }

    @PostMapping("/tickets/{id}/notes")
    String addNote(Caller caller, @PathVariable UUID id, @RequestParam String body, RedirectAttributes redirect) {
        if (body != null && !body.isBlank()) {
            tickets.addComment(caller.tenantId(), id, body.trim(), true, false, caller.name());
            redirect.addFlashAttribute("flash", "Note added.");
        }
        return "redirect:/tickets/" + id;
    }

    @GetMapping("/assets")
    String assets(Caller caller, Model model, @RequestParam(required = false) UUID clientId,
                  @RequestParam(required = false) String provider, @RequestParam(required = false) String agentStatus,
                  @RequestParam(required = false) String status, @RequestParam(required = false) String q,
                  @RequestParam(defaultValue = "0") long offset) {
        AgentStatus agent = blank(agentStatus) == null ? null : AgentStatus.parse(agentStatus);
        var query = new AssetQuery(clientId, blank(provider), agent, blank(status), q);
        var page = assets.list(caller.tenantId(), query, PageRequest.of(PAGE, Math.max(0, offset)));
        model.addAttribute("assets", page.items());
        model.addAttribute("paging", new Paging(Math.max(0, offset), PAGE, page.total()));
        model.addAttribute("clients", clients.list(caller.tenantId()));
        model.addAttribute("providers", registry.visible());
        model.addAttribute("agentStatuses", AgentStatus.values());
        model.addAttribute("filter", query);
        model.addAttribute("base", UriComponentsBuilder.fromPath("/assets").queryParamIfPresent("clientId", java.util.Optional.ofNullable(clientId))
                .queryParamIfPresent("provider", java.util.Optional.ofNullable(blank(provider)))
                .queryParamIfPresent("agentStatus", java.util.Optional.ofNullable(agent == null ? null : agent.value()))
                .queryParamIfPresent("status", java.util.Optional.ofNullable(blank(status))).queryParamIfPresent("q", java.util.Optional.ofNullable(blank(q)))
                .build().encode().toUriString());
        return "assets/list";
    }

    @GetMapping("/assets/{id}")
    String asset(Caller caller, @PathVariable UUID id, Model model) {
        model.addAttribute("asset", assets.find(caller.tenantId(), id).orElseThrow(() -> new NotFoundException("Asset")));
        return "assets/detail";
    }

    @GetMapping("/alerts")
    String alerts(Caller caller, Model model, @RequestParam(required = false) String provider,
                  @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") long offset) {
        var page = alerts.list(caller.tenantId(), blank(provider), blank(status), PageRequest.of(PAGE, Math.max(0, offset)));
        model.addAttribute("alerts", page.items());
        model.addAttribute("paging", new Paging(Math.max(0, offset), PAGE, page.total()));
        model.addAttribute("providers", registry.visible());
        model.addAttribute("provider", blank(provider));
        model.addAttribute("status", blank(status));
        model.addAttribute("base", UriComponentsBuilder.fromPath("/alerts").queryParamIfPresent("provider", java.util.Optional.ofNullable(blank(provider)))
                .queryParamIfPresent("status", java.util.Optional.ofNullable(blank(status))).build().encode().toUriString());
        return "alerts/list";
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
