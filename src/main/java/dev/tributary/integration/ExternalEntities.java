package dev.tributary.integration;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The provider-neutral identity backbone: external device ids mapped to assets. */
public interface ExternalEntities {

    /** Links an external device to an asset (insert or update by external id). */
    void linkAsset(UUID tenantId, String integrationType, String externalId, String realm, UUID assetId, Map<String, Object> metadata);

    Optional<UUID> findAsset(UUID tenantId, String integrationType, String externalId);

    /** External id → asset id for every mapped device of the integration type. */
    Map<String, UUID> assetsByExternalId(UUID tenantId, String integrationType);
}
