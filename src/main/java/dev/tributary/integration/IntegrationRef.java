package dev.tributary.integration;

import java.util.UUID;

/** Identifies one integration (tenant + provider row) to provider code. */
public record IntegrationRef(UUID tenantId, UUID integrationId, String provider) {
}
