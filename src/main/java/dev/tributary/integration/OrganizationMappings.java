package dev.tributary.integration;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Provider scopes mapped to clients; shared by every provider. */
public interface OrganizationMappings {

    List<OrganizationMapping> list(UUID tenantId, UUID integrationId);

    Optional<OrganizationMapping> find(UUID tenantId, UUID integrationId, String externalOrganizationId);

    /** Mapped scopes with asset sync switched on, in a stable order (by external id). */
    List<OrganizationMapping> syncedScopes(UUID tenantId, UUID integrationId);

    /**
     * Adds an unmapped row for a scope met outside a scope sync (e.g. an unknown Huntress
     * organization on an incident); an existing row is returned untouched.
     */
    OrganizationMapping ensure(UUID tenantId, UUID integrationId, ScopeSnapshot scope, ScopeDiscovery.ScopeDefaults defaults);

    /** Upserts discovered scopes and auto-matches unmapped rows by exact normalized name. */
    ScopeSyncResult upsertDiscovered(UUID tenantId, UUID integrationId, List<ScopeSnapshot> scopes,
                                     ScopeDiscovery.ScopeDefaults defaults);

    long unmappedCount(UUID tenantId, UUID integrationId);

    record ScopeSyncResult(int total, int created, int updated, int autoMatched) {
        public Map<String, Object> asMap() {
            return Map.of("total", total, "created", created, "updated", updated, "autoMatched", autoMatched);
        }
    }
}
