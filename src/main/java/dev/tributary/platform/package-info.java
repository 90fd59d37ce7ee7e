/**
 * Tenants, people, roles, API tokens, security, encrypted secrets, audit trail, edition and the
 * shared building blocks (clock, ids, JSON columns, problem types) every other module uses.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package dev.tributary.platform;
