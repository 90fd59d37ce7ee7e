package dev.tributary.platform;

import java.util.UUID;

/**
 * Who is making a request: the tenant decides what every query may see. (Deliberately not a
 * {@code java.security.Principal}: MVC would then resolve it from the request instead of the security context.)
 *
 * @param tenantId the tenant all data access is scoped to
 * @param name     user name or {@code token:<name>}, used in the audit log
 * @param role     the caller's role
 */
public record Caller(UUID tenantId, String name, Role role) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
