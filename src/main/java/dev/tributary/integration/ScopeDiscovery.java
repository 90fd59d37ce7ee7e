package dev.tributary.integration;

import java.util.List;

/** Lists the provider's scopes (organizations, clients, computer groups) for organization mapping. */
public interface ScopeDiscovery {

    List<ScopeSnapshot> discoverScopes(IntegrationRef integration);

    /** Toggles given to scopes seen for the first time. */
    default ScopeDefaults scopeDefaults() {
        return new ScopeDefaults(true, true);
    }

    record ScopeDefaults(boolean autoCreateTickets, boolean autoSyncAssets) {
    }
}
