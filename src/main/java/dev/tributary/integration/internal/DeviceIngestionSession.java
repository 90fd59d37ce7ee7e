package dev.tributary.integration.internal;

import dev.tributary.integration.DeviceSnapshot;
import dev.tributary.integration.IngestionCounts;
import dev.tributary.integration.IngestionSession;
import dev.tributary.integration.IntegrationRef;
import dev.tributary.integration.internal.IngestionRepository.Existing;
import dev.tributary.integration.internal.IngestionRepository.MappingWrite;
import dev.tributary.psa.AgentStatus;
import dev.tributary.psa.AssetDetails;
import dev.tributary.psa.AssetType;
import dev.tributary.psa.AssetWrite;
import dev.tributary.psa.Assets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.IdGenerator;

/**
 * One sync's ingestion. Per page: one query correlates the page through the external mappings
 * (and one more, only when needed, by provider device id), unchanged devices are skipped by
 * content hash, and the rest is written with batched statements in one transaction. When a page's
 * transaction fails, its devices are retried one by one so a single bad device costs only itself.
 */
class DeviceIngestionSession implements IngestionSession {

    private static final Logger log = LoggerFactory.getLogger(DeviceIngestionSession.class);

    private final IntegrationRef integration;
    private final Map<String, UUID> scopeClients;
    private final List<String> syncedScopeIds;
    private final IngestionRepository repository;
    private final Assets assets;
    private final TransactionTemplate transactions;
    private final PlannerStatistics statistics;
    private final IdGenerator ids;
    private final Clock clock;

    private final Map<String, String> seenScopes = new HashMap<>();
    /** Decided once per session: devices are also looked up by provider device id only if some assets lack a mapping. */
    private Boolean deviceIdFallback;
    private final Set<String> conflictKeys = new HashSet<>();
    private final List<String> conflicts = new ArrayList<>();
    private IngestionCounts counts = IngestionCounts.ZERO;

