package dev.tributary.integration;

import java.util.Collection;

/** Opens ingestion sessions; the one path from provider devices to assets. */
public interface DeviceIngestion {

    /**
     * @param syncedScopeIds the scopes being synced (mapped with asset sync on); only their
     *                       assets can be marked inactive at the end of a full sync
     */
    IngestionSession open(IntegrationRef integration, Collection<String> syncedScopeIds);
}
