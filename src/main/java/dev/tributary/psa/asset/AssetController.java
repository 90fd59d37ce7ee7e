package dev.tributary.psa.asset;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tributary.platform.Caller;
import dev.tributary.platform.InvalidFieldException;
import dev.tributary.platform.NotFoundException;
import dev.tributary.psa.AgentStatus;
import dev.tributary.psa.AssetDetails;
import dev.tributary.psa.AssetQuery;
import dev.tributary.psa.AssetType;
import dev.tributary.psa.AssetView;
import dev.tributary.psa.Assets;
import dev.tributary.psa.ListPage;
import dev.tributary.psa.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/assets")
class AssetController {

    private final Assets assets;

    AssetController(Assets assets) {
        this.assets = assets;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AssetJson(UUID id, String name, AssetType assetType, UUID clientId, String status, String assetTag, String serialNumber,
                     String rmmProvider, String rmmDeviceId, String rmmOrganizationId, AgentStatus agentStatus, Instant lastSeenAt,
                     Instant lastRmmSyncAt, DetailsJson details) {

        static AssetJson of(AssetView a) {
            return new AssetJson(a.id(), a.name(), a.assetType(), a.clientId(), a.status(), a.assetTag(), a.serialNumber(),
                    a.rmmProvider(), a.rmmDeviceId(), a.rmmOrganizationId(), a.agentStatus(), a.lastSeenAt(), a.lastRmmSyncAt(),
                    a.details() == null ? null : DetailsJson.of(a.details()));
        }
    }

    /** Details always list every key (null when unknown), so clients can rely on the shape. */
    record DetailsJson(String osType, String osVersion, String agentVersion, String currentUser, Long uptimeSeconds, String lanIp,
                       String wanIp, String cpuModel, Integer cpuCores, java.math.BigDecimal ramGb,
                       List<AssetDetails.DiskUsage> diskUsage, List<AssetDetails.InstalledSoftware> installedSoftware,
                       java.util.Map<String, Object> systemInfo, Instant lastRebootAt) {

        static DetailsJson of(AssetDetails d) {
            return new DetailsJson(d.osType(), d.osVersion(), d.agentVersion(), d.currentUser(), d.uptimeSeconds(), d.lanIp(),
                    d.wanIp(), d.cpuModel(), d.cpuCores(), d.ramGb(), d.diskUsage() == null ? List.of() : d.diskUsage(),
                    d.installedSoftware() == null ? List.of() : d.installedSoftware(), d.systemInfo(), d.lastRebootAt());
        }
    }

    @GetMapping
    ListPage<AssetJson> list(Caller caller,
                             @RequestParam(required = false) UUID clientId,
                             @RequestParam(required = false) String provider,
                             @RequestParam(required = false) String agentStatus,
                             @RequestParam(required = false) String status,
                             @RequestParam(required = false) Integer limit,
                             @RequestParam(required = false) Long offset) {
        AgentStatus agent = null;
        if (agentStatus != null) {
            agent = AgentStatus.parse(agentStatus);
            if (agent == AgentStatus.UNKNOWN && !"unknown".equalsIgnoreCase(agentStatus.trim())) {
                throw new InvalidFieldException("agentStatus", "must be one of online, offline, overdue, unknown");
            }
        }
        if (status != null && !List.of("active", "inactive").contains(status)) {
            throw new InvalidFieldException("status", "must be active or inactive");
        }
        var query = new AssetQuery(clientId, provider, agent, status, null);
        return assets.list(caller.tenantId(), query, PageRequest.of(limit, offset)).map(AssetJson::of);
    }

    @GetMapping("/{id}")
    AssetJson get(Caller caller, @PathVariable UUID id) {
        return assets.find(caller.tenantId(), id).map(AssetJson::of).orElseThrow(() -> new NotFoundException("Asset"));
    }
}
