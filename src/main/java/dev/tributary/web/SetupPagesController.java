package dev.tributary.web;

import dev.tributary.platform.Caller;
import dev.tributary.platform.InvalidFieldException;
import dev.tributary.psa.Clients;
import dev.tributary.psa.TicketSetup;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Service-desk setup (admins): clients, boards with statuses, priorities and categories. */
@Controller
class SetupPagesController {

    private final Clients clients;
    private final TicketSetup setup;

    SetupPagesController(Clients clients, TicketSetup setup) {
        this.clients = clients;
        this.setup = setup;
    }

    @GetMapping("/admin/clients")
    String clients(Caller caller, Model model) {
        model.addAttribute("clients", clients.list(caller.tenantId()));
        return "admin/clients";
    }

    @PostMapping("/admin/clients")
    String createClient(Caller caller, @RequestParam String name, RedirectAttributes redirect) {
        return guarded(redirect, "/admin/clients", () -> {
            clients.create(caller.tenantId(), name);
            return "Client \"" + name.trim() + "\" created.";
        });
    }

    @GetMapping("/admin/boards")
    String boards(Caller caller, Model model) {
        model.addAttribute("boards", setup.boards(caller.tenantId()));
        model.addAttribute("statuses", setup.allStatuses(caller.tenantId()));
        return "admin/boards";
    }

    @PostMapping("/admin/boards")
    String createBoard(Caller caller, @RequestParam String name, @RequestParam(defaultValue = "false") boolean isDefault,
                       RedirectAttributes redirect) {
        return guarded(redirect, "/admin/boards", () -> {
            setup.createBoard(caller.tenantId(), name, isDefault);
            return "Board \"" + name.trim() + "\" created with statuses New and Closed.";
        });
    }

    @PostMapping("/admin/boards/statuses")
    String createStatus(Caller caller, @RequestParam UUID boardId, @RequestParam String name,
                        @RequestParam(defaultValue = "false") boolean isClosed, RedirectAttributes redirect) {
        return guarded(redirect, "/admin/boards", () -> {
            setup.board(caller.tenantId(), boardId).orElseThrow(() -> new InvalidFieldException("boardId", "no such board"));
            setup.createStatus(caller.tenantId(), boardId, name, isClosed, false);
            return "Status \"" + name.trim() + "\" added.";
        });
    }

    @GetMapping("/admin/priorities")
    String priorities(Caller caller, Model model) {
        model.addAttribute("priorities", setup.priorities(caller.tenantId()));
        return "admin/priorities";
    }

    @PostMapping("/admin/priorities")
    String createPriority(Caller caller, @RequestParam String name, @RequestParam(required = false) Integer orderNumber,
                          RedirectAttributes redirect) {
        return guarded(redirect, "/admin/priorities", () -> {
            setup.createPriority(caller.tenantId(), name, orderNumber);
            return "Priority \"" + name.trim() + "\" created.";
        });
    }

    @GetMapping("/admin/categories")
    String categories(Caller caller, Model model) {
        model.addAttribute("categories", setup.categories(caller.tenantId()));
        model.addAttribute("boards", setup.boards(caller.tenantId()));
        return "admin/categories";
    }

    @PostMapping("/admin/categories")
    String createCategory(Caller caller, @RequestParam String name, @RequestParam(required = false) UUID boardId,
                          @RequestParam(required = false) UUID parentId, RedirectAttributes redirect) {
        return guarded(redirect, "/admin/categories", () -> {
            setup.createCategory(caller.tenantId(), name, boardId, parentId);
            return "Category \"" + name.trim() + "\" created.";
        });
    }

    private static String guarded(RedirectAttributes redirect, String target, java.util.function.Supplier<String> action) {
        try {
            redirect.addFlashAttribute("flash", action.get());
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:" + target;
    }
}
