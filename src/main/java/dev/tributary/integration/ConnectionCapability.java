package dev.tributary.integration;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Connects a tenant to the provider after a live check; nothing is stored when the check fails. */
public interface ConnectionCapability {

    /**
     * Validates the credentials against the live API.
     *
     * @throws dev.tributary.integration.http.ProviderException with an actionable sentence when the provider refuses
     * @throws dev.tributary.platform.InvalidFieldException     when a field of the request is missing or malformed
     */
    ConnectedAccount connect(UUID tenantId, JsonNode request);

    /** The fields of the connect form, in order (the kernel renders the form from them). */
    List<ConnectionField> connectionFields();

    /** Every secret name this provider may store, so disconnect can delete them all. */
    List<String> secretNames();

    /** Credential fields shown (masked) in the status, from the stored secrets. */
    Map<String, String> maskedCredentials(IntegrationRef integration);

    /** Runs after the connection was stored (e.g. first organization sync); failures are logged, not fatal. */
    default void afterConnect(IntegrationRef integration) {
    }
}
