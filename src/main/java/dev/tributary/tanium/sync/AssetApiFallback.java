package dev.tributary.tanium.sync;

import dev.tributary.integration.DeviceSnapshot;
import dev.tributary.integration.ExternalEntities;
import dev.tributary.integration.IngestionSession;
import dev.tributary.integration.OrganizationMapping;
import dev.tributary.integration.RunContext;
import dev.tributary.integration.http.ProblemKind;
import dev.tributary.integration.http.ProviderException;
import dev.tributary.psa.AssetType;
import dev.tributary.psa.AssetView;
import dev.tributary.psa.Assets;
import dev.tributary.tanium.client.AssetApiClient;
import dev.tributary.tanium.normalize.AssetRowNormalizer;
import dev.tributary.tanium.normalize.CorrelationKeys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The Asset API pass of a full sync, after a complete Gateway walk, for endpoints that aged out of
 * the Tanium Data Service (no successful collection for longer than its retention, 30 days by
 * default) and so are no longer returned by the Gateway.
 *
 * <p>The Asset API has its own id space and no computer-group filter, so each row is judged by its
 * correlation keys (Tanium Client computer id, serial number, computer name):
 * <ol>
 *   <li>A row matching any endpoint the Gateway returned in this run is that endpoint: ignored, never a
 *       duplicate ({@code assetApiOnGateway}).</li>
 *   <li>Otherwise the row is looked up among the assets this integration synced before from a group
 *       that is still synced but that the Gateway did not return this time, by computer id, then serial,
 *       then name (a key shared by two such assets decides nothing). On a match the row is ingested
 *       under that asset's Gateway endpoint id and group, as offline, keeping the asset active
 *       ({@code agedOut}).</li>
 *   <li>Anything else has no group to belong to — an endpoint that aged out before it was ever synced,
 *       an Import-API record such as a printer — and is skipped ({@code assetApiUnmatched}).</li>
 * </ol>
 * Rows are read a page at a time and resolved in chunks, so memory stays bounded.
 */
final class AssetApiFallback {

    static final int PAGE_LIMIT = 200;
    private static final int CHUNK = 500;
    private static final Logger log = LoggerFactory.getLogger(AssetApiFallback.class);

    private final RunContext context;
    private final AssetApiClient api;
    private final Assets assets;
    private final ExternalEntities entities;
    private final KeyFingerprints gatewayKeys;
    private final Set<String> claimed = new HashSet<>();
    private Index index;
    private long requestsReported;

    AssetApiFallback(RunContext context, AssetApiClient api, Assets assets, ExternalEntities entities, KeyFingerprints gatewayKeys) {
        this.context = context;
        this.api = api;
        this.assets = assets;
        this.entities = entities;
        this.gatewayKeys = gatewayKeys;
    }

    void run() {
        long minimum = 0;
        List<JsonNode> pending = new ArrayList<>();
        try {
            while (true) {
                AssetApiClient.Page page = api.page(minimum, PAGE_LIMIT);
                long highest = -1;
                for (JsonNode row : page.rows()) {
                    context.count("assetApiRows", 1);
                    highest = Math.max(highest, row.path("id").asLong(-1));
                    CorrelationKeys keys = AssetRowNormalizer.keys(row);
                    if (keys.isEmpty()) {
                        context.count("assetApiUnmatched", 1);
                    } else if (gatewayKeys.matchesAny(keys)) {
                        context.count("assetApiOnGateway", 1);
                    } else {
                        pending.add(row);
                        if (pending.size() >= CHUNK) {
                            resolve(pending);
                            pending.clear();
                        }
                    }
                }
                reportRequests();
                if (page.endOfReader() || page.rows().isEmpty()) {
                    break;
                }
                long next = page.nextAssetId() != null ? page.nextAssetId() : highest + 1;
                if (next <= minimum) {
                    throw new ProviderException(ProblemKind.MALFORMED_RESPONSE, "Tanium Asset API did not advance "
                            + "(nextAssetId " + next + " after minimumAssetId " + minimum + "); the fallback was stopped.");
                }
                minimum = next;
            }
            resolve(pending);
        } finally {
            reportRequests();
        }
    }

