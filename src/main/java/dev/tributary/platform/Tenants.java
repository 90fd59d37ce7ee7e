package dev.tributary.platform;

import java.util.Optional;
import java.util.UUID;

/** Tenant lifecycle, used by the tenant API and by demo mode. */
public interface Tenants {

    TenantInfo create(String name, boolean bootstrap);

    Optional<TenantInfo> find(UUID tenantId);

    Optional<TenantInfo> bootstrapTenant();

    /** Issues an API token and returns its plaintext, which is shown exactly once. */
    String issueToken(UUID tenantId, String name, Role role);

    /** Registers a token with a caller-chosen value (the bootstrap key). */
    void registerToken(UUID tenantId, String name, Role role, String plaintext);

    UUID createUser(UUID tenantId, String username, String password, Role role);

    record TenantInfo(UUID id, String name, boolean bootstrap) {
    }
}
