package dev.tributary.psa.asset;

import dev.tributary.psa.AgentStatus;
import dev.tributary.psa.AssetDetails.InstalledSoftware;
import dev.tributary.psa.AssetQuery;
import dev.tributary.psa.AssetType;
import dev.tributary.psa.AssetView;
import dev.tributary.psa.AssetWrite;
import dev.tributary.psa.Assets;
import dev.tributary.psa.ListPage;
import dev.tributary.psa.PageRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AssetService implements Assets {

    private final AssetRepository assets;
    private final Clock clock;

    AssetService(AssetRepository assets, Clock clock) {
        this.assets = assets;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void insertAll(UUID tenantId, List<AssetWrite> batch) {
        if (!batch.isEmpty()) {
            assets.insertAll(tenantId, batch, clock.instant());
        }
    }

    @Override
    @Transactional
    public void updateAll(UUID tenantId, List<AssetWrite> batch, Map<UUID, AssetType> previousTypes) {
        if (!batch.isEmpty()) {
            assets.updateAll(tenantId, batch, previousTypes, clock.instant());
        }
    }

    @Override
    @Transactional
    public int markInactive(UUID tenantId, Collection<UUID> assetIds, Instant now) {
        return assetIds.isEmpty() ? 0 : assets.markInactive(tenantId, assetIds, now);
    }

    @Override
    @Transactional
    public void replaceInstalledSoftware(UUID tenantId, Map<UUID, List<InstalledSoftware>> softwareByAsset) {
        if (!softwareByAsset.isEmpty()) {
            assets.replaceInstalledSoftware(tenantId, softwareByAsset);
        }
    }

    @Override
    public List<AssetMatch> findByName(UUID tenantId, UUID clientId, String name) {
        return name == null || name.isBlank() ? List.of() : assets.findByName(tenantId, clientId, name.trim());
    }

    @Override
    public Optional<AssetView> find(UUID tenantId, UUID assetId) {
        return assets.find(tenantId, assetId);
    }

    @Override
    public ListPage<AssetView> list(UUID tenantId, AssetQuery query, PageRequest page) {
        return assets.list(tenantId, query, page);
    }

    @Override
    public Map<AgentStatus, Long> countByAgentStatus(UUID tenantId, String provider) {
        return assets.countByAgentStatus(tenantId, provider);
    }

    @Override
    public Map<String, Map<AgentStatus, Long>> countByProviderAndAgentStatus(UUID tenantId) {
        return assets.countByProviderAndAgentStatus(tenantId);
    }
}
