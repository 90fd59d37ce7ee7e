package dev.tributary.psa.setup;

import dev.tributary.platform.Caller;
import dev.tributary.platform.NotFoundException;
import dev.tributary.psa.ListPage;
import dev.tributary.psa.PageRequest;
import dev.tributary.psa.TicketSetup;
import dev.tributary.psa.TicketSetup.BoardInfo;
import dev.tributary.psa.TicketSetup.CategoryInfo;
import dev.tributary.psa.TicketSetup.PriorityInfo;
import dev.tributary.psa.TicketSetup.StatusInfo;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Boards with their statuses, priorities and categories: what routing settings point at. */
@RestController
@RequestMapping("/api/v1")
class TicketSetupController {

    private final TicketSetup setup;

    TicketSetupController(TicketSetup setup) {
        this.setup = setup;
    }

    record CreateBoard(@NotBlank @Size(max = 255) String name, Boolean isDefault) {
    }

    record CreateStatus(@NotBlank @Size(max = 100) String name, @NotNull Boolean isClosed, Boolean isDefault) {
    }

    record CreatePriority(@NotBlank @Size(max = 100) String name, Integer orderNumber) {
    }

    record CreateCategory(@NotBlank @Size(max = 255) String name, UUID boardId, UUID parentId) {
    }

    @GetMapping("/boards")
    ListPage<BoardInfo> boards(Caller caller, @RequestParam(required = false) Integer limit,
                               @RequestParam(required = false) Long offset) {
        return ListPage.of(setup.boards(caller.tenantId()), PageRequest.of(limit, offset));
    }

    @GetMapping("/boards/{id}")
    BoardInfo board(Caller caller, @PathVariable UUID id) {
        return setup.board(caller.tenantId(), id).orElseThrow(() -> new NotFoundException("Board"));
    }

    @PostMapping("/boards")
    @ResponseStatus(HttpStatus.CREATED)
    BoardInfo createBoard(Caller caller, @Valid @RequestBody CreateBoard request) {
        return setup.createBoard(caller.tenantId(), request.name(), Boolean.TRUE.equals(request.isDefault()));
    }

    @GetMapping("/boards/{id}/statuses")
    ListPage<StatusInfo> statuses(Caller caller, @PathVariable UUID id, @RequestParam(required = false) Integer limit,
                                  @RequestParam(required = false) Long offset) {
        setup.board(caller.tenantId(), id).orElseThrow(() -> new NotFoundException("Board"));
        return ListPage.of(setup.statuses(caller.tenantId(), id), PageRequest.of(limit, offset));
    }

    @PostMapping("/boards/{id}/statuses")
    @ResponseStatus(HttpStatus.CREATED)
    StatusInfo createStatus(Caller caller, @PathVariable UUID id, @Valid @RequestBody CreateStatus request) {
        return setup.createStatus(caller.tenantId(), id, request.name(), request.isClosed(),
                Boolean.TRUE.equals(request.isDefault()));
    }

    @GetMapping("/priorities")
    ListPage<PriorityInfo> priorities(Caller caller, @RequestParam(required = false) Integer limit,
                                      @RequestParam(required = false) Long offset) {
        return ListPage.of(setup.priorities(caller.tenantId()), PageRequest.of(limit, offset));
    }

    @PostMapping("/priorities")
    @ResponseStatus(HttpStatus.CREATED)
    PriorityInfo createPriority(Caller caller, @Valid @RequestBody CreatePriority request) {
        return setup.createPriority(caller.tenantId(), request.name(), request.orderNumber());
    }

    @GetMapping("/categories")
    ListPage<CategoryInfo> categories(Caller caller, @RequestParam(required = false) Integer limit,
                                      @RequestParam(required = false) Long offset) {
        return ListPage.of(setup.categories(caller.tenantId()), PageRequest.of(limit, offset));
    }

    @PostMapping("/categories")
    @ResponseStatus(HttpStatus.CREATED)
    CategoryInfo createCategory(Caller caller, @Valid @RequestBody CreateCategory request) {
        return setup.createCategory(caller.tenantId(), request.name(), request.boardId(), request.parentId());
    }
}
