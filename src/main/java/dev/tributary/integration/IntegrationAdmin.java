package dev.tributary.integration;

import dev.tributary.integration.OrganizationMappings.ScopeSyncResult;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * The operations behind Settings → Integrations, used by the REST API and the web UI alike:
 * connect, disconnect, settings, status, organization sync and mapping edits, webhook details.
 */
public interface IntegrationAdmin {

    IntegrationStatus status(UUID tenantId, String provider);

    IntegrationStatus connect(UUID tenantId, String actor, String provider, JsonNode request);

    void disconnect(UUID tenantId, String actor, String provider);

    IntegrationStatus patchSettings(UUID tenantId, String actor, String provider, JsonNode patch);

    ScopeSyncResult syncOrganizations(UUID tenantId, String provider);

    OrganizationMapping updateMapping(UUID tenantId, String actor, String provider, UUID mappingId, MappingUpdate update);

    /** Webhook URL, header and secret (the secret is created on first request). */
    WebhookDetails webhook(UUID tenantId, String provider, String baseUrl);

    WebhookDetails rotateWebhookSecret(UUID tenantId, String actor, String provider, String baseUrl);

    /** {@code clientSet} distinguishes "clientId": null (unmap) from an absent clientId. */
    record MappingUpdate(boolean clientSet, UUID clientId, Boolean autoCreateTickets, Boolean autoSyncAssets) {
    }

    record WebhookDetails(String url, String headerName, String secret, String payloadTemplate) {
    }
}
