package dev.tributary.psa.ticket;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tributary.platform.Caller;
import dev.tributary.platform.NotFoundException;
import dev.tributary.psa.ListPage;
import dev.tributary.psa.PageRequest;
import dev.tributary.psa.TicketQuery;
import dev.tributary.psa.TicketView;
import dev.tributary.psa.Tickets;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tickets")
class TicketController {

    private final Tickets tickets;

    TicketController(Tickets tickets) {
        this.tickets = tickets;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TicketJson(UUID id, long ticketNumber, String title, UUID clientId, UUID boardId, UUID statusId, String statusName,
                      boolean closed, UUID priorityId, UUID categoryId, UUID subcategoryId, String source, String sourceReference,
                      Instant createdAt, Instant updatedAt, Instant closedAt, String body, List<CommentJson> comments,
                      List<UUID> assetIds) {

        static TicketJson of(TicketView t) {
            List<CommentJson> comments = t.comments() == null ? null : t.comments().stream()
                    .map(c -> new CommentJson(c.id(), c.body(), c.internal(), c.systemGenerated(), c.createdAt())).toList();
            return new TicketJson(t.id(), t.ticketNumber(), t.title(), t.clientId(), t.boardId(), t.statusId(), t.statusName(),
                    t.closed(), t.priorityId(), t.categoryId(), t.subcategoryId(), t.source(), t.sourceReference(), t.createdAt(),
                    t.updatedAt(), t.closedAt(), t.body(), comments, t.assetIds());
        }
    }

    record CommentJson(UUID id, String body, boolean internal, boolean systemGenerated, Instant createdAt) {
    }

    record PatchTicket(@NotNull UUID statusId) {
    }

    @GetMapping
    ListPage<TicketJson> list(Caller caller,
                              @RequestParam(required = false) UUID clientId,
                              @RequestParam(required = false) UUID boardId,
                              @RequestParam(required = false) String source,
                              @RequestParam(required = false) String sourceReference,
                              @RequestParam(required = false) Boolean closed,
                              @RequestParam(required = false) Integer limit,
                              @RequestParam(required = false) Long offset) {
        var query = new TicketQuery(clientId, boardId, source, sourceReference, closed, null, null);
        return tickets.list(caller.tenantId(), query, PageRequest.of(limit, offset)).map(TicketJson::of);
    }

    @GetMapping("/{id}")
    TicketJson get(Caller caller, @PathVariable UUID id) {
        return tickets.find(caller.tenantId(), id).map(TicketJson::of).orElseThrow(() -> new NotFoundException("Ticket"));
    }

    @PatchMapping("/{id}")
    TicketJson patch(Caller caller, @PathVariable UUID id, @Valid @RequestBody PatchTicket request) {
        tickets.changeStatus(caller.tenantId(), id, request.statusId());
        return get(caller, id);
    }
}