    DeviceIngestionSession(IntegrationRef integration, Map<String, UUID> scopeClients, List<String> syncedScopeIds,
                           IngestionRepository repository, Assets assets, TransactionTemplate transactions,
                           PlannerStatistics statistics, IdGenerator ids, Clock clock) {
        this.statistics = statistics;
        this.integration = integration;
        this.scopeClients = scopeClients;
        this.syncedScopeIds = syncedScopeIds;
        this.repository = repository;
        this.assets = assets;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    private record Candidate(DeviceSnapshot snapshot, UUID clientId) {
    }

    @Override
    public synchronized IngestionCounts ingest(List<DeviceSnapshot> page) {
        long skipped = 0;
        long failed = 0;
        List<Candidate> candidates = new ArrayList<>(page.size());
        for (DeviceSnapshot snapshot : page) {
            String id = snapshot.externalDeviceId();
            if (id == null || id.isBlank()) {
                failed++;
                continue;
            }
            String firstScope = seenScopes.putIfAbsent(id, String.valueOf(snapshot.externalScopeId()));
            if (firstScope != null) {
                // Met twice in one sync (e.g. an endpoint in two mapped groups): the first scope owns it.
                skipped++;
                noteConflict(id, firstScope, snapshot.externalScopeId());
                continue;
            }
            UUID clientId = scopeClients.get(snapshot.externalScopeId());
            if (clientId == null) {
                skipped++;
                continue;
            }
            candidates.add(new Candidate(snapshot, clientId));
        }
        IngestionCounts result = new IngestionCounts(page.size(), 0, 0, 0, skipped, 0, failed);
        if (!candidates.isEmpty()) {
            IngestionCounts written;
            try {
                written = transactions.execute(status -> write(candidates));
            } catch (RuntimeException pageFailure) {
                log.warn("Ingesting a page of {} devices for {} failed ({}); retrying them one by one",
                        candidates.size(), integration.provider(), pageFailure.getClass().getSimpleName());
                written = oneByOne(candidates);
            }
            result = result.plus(written);
            statistics.inserted(written.created());
        }
        counts = counts.plus(result);
        return result;
    }

    private IngestionCounts oneByOne(List<Candidate> candidates) {
        IngestionCounts total = IngestionCounts.ZERO;
        for (Candidate candidate : candidates) {
            try {
                total = total.plus(transactions.execute(status -> write(List.of(candidate))));
            } catch (RuntimeException deviceFailure) {
                log.warn("Device {} of {} could not be stored: {}", candidate.snapshot().externalDeviceId(), integration.provider(),
                        deviceFailure.getClass().getSimpleName());
                total = total.plus(new IngestionCounts(0, 0, 0, 0, 0, 0, 1));
            }
        }
        return total;
    }

    private IngestionCounts write(List<Candidate> candidates) {
        UUID tenantId = integration.tenantId();
        String provider = integration.provider();
        Instant now = clock.instant();
        List<String> externalIds = candidates.stream().map(c -> c.snapshot().externalDeviceId()).toList();
        Map<String, Existing> existing = repository.correlateByMapping(tenantId, provider, externalIds);
        List<String> staleMappings = new ArrayList<>();
        existing.entrySet().removeIf(entry -> {
            if (entry.getValue().assetId() == null) {
                staleMappings.add(entry.getKey());
                return true;
            }
            return false;
        });
        if (existing.size() < externalIds.size() && deviceIdFallback()) {
            List<String> unmapped = externalIds.stream().filter(id -> !existing.containsKey(id)).toList();
            existing.putAll(repository.correlateByDeviceId(tenantId, provider, unmapped));
        }

        List<AssetWrite> inserts = new ArrayList<>();
        List<AssetWrite> updates = new ArrayList<>();
        Map<UUID, AssetType> previousTypes = new HashMap<>();
        List<MappingWrite> newMappings = new ArrayList<>();
        List<MappingWrite> changedMappings = new ArrayList<>();
        List<UUID> deleted = new ArrayList<>();
        long unchanged = 0;
        long skipped = 0;
        for (Candidate candidate : candidates) {
            DeviceSnapshot s = candidate.snapshot();
            Existing current = existing.get(s.externalDeviceId());
            if (s.lifecycle() == DeviceSnapshot.Lifecycle.DELETED) {
                if (current == null) {
                    skipped++;
                } else {
                    deleted.add(current.assetId());
                }
                continue;
            }
            String hash = ContentHash.of(provider, candidate.clientId(), s);
            if (current != null && hash.equals(current.contentHash()) && AssetWrite.ACTIVE.equals(current.status())) {
                unchanged++;
                continue;
            }
            UUID assetId = current != null ? current.assetId() : ids.generateId();
            AssetWrite write = asset(assetId, candidate.clientId(), s, hash, now, current == null);
            MappingWrite mapping = new MappingWrite(ids.generateId(), Columns.fit(s.externalDeviceId(), 255),
                    Columns.fit(s.externalScopeId(), 255), assetId, s.metadata() == null ? Map.of() : s.metadata());
            if (current == null) {
                inserts.add(write);
                newMappings.add(mapping);
            } else {
                updates.add(write);
                previousTypes.put(assetId, current.type());
                (current.mapped() ? changedMappings : newMappings).add(mapping);
            }
        }
        assets.insertAll(tenantId, inserts);
        assets.updateAll(tenantId, updates, previousTypes);
        repository.deleteMappings(tenantId, provider, staleMappings);
        repository.insertMappings(tenantId, provider, newMappings, now);
        repository.linkWaitingAlerts(integration, newMappings.stream().map(MappingWrite::externalId).toList(), now);
        repository.updateMappings(tenantId, provider, changedMappings, now);
        int markedInactive = assets.markInactive(tenantId, deleted, now);
        return new IngestionCounts(0, inserts.size(), updates.size(), unchanged, skipped, markedInactive, 0);
    }

    private boolean deviceIdFallback() {
        if (deviceIdFallback == null) {
            deviceIdFallback = repository.hasUnmappedAssets(integration.tenantId(), integration.provider());
        }
        return deviceIdFallback;
    }

    private AssetWrite asset(UUID id, UUID clientId, DeviceSnapshot s, String hash, Instant now, boolean created) {
        String provider = integration.provider();
        String name = s.name() == null || s.name().isBlank() ? s.externalDeviceId() : s.name();
        return new AssetWrite(id, clientId, s.assetType() == null ? AssetType.UNKNOWN : s.assetType(), Columns.fit(name, 255),
                created ? Columns.fit(provider + ":" + s.externalDeviceId(), 255) : null, Columns.fit(s.serialNumber(), 255),
                AssetWrite.ACTIVE, Columns.fit(s.location(), 255), provider, Columns.fit(s.externalDeviceId(), 255),
                Columns.fit(s.externalScopeId(), 255), s.agentStatus() == null ? AgentStatus.UNKNOWN : s.agentStatus(),
                s.lastSeenAt(), now, hash, fit(s.details()));
    }

    private static AssetDetails fit(AssetDetails d) {
        if (d == null) {
            return AssetDetails.empty();
        }
        return new AssetDetails(Columns.fit(d.osType(), 100), Columns.fit(d.osVersion(), 255), Columns.fit(d.agentVersion(), 100),
                d.currentUser() == null ? null : Columns.fit(d.currentUser(), 255), d.uptimeSeconds(), Columns.fit(d.lanIp(), 45),
                Columns.fit(d.wanIp(), 45), Columns.fit(d.cpuModel(), 500), d.cpuCores(), d.ramGb(), d.diskUsage(),
                d.installedSoftware(), d.systemInfo(), d.lastRebootAt());
    }

    private void noteConflict(String deviceId, String firstScope, String otherScope) {
        if (firstScope.equals(String.valueOf(otherScope))) {
            return;
        }
        if (conflictKeys.add(deviceId)) {
            conflicts.add("Device " + deviceId + " is reported by scopes " + firstScope + " and " + otherScope
                    + "; it stays with " + firstScope + ".");
        }
    }

    @Override
    public synchronized IngestionCounts counts() {
        return counts;
    }

    @Override
    public synchronized boolean seen(String externalDeviceId) {
        return seenScopes.containsKey(externalDeviceId);
    }

    @Override
    public synchronized long markMissingInactive() {
        List<UUID> missing = new ArrayList<>();
        repository.activeAssets(integration.tenantId(), integration.provider(), syncedScopeIds, (assetId, deviceId) -> {
            if (!seenScopes.containsKey(deviceId)) {
                missing.add(assetId);
            }
        });
        int marked = transactions.execute(status -> assets.markInactive(integration.tenantId(), missing, clock.instant()));
        counts = counts.plus(new IngestionCounts(0, 0, 0, 0, 0, marked, 0));
        return marked;
    }

    @Override
    public synchronized List<String> conflicts() {
        return List.copyOf(conflicts);
    }

}
