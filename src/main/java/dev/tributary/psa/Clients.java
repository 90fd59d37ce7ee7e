package dev.tributary.psa;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface Clients {

    ClientInfo create(UUID tenantId, String name);

    List<ClientInfo> list(UUID tenantId);

    Optional<ClientInfo> find(UUID tenantId, UUID clientId);

    default boolean exists(UUID tenantId, UUID clientId) {
        return find(tenantId, clientId).isPresent();
    }

    record ClientInfo(UUID id, String name) {
    }
}
