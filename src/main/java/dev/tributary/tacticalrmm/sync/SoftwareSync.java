package dev.tributary.tacticalrmm.sync;

import dev.tributary.integration.ExternalEntities;
import dev.tributary.integration.RunContext;
import dev.tributary.integration.http.ProblemKind;
import dev.tributary.integration.http.ProviderException;
import dev.tributary.integration.http.ProviderJson;
import dev.tributary.psa.AssetDetails.InstalledSoftware;
import dev.tributary.psa.Assets;
import dev.tributary.tacticalrmm.client.TacticalApi;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Software inventory in two requests whatever the fleet size: {@code GET /agents/?detail=false} (the cheap map of
 * integer pk to {@code agent_id}) and {@code GET /software/} (one row per agent, keyed by that pk, each with its
 * {@code software[]} items). Never {@code PUT /software/<agent_id>/} (a synchronous call to every agent). Each
 * synced asset's list is replaced; agents without an asset are skipped.
 */
public final class SoftwareSync {

    private static final int WRITE_CHUNK = 500;

    private final RunContext context;
    private final TacticalApi api;
    private final Assets assets;
    private final ExternalEntities entities;

    public SoftwareSync(RunContext context, TacticalApi api, Assets assets, ExternalEntities entities) {
        this.context = context;
        this.api = api;
        this.assets = assets;
        this.entities = entities;
    }

    public void run() {
        long before = api.requestCount();
        JsonNode hostnames = api.get("/agents/", Map.of("detail", "false"));
        JsonNode inventory = api.get("/software/", Map.of());
        context.count("requests", api.requestCount() - before);
        if (!hostnames.isArray() || !inventory.isArray()) {
            throw new ProviderException(ProblemKind.MALFORMED_RESPONSE, 200, "Tactical RMM answered /agents/ or /software/ "
                    + "without a list.");
        }
        Map<Long, String> agentIds = new HashMap<>();
        for (JsonNode agent : hostnames) {
            Long pk = ProviderJson.longValue(agent, "id");
            String agentId = ProviderJson.text(agent, "agent_id");
            if (pk != null && agentId != null) {
                agentIds.put(pk, agentId);
            }
        }
        Map<String, UUID> byAgent = entities.assetsByExternalId(context.integration().tenantId(), context.integration().provider());
        Map<UUID, List<InstalledSoftware>> chunk = new LinkedHashMap<>();
        long done = 0;
        for (JsonNode row : inventory) {
            done++;
            Long pk = ProviderJson.longValue(row, "agent");
            String agentId = pk == null ? null : agentIds.get(pk);
            UUID assetId = agentId == null ? null : byAgent.get(agentId);
            if (assetId == null) {
                context.count("skipped", 1);
                continue;
            }
            chunk.put(assetId, items(row.get("software")));
            if (chunk.size() >= WRITE_CHUNK) {
                write(chunk);
            }
            context.progress(done, (long) inventory.size());
        }
        write(chunk);
        context.count("fetched", inventory.size());
    }

    private void write(Map<UUID, List<InstalledSoftware>> chunk) {
        if (!chunk.isEmpty()) {
            assets.replaceInstalledSoftware(context.integration().tenantId(), chunk);
            context.count("updated", chunk.size());
            chunk.clear();
        }
    }

    /** The items of one agent: name, version and publisher; items without a name are left out, duplicates once. */
    public static List<InstalledSoftware> items(JsonNode software) {
        List<InstalledSoftware> result = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        if (software != null && software.isArray()) {
            for (JsonNode item : software) {
                String name = ProviderJson.text(item, "name");
                if (name == null || name.isBlank()) {
                    continue;
                }
                String version = ProviderJson.text(item, "version");
                String publisher = ProviderJson.text(item, "publisher");
                if (seen.add(name.trim() + "\u0000" + version)) {
                    result.add(new InstalledSoftware(name.trim(), version, publisher));
                }
            }
        }
        return result;
    }
}
