package dev.tributary.integration.internal;

import dev.tributary.integration.OrganizationMapping;
import dev.tributary.integration.OrganizationMappings;
import dev.tributary.integration.ScopeDiscovery.ScopeDefaults;
import dev.tributary.integration.ScopeSnapshot;
import dev.tributary.platform.InvalidFieldException;
import dev.tributary.platform.NotFoundException;
import dev.tributary.psa.Clients;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.IdGenerator;

/**
 * Scope discovery upsert (names refresh, choices and toggles kept, nothing deleted) and
 * auto-match of unmapped rows. A row a user deliberately unmapped is not auto-matched again.
 */
@Service
class OrganizationMappingService implements OrganizationMappings {

    static final String AUTO_MATCHED = "autoMatched";
    static final String MANUALLY_UNMAPPED = "manuallyUnmapped";

    private final OrganizationMappingRepository mappings;
    private final Clients clients;
    private final IdGenerator ids;
    private final Clock clock;

    OrganizationMappingService(OrganizationMappingRepository mappings, Clients clients, IdGenerator ids, Clock clock) {
        this.mappings = mappings;
        this.clients = clients;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public List<OrganizationMapping> list(UUID tenantId, UUID integrationId) {
        return mappings.list(tenantId, integrationId);
    }

    @Override
    public Optional<OrganizationMapping> find(UUID tenantId, UUID integrationId, String externalOrganizationId) {
        return mappings.find(tenantId, integrationId, externalOrganizationId);
    }

    @Override
    public List<OrganizationMapping> syncedScopes(UUID tenantId, UUID integrationId) {
        return mappings.list(tenantId, integrationId).stream()
                .filter(m -> m.mapped() && m.autoSyncAssets())
                .sorted(Comparator.comparing(OrganizationMapping::externalOrganizationId))
                .toList();
    }

    @Override
    @Transactional
    public OrganizationMapping ensure(UUID tenantId, UUID integrationId, ScopeSnapshot scope, ScopeDefaults defaults) {
        Optional<OrganizationMapping> existing = mappings.find(tenantId, integrationId, scope.externalId());
        if (existing.isPresent()) {
            return existing.get();
        }
        mappings.insert(ids.generateId(), tenantId, integrationId, scope.externalId(), scope.name(), defaults.autoCreateTickets(),
                defaults.autoSyncAssets(), metadata(scope, Map.of()), clock.instant());
        return mappings.find(tenantId, integrationId, scope.externalId()).orElseThrow();
    }

    @Override
    @Transactional
    public ScopeSyncResult upsertDiscovered(UUID tenantId, UUID integrationId, List<ScopeSnapshot> scopes, ScopeDefaults defaults) {
        Instant now = clock.instant();
        Map<String, OrganizationMapping> existing = new LinkedHashMap<>();
        mappings.list(tenantId, integrationId).forEach(m -> existing.put(m.externalOrganizationId(), m));
        int created = 0;
        int updated = 0;
        for (ScopeSnapshot scope : scopes) {
            OrganizationMapping current = existing.get(scope.externalId());
            if (current == null) {
                if (mappings.insert(ids.generateId(), tenantId, integrationId, scope.externalId(), scope.name(),
                        defaults.autoCreateTickets(), defaults.autoSyncAssets(), metadata(scope, Map.of()), now)) {
                    created++;
                }
            } else {
                mappings.refresh(tenantId, current.id(), scope.name(), metadata(scope, current.metadata()), now);
                updated++;
            }
        }
        int autoMatched = autoMatch(tenantId, integrationId, now);
        return new ScopeSyncResult(scopes.size(), created, updated, autoMatched);
    }

    private int autoMatch(UUID tenantId, UUID integrationId, Instant now) {
        var candidates = clients.list(tenantId).stream().map(c -> new AutoMatcher.Candidate(c.id(), c.name())).toList();
        AutoMatcher matcher = new AutoMatcher(candidates);
        int matched = 0;
        for (OrganizationMapping mapping : mappings.list(tenantId, integrationId)) {
            if (mapping.mapped() || Boolean.TRUE.equals(mapping.metadata().get(MANUALLY_UNMAPPED))) {
                continue;
            }
            Optional<UUID> client = matcher.match(mapping.externalOrganizationName());
            if (client.isPresent()) {
                Map<String, Object> metadata = new LinkedHashMap<>(mapping.metadata());
                metadata.put(AUTO_MATCHED, true);
                if (mappings.autoMatch(tenantId, mapping.id(), client.get(), metadata, now)) {
                    matched++;
                }
            }
        }
        return matched;
    }

    @Override
    public long unmappedCount(UUID tenantId, UUID integrationId) {
        return mappings.unmappedCount(tenantId, integrationId);
    }

    /** A user's edit: a client choice clears the auto-matched marker; unmapping is remembered. */
    @Transactional
    OrganizationMapping update(UUID tenantId, UUID integrationId, UUID mappingId, MappingChange change) {
        OrganizationMapping current = mappings.findById(tenantId, integrationId, mappingId)
                .orElseThrow(() -> new NotFoundException("Organization mapping"));
        UUID clientId = current.clientId();
        Map<String, Object> metadata = new LinkedHashMap<>(current.metadata());
        if (change.clientSet()) {
            clientId = change.clientId();
            if (clientId != null && !clients.exists(tenantId, clientId)) {
                throw new InvalidFieldException("clientId", "no such client");
            }
            metadata.put(AUTO_MATCHED, false);
            metadata.put(MANUALLY_UNMAPPED, clientId == null);
        }
        boolean autoCreate = change.autoCreateTickets() != null ? change.autoCreateTickets() : current.autoCreateTickets();
        boolean autoSync = change.autoSyncAssets() != null ? change.autoSyncAssets() : current.autoSyncAssets();
        mappings.update(tenantId, mappingId, clientId, autoCreate, autoSync, metadata, clock.instant());
        return mappings.findById(tenantId, integrationId, mappingId).orElseThrow();
    }

    record MappingChange(boolean clientSet, UUID clientId, Boolean autoCreateTickets, Boolean autoSyncAssets) {
    }

    private static Map<String, Object> metadata(ScopeSnapshot scope, Map<String, Object> current) {
        Map<String, Object> metadata = new LinkedHashMap<>(current);
        if (scope.metadata() != null) {
            metadata.putAll(scope.metadata());
        }
        if (scope.kind() != null) {
            metadata.put("kind", scope.kind());
        }
        return metadata;
    }
}
