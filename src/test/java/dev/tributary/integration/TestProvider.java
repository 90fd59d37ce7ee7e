package dev.tributary.integration;

import dev.tributary.integration.http.ProblemKind;
import dev.tributary.integration.http.ProviderException;
import dev.tributary.platform.InvalidFieldException;
import dev.tributary.platform.Secret;
import dev.tributary.platform.SecretStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;

/**
 * A provider used only by kernel tests: scopes and devices come from in-memory lists the test
 * controls, the "live check" accepts the key {@code good-key}, and a run can be held open.
 */
public class TestProvider implements IntegrationProvider, ConnectionCapability, ScopeDiscovery, RunCapability {

    public static final String ID = "testrmm";
    public static final String SECRET = ID + ".api_key";

    private final SecretStore secrets;
    private final String id;
    private final boolean enterprise;
    public final List<ScopeSnapshot> scopes = new CopyOnWriteArrayList<>();
    public final Map<String, List<DeviceSnapshot>> devices = new ConcurrentHashMap<>();
    public volatile int pageSize = 2;
    public volatile CountDownLatch hold;
    public volatile CountDownLatch started;
    public final List<String> executed = new CopyOnWriteArrayList<>();
    /** Runs executing right now, per integration, and the most ever seen at once. */
    public final Map<UUID, java.util.concurrent.atomic.AtomicInteger> active = new ConcurrentHashMap<>();
    public final java.util.concurrent.atomic.AtomicInteger mostConcurrentOnOneIntegration = new java.util.concurrent.atomic.AtomicInteger();
    public volatile long workMillis;

    public TestProvider(SecretStore secrets, String id, boolean enterprise) {
        this.secrets = secrets;
        this.id = id;
        this.enterprise = enterprise;
    }

    @Override
    public ProviderDescriptor descriptor() {
        return new ProviderDescriptor(id, enterprise ? "Test Enterprise" : "Test RMM", Category.RMM, enterprise,
                EnumSet.of(Capability.CONNECTION, Capability.SCOPE_SYNC, Capability.DEVICE_SYNC), "A provider for tests");
    }

    @Override
    public ConnectedAccount connect(UUID tenantId, JsonNode request) {
        String key = request.path("apiKey").asString("");
        if (key.isBlank()) {
            throw new InvalidFieldException("apiKey", "is required");
        }
        if (!key.equals("good-key")) {
            throw new ProviderException(ProblemKind.BAD_CREDENTIALS, 401, "Test RMM rejected the API key (HTTP 401).");
        }
        return new ConnectedAccount("https://test.example", Map.of(SECRET, Secret.of(key)), Map.of("accountName", "Test account"));
    }

    @Override
    public List<ConnectionField> connectionFields() {
        return List.of(ConnectionField.secret("apiKey", "API key", true, "Use good-key."));
    }

    @Override
    public List<String> secretNames() {
        return List.of(SECRET);
    }

    @Override
    public Map<String, String> maskedCredentials(IntegrationRef integration) {
        return secrets.get(integration.tenantId(), SECRET).map(s -> Map.of("apiKey", s.masked())).orElse(Map.of());
    }

    @Override
    public List<ScopeSnapshot> discoverScopes(IntegrationRef integration) {
        return List.copyOf(scopes);
    }

    @Override
    public Set<RunKind> runKinds() {
        return EnumSet.of(RunKind.FULL_SYNC, RunKind.INCREMENTAL_SYNC);
    }

    @Override
    public void execute(RunContext context) throws Exception {
        var counter = active.computeIfAbsent(context.integration().integrationId(), k -> new java.util.concurrent.atomic.AtomicInteger());
        mostConcurrentOnOneIntegration.accumulateAndGet(counter.incrementAndGet(), Math::max);
        try {
            work(context);
            if (workMillis > 0) {
                Thread.sleep(workMillis);
            }
        } finally {
            counter.decrementAndGet();
        }
    }

    private void work(RunContext context) throws Exception {
        executed.add(context.kind().value());
        if (started != null) {
            started.countDown();
        }
        if (hold != null && !hold.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("held run was never released");
        }
        List<OrganizationMapping> scopes = context.syncedScopes();
        long done = 0;
        for (OrganizationMapping scope : scopes) {
            List<DeviceSnapshot> all = devices.getOrDefault(scope.externalOrganizationId(), List.of());
            for (int from = 0; from < all.size(); from += pageSize) {
                context.ingestion().ingest(new ArrayList<>(all.subList(from, Math.min(all.size(), from + pageSize))));
            }
            context.progress(++done, (long) scopes.size());
        }
        context.count("requests", scopes.size());
    }

    @Override
    public Map<RunKind, Duration> schedules(Map<String, Object> settings) {
        return DeviceSyncSettings.schedules(settings);
    }

    public Map<String, Object> settingsOf(Map<String, Object> extra) {
        return new LinkedHashMap<>(extra);
    }
}
