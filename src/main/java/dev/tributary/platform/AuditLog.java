package dev.tributary.platform;

import java.util.Map;
import java.util.UUID;

/** Who changed what: configuration changes, connections, credential updates. */
public interface AuditLog {

    void record(UUID tenantId, String actor, String action, String entityType, String entityId, Map<String, ?> details);
}
