package dev.tributary.huntress.web;

import dev.tributary.huntress.settings.HuntressSettings;
import dev.tributary.integration.IntegrationRef;
import dev.tributary.integration.IntegrationStatus;
import dev.tributary.psa.Clients;
import dev.tributary.psa.TicketSetup;
import dev.tributary.psa.TicketSetup.BoardInfo;
import dev.tributary.psa.TicketSetup.CategoryInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The model of the routing section ({@code huntress/routing :: section}) of the Huntress settings page. */
@Component
public class RoutingSection {

    public static final String MODEL = "huntressRouting";

    private final TicketSetup setup;
    private final Clients clients;

    RoutingSection(TicketSetup setup, Clients clients) {
        this.setup = setup;
        this.clients = clients;
    }

    /** A choice in a select: the id and what the user reads. */
    public record Option(String value, String label) {
    }

    /**
     * Everything the fragment renders. Ids are strings ({@code ""} when unset) so the template can
     * compare them with option values.
     */
    public record View(String action, String accountName, String accountSubdomain, List<Option> boards, List<Option> categories,
                       List<Option> subcategories, List<Option> clients, List<Option> priorities, List<Option> closedStatuses,
                       String boardId, String categoryId, String subcategoryId, String fallbackClientId, String fallbackBoardId,
                       String priorityCritical, String priorityHigh, String priorityLow, int pollIntervalMinutes, int backfillDays,
                       boolean autoCloseTickets, String closedStatusId, boolean routingComplete, List<String> missing,
                       int pollMin, int pollMax, int backfillMin, int backfillMax) {
    }

    public View view(IntegrationRef integration, IntegrationStatus status) {
        UUID tenantId = integration.tenantId();
        HuntressSettings settings = HuntressSettings.parse(status == null ? Map.of() : status.settings());
        List<BoardInfo> boards = setup.boards(tenantId).stream().sorted(Comparator.comparing(BoardInfo::name, String.CASE_INSENSITIVE_ORDER)).toList();
        Map<UUID, String> boardNames = new HashMap<>();
        boards.forEach(b -> boardNames.put(b.id(), b.name()));
        List<CategoryInfo> categories = setup.categories(tenantId);
        Map<UUID, String> categoryNames = new HashMap<>();
        categories.forEach(c -> categoryNames.put(c.id(), c.name()));

        List<Option> boardOptions = boards.stream().map(b -> new Option(b.id().toString(), b.name())).toList();
        List<Option> topCategories = new ArrayList<>();
        List<Option> subcategories = new ArrayList<>();
        for (CategoryInfo category : categories) {
            String board = category.boardId() == null ? "" : " (" + boardNames.getOrDefault(category.boardId(), "board") + ")";
            if (category.parentId() == null) {
                topCategories.add(new Option(category.id().toString(), category.name() + board));
            } else {
                subcategories.add(new Option(category.id().toString(),
                        categoryNames.getOrDefault(category.parentId(), "?") + " › " + category.name()));
            }
        }
        topCategories.sort(Comparator.comparing(Option::label, String.CASE_INSENSITIVE_ORDER));
        subcategories.sort(Comparator.comparing(Option::label, String.CASE_INSENSITIVE_ORDER));
        List<Option> clientOptions = clients.list(tenantId).stream()
                .map(c -> new Option(c.id().toString(), c.name()))
                .sorted(Comparator.comparing(Option::label, String.CASE_INSENSITIVE_ORDER)).toList();
        List<Option> priorityOptions = setup.priorities(tenantId).stream()
                .sorted(Comparator.comparingInt(TicketSetup.PriorityInfo::orderNumber))
                .map(p -> new Option(p.id().toString(), p.name())).toList();
        List<Option> closedStatuses = setup.allStatuses(tenantId).stream().filter(TicketSetup.StatusInfo::isClosed)
                .map(s -> new Option(s.id().toString(), boardNames.getOrDefault(s.boardId(), "?") + " › " + s.name()))
                .sorted(Comparator.comparing(Option::label, String.CASE_INSENSITIVE_ORDER)).toList();

        return new View(RoutingController.PATH, settings.accountName(), settings.accountSubdomain(), boardOptions, topCategories,
                subcategories, clientOptions, priorityOptions, closedStatuses, text(settings.boardId()), text(settings.categoryId()),
                text(settings.subcategoryId()), text(settings.fallbackClientId()), text(settings.fallbackBoardId()),
                text(settings.severityPriorityMap().get("critical")), text(settings.severityPriorityMap().get("high")),
                text(settings.severityPriorityMap().get("low")), settings.pollIntervalMinutes(), settings.backfillDays(),
                settings.autoCloseTickets(), text(settings.closedStatusId()), settings.routingComplete(), settings.missingRouting(),
                HuntressSettings.POLL_MIN, HuntressSettings.POLL_MAX, HuntressSettings.BACKFILL_MIN, HuntressSettings.BACKFILL_MAX);
    }

    private static String text(UUID id) {
        return id == null ? "" : id.toString();
    }
}
