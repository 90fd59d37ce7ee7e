package dev.tributary.tacticalrmm.normalize;

import dev.tributary.psa.AssetType;
import java.util.Locale;

/**
 * Server or workstation: Tactical's {@code monitoring_type} (set at install, editable) decides; when it is
 * missing or unknown, an operating system string naming a server edition ("Windows Server 2022",
 * "Ubuntu Server") does; everything else is a workstation.
 */
public final class AgentTypes {

    private AgentTypes() {
    }

    public static AssetType of(String monitoringType, String operatingSystem) {
        String type = monitoringType == null ? "" : monitoringType.trim().toLowerCase(Locale.ROOT);
        if (type.equals("server")) {
            return AssetType.SERVER;
        }
        if (type.equals("workstation")) {
            return AssetType.WORKSTATION;
        }
        String os = operatingSystem == null ? "" : operatingSystem.toLowerCase(Locale.ROOT);
        return os.matches(".*\\bserver\\b.*") ? AssetType.SERVER : AssetType.WORKSTATION;
    }
}
