package dev.tributary.psa.client;

import dev.tributary.platform.Caller;
import dev.tributary.platform.NotFoundException;
import dev.tributary.psa.Clients;
import dev.tributary.psa.Clients.ClientInfo;
import dev.tributary.psa.ListPage;
import dev.tributary.psa.PageRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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

@RestController
@RequestMapping("/api/v1/clients")
class ClientController {

    private final Clients clients;

    ClientController(Clients clients) {
        this.clients = clients;
    }

    record CreateClient(@NotBlank @Size(max = 255) String name) {
    }

    @GetMapping
    ListPage<ClientInfo> list(Caller caller, @RequestParam(required = false) Integer limit,
                              @RequestParam(required = false) Long offset) {
        return ListPage.of(clients.list(caller.tenantId()), PageRequest.of(limit, offset));
    }

    @GetMapping("/{id}")
    ClientInfo get(Caller caller, @PathVariable UUID id) {
        return clients.find(caller.tenantId(), id).orElseThrow(() -> new NotFoundException("Client"));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ClientInfo create(Caller caller, @Valid @RequestBody CreateClient request) {
        return clients.create(caller.tenantId(), request.name());
    }
}
