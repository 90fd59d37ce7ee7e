package dev.tributary.integration;

import dev.tributary.platform.Secret;
import java.util.Map;

/**
 * What a successful live connection check returns for the kernel to store.
 *
 * @param instanceUrl the provider URL the integration talks to
 * @param secrets     credentials, by secret name (only these go to the secret store)
 * @param settings    non-secret values merged into the integration's settings (e.g. account name)
 */
public record ConnectedAccount(String instanceUrl, Map<String, Secret> secrets, Map<String, Object> settings) {
}
