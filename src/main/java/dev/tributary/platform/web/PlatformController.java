package dev.tributary.platform.web;

import dev.tributary.platform.Caller;
import dev.tributary.platform.Problem;
import dev.tributary.platform.Role;
import dev.tributary.platform.Tenants;
import dev.tributary.platform.Tenants.TenantInfo;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Tenants, tokens and users: the calls provisioning scripts need. */
@RestController
@RequestMapping("/api/v1")
class PlatformController {

    private final Tenants tenants;

    PlatformController(Tenants tenants) {
        this.tenants = tenants;
    }

    record CreateTenant(@NotBlank @Size(max = 200) String name) {
    }

    record TenantCreated(UUID id, String name, String apiKey) {
    }

    record CreateToken(@NotBlank @Size(max = 100) String name, String role) {
    }

    record TokenCreated(String name, String role, String apiKey) {
    }

    record CreateUser(@NotBlank @Size(max = 100) String username, @NotBlank String password, String role) {
    }

    record UserCreated(UUID id, String username, String role) {
    }

    @GetMapping("/me")
    Map<String, Object> me(Caller caller) {
        return Map.of("tenantId", caller.tenantId(), "name", caller.name(), "role", caller.role().name().toLowerCase());
    }

    @PostMapping("/tenants")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    TenantCreated createTenant(Caller caller, @Valid @RequestBody CreateTenant request) {
        boolean bootstrapAdmin = tenants.find(caller.tenantId()).map(TenantInfo::bootstrap).orElse(false);
        if (!bootstrapAdmin) {
            throw new Problem(403, "forbidden", "Forbidden",
                    "Only an admin of the bootstrap tenant can create tenants.", null).toException();
        }
        TenantInfo tenant = tenants.create(request.name(), false);
        String apiKey = tenants.issueToken(tenant.id(), "admin", Role.ADMIN);
        return new TenantCreated(tenant.id(), tenant.name(), apiKey);
    }

    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    TokenCreated createToken(Caller caller, @Valid @RequestBody CreateToken request) {
        Role role = request.role() == null ? Role.TECHNICIAN : Role.parse(request.role());
        String apiKey = tenants.issueToken(caller.tenantId(), request.name().trim(), role);
        return new TokenCreated(request.name().trim(), role.name().toLowerCase(), apiKey);
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    UserCreated createUser(Caller caller, @Valid @RequestBody CreateUser request) {
        Role role = request.role() == null ? Role.TECHNICIAN : Role.parse(request.role());
        UUID id = tenants.createUser(caller.tenantId(), request.username(), request.password(), role);
        return new UserCreated(id, request.username().trim(), role.name().toLowerCase());
    }
}
