package dev.tributary.platform;

import java.util.Optional;
import java.util.UUID;

/**
 * Tenant-scoped credentials, encrypted at rest. A ciphertext is bound to its tenant and name, so
 * it cannot be replayed under another tenant or another name.
 */
public interface SecretStore {

    Optional<Secret> get(UUID tenantId, String name);

    void put(UUID tenantId, String name, Secret secret);

    void delete(UUID tenantId, String name);

    default Secret require(UUID tenantId, String name) {
        return get(tenantId, name).orElseThrow(() -> new IllegalStateException("Missing credential " + name));
    }
}
