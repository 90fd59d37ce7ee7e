package dev.tributary.integration.internal;

import dev.tributary.integration.IntegrationRecord;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * One entry per active integration in {@code /actuator/health} (details for admins only). A
 * provider outage is the provider's problem, not this instance's: the status stays UP so a load
 * balancer never drops a healthy node, and the details say which integrations are failing.
 */
@Component("integrations")
class IntegrationsHealthIndicator implements HealthIndicator {

    private final IntegrationRepository integrations;

    IntegrationsHealthIndicator(IntegrationRepository integrations) {
        this.integrations = integrations;
    }

    @Override
    public Health health() {
        Map<String, Object> details = new LinkedHashMap<>();
        long failing = 0;
        for (IntegrationRecord integration : integrations.allActive()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("syncStatus", integration.syncStatus());
            entry.put("lastSyncAt", integration.lastSyncAt() == null ? null : integration.lastSyncAt().toString());
            if (integration.syncError() != null) {
                entry.put("error", integration.syncError());
                failing++;
            }
            details.put(integration.tenantId() + "/" + integration.provider(), entry);
        }
        return Health.up().withDetail("failing", failing).withDetails(details).build();
    }
}
