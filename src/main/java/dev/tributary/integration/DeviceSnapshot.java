package dev.tributary.integration;

import dev.tributary.psa.AgentStatus;
import dev.tributary.psa.AssetDetails;
import dev.tributary.psa.AssetType;
import java.time.Instant;
import java.util.Map;

/**
 * A provider device normalized for ingestion: every provider maps its payload to this, and one
 * {@link DeviceIngestion} path turns snapshots into assets.
 *
 * @param externalDeviceId stable provider id (Tactical agent_id, Tanium endpoint id)
 * @param externalScopeId  the organization/client/group it belongs to; decides the client
 * @param lifecycle        {@code ACTIVE}, or {@code DELETED} when the provider reports it gone
 * @param details          workstation/server details; null hardware fields keep what is stored
 * @param metadata         provider facts kept on the external mapping (site, raw ids)
 */
public record DeviceSnapshot(
        String externalDeviceId,
        String externalScopeId,
        Lifecycle lifecycle,
        AssetType assetType,
        String name,
        String serialNumber,
        AgentStatus agentStatus,
        Instant lastSeenAt,
        String location,
        AssetDetails details,
        Map<String, Object> metadata) {

    public enum Lifecycle { ACTIVE, DELETED }
}
