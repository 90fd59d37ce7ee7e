package dev.tributary.tanium.sync;

import dev.tributary.integration.ExternalEntities;
import dev.tributary.integration.RunContext;
import dev.tributary.integration.RunKind;
import dev.tributary.psa.Assets;
import dev.tributary.tanium.client.AssetApiClient;
import dev.tributary.tanium.client.GatewayClient;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * One device sync run: the Gateway walk of every synced group, then — for a full sync whose walk was
 * complete and with the fallback switched on — the Asset API pass for aged-out endpoints. A run with a
 * failed group ends failed after the other groups were synced. Marking devices missing from a full
 * sync inactive is the kernel's, after the run returns.
 */
@Component
public class TaniumDeviceSync {

    private final Assets assets;
    private final ExternalEntities entities;
    private final Clock clock;

    TaniumDeviceSync(Assets assets, ExternalEntities entities, Clock clock) {
        this.assets = assets;
        this.entities = entities;
        this.clock = clock;
    }

    /**
     * @param assetApi the Asset API client, or null when the fallback is off
     */
    public void execute(RunContext context, GatewayClient gateway, int pageSize, Duration onlineWindow,
                        Supplier<AssetApiClient> assetApi) {
        if (context.syncedScopes().isEmpty()) {
            context.skip("No Tanium computer group is mapped to a client with asset sync on: sync the computer groups "
                    + "and map them to clients first.");
            return;
        }
        boolean fallback = assetApi != null && context.kind() == RunKind.FULL_SYNC;
        InventorySync.Outcome outcome = new InventorySync(context, gateway, pageSize, onlineWindow, clock, fallback).run();
        if (fallback && outcome.complete()) {
            new AssetApiFallback(context, assetApi.get(), assets, entities, outcome.fingerprints()).run();
        }
        outcome.throwIfIncomplete();
    }
}
