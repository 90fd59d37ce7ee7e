package dev.tributary.psa;

import dev.tributary.psa.AssetDetails.InstalledSoftware;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Assets for other modules. The batched writes run a constant number of statements whatever the
 * number of assets, and join the caller's transaction.
 */
public interface Assets {

    /** Inserts assets and their detail rows: one batched statement per table. */
    void insertAll(UUID tenantId, List<AssetWrite> assets);

    /**
     * Updates assets and their details (hardware fields only when reported). An asset whose type
     * moves between server and non-server has its detail row moved to the matching table.
     *
     * @param previousTypes the stored type of each asset, to detect such moves
     */
    void updateAll(UUID tenantId, List<AssetWrite> assets, Map<UUID, AssetType> previousTypes);

    /** Sets {@code status=inactive} and forgets the content hash so the next sighting rewrites the asset. */
    int markInactive(UUID tenantId, Collection<UUID> assetIds, Instant now);

    /** Replaces the installed-software list of each asset (one batched statement per detail table). */
    void replaceInstalledSoftware(UUID tenantId, Map<UUID, List<InstalledSoftware>> softwareByAsset);

    /** Assets of a client whose name equals {@code name} ignoring case. */
    List<AssetMatch> findByName(UUID tenantId, UUID clientId, String name);

    Optional<AssetView> find(UUID tenantId, UUID assetId);

    ListPage<AssetView> list(UUID tenantId, AssetQuery query, PageRequest page);

    /** Counts by agent status, for the dashboard. */
    Map<AgentStatus, Long> countByAgentStatus(UUID tenantId, String provider);

    /** Counts by provider and agent status ({@code "none"} for assets without a provider). */
    Map<String, Map<AgentStatus, Long>> countByProviderAndAgentStatus(UUID tenantId);

    record AssetMatch(UUID id, String name, String serialNumber, UUID clientId) {
    }
}
