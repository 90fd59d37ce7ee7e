package dev.tributary.huntress.incident;

import dev.tributary.psa.Assets.AssetMatch;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Best-effort asset linking: the mapped client's assets named like the agent's hostname (ignoring
 * case) are candidates; one candidate is the match; several are narrowed by the agent's serial
 * number and must then leave exactly one. Anything else links nothing (host details are in the body).
 */
final class AssetMatcher {

    private AssetMatcher() {
    }

    static Optional<UUID> match(List<AssetMatch> sameName, String serialNumber) {
        if (sameName.size() == 1) {
            return Optional.of(sameName.get(0).id());
        }
        if (sameName.size() > 1 && serialNumber != null && !serialNumber.isBlank()) {
            List<AssetMatch> bySerial = sameName.stream()
                    .filter(asset -> asset.serialNumber() != null && asset.serialNumber().trim().equalsIgnoreCase(serialNumber.trim()))
                    .toList();
            if (bySerial.size() == 1) {
                return Optional.of(bySerial.get(0).id());
            }
        }
        return Optional.empty();
    }
}