    private void resolve(List<JsonNode> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Index lookup = index();
        IngestionSession session = context.ingestion();
        List<DeviceSnapshot> batch = new ArrayList<>();
        for (JsonNode row : rows) {
            Candidate match = lookup.find(AssetRowNormalizer.keys(row));
            if (match == null || session.seen(match.deviceId()) || !claimed.add(match.deviceId())) {
                context.count("assetApiUnmatched", 1);
                continue;
            }
            DeviceSnapshot s = AssetRowNormalizer.normalize(row, match.deviceId(), match.scopeId());
            batch.add(new DeviceSnapshot(s.externalDeviceId(), s.externalScopeId(), s.lifecycle(),
                    match.type() != AssetType.UNKNOWN || s.assetType() == null ? match.type() : s.assetType(),
                    s.name() != null ? s.name() : match.name(), s.serialNumber(), s.agentStatus(), s.lastSeenAt(), s.location(),
                    s.details(), s.metadata()));
        }
        if (!batch.isEmpty()) {
            session.ingest(batch);
            context.count("agedOut", batch.size());
            log.info("Tanium Asset API: {} aged-out endpoint(s) of integration {} kept as offline", batch.size(),
                    context.integration().integrationId());
        }
    }

    private record Candidate(String deviceId, String scopeId, String name, AssetType type) {
    }

    /** Assets synced before, from a still-synced group, that the Gateway did not return in this run. */
    private Index index() {
        if (index != null) {
            return index;
        }
        Set<String> scopes = new HashSet<>();
        for (OrganizationMapping scope : context.syncedScopes()) {
            scopes.add(scope.externalOrganizationId());
        }
        IngestionSession session = context.ingestion();
        Index built = new Index();
        Map<String, UUID> known = entities.assetsByExternalId(context.integration().tenantId(), context.integration().provider());
        for (Map.Entry<String, UUID> entry : known.entrySet()) {
            if (session.seen(entry.getKey())) {
                continue;
            }
            Optional<AssetView> view = assets.find(context.integration().tenantId(), entry.getValue());
            if (view.isEmpty() || !scopes.contains(view.get().rmmOrganizationId())) {
                continue;
            }
            AssetView v = view.get();
            Object computerId = v.details() == null || v.details().systemInfo() == null ? null
                    : v.details().systemInfo().get("computerId");
            built.add(CorrelationKeys.of(computerId == null ? null : computerId.toString(), v.serialNumber(), v.name()),
                    new Candidate(entry.getKey(), v.rmmOrganizationId(), v.name(), v.assetType()));
        }
        index = built;
        return built;
    }

    /** Key → candidate, per kind of key; a key shared by two candidates maps to none. */
    private static final class Index {
        private static final Candidate AMBIGUOUS = new Candidate("", "", "", AssetType.UNKNOWN);
        private final Map<String, Candidate> byComputerId = new HashMap<>();
        private final Map<String, Candidate> bySerial = new HashMap<>();
        private final Map<String, Candidate> byName = new HashMap<>();

        void add(CorrelationKeys keys, Candidate candidate) {
            put(byComputerId, keys.computerId(), candidate);
            put(bySerial, keys.serial(), candidate);
            put(byName, keys.name(), candidate);
        }

        Candidate find(CorrelationKeys keys) {
            for (Candidate c : new Candidate[] {get(byComputerId, keys.computerId()), get(bySerial, keys.serial()),
                get(byName, keys.name())}) {
                if (c != null) {
                    return c;
                }
            }
            return null;
        }

        private static void put(Map<String, Candidate> map, String key, Candidate candidate) {
            if (key != null) {
                map.merge(key, candidate, (a, b) -> a.deviceId().equals(b.deviceId()) ? a : AMBIGUOUS);
            }
        }

        private static Candidate get(Map<String, Candidate> map, String key) {
            Candidate c = key == null ? null : map.get(key);
            return c == AMBIGUOUS ? null : c;
        }
    }

    private void reportRequests() {
        long now = api.requestCount();
        if (now > requestsReported) {
            context.count("requests", now - requestsReported);
            requestsReported = now;
        }
    }
}
