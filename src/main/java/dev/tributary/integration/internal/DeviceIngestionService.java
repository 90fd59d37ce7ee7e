package dev.tributary.integration.internal;

import dev.tributary.integration.DeviceIngestion;
import dev.tributary.integration.IngestionSession;
import dev.tributary.integration.IntegrationRef;
import dev.tributary.integration.OrganizationMapping;
import dev.tributary.integration.OrganizationMappings;
import dev.tributary.psa.Assets;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.IdGenerator;

@Service
class DeviceIngestionService implements DeviceIngestion {

    private final IngestionRepository repository;
    private final OrganizationMappings mappings;
    private final Assets assets;
    private final TransactionTemplate transactions;
    private final PlannerStatistics statistics;
    private final IdGenerator ids;
    private final Clock clock;

    DeviceIngestionService(IngestionRepository repository, OrganizationMappings mappings, Assets assets,
                           PlatformTransactionManager transactionManager, PlannerStatistics statistics, IdGenerator ids, Clock clock) {
        this.statistics = statistics;
        this.repository = repository;
        this.mappings = mappings;
        this.assets = assets;
        this.transactions = new TransactionTemplate(transactionManager);
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public IngestionSession open(IntegrationRef integration, Collection<String> syncedScopeIds) {
        Map<String, UUID> scopeClients = new HashMap<>();
        List<OrganizationMapping> synced = mappings.syncedScopes(integration.tenantId(), integration.integrationId());
        for (OrganizationMapping mapping : synced) {
            scopeClients.put(mapping.externalOrganizationId(), mapping.clientId());
        }
        return new DeviceIngestionSession(integration, scopeClients, List.copyOf(syncedScopeIds), repository, assets, transactions,
                statistics, ids, clock);
    }
}
