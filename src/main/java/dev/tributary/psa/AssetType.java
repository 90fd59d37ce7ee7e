package dev.tributary.psa;

import com.fasterxml.jackson.annotation.JsonValue;

public enum AssetType {
    WORKSTATION, SERVER, NETWORK_DEVICE, MOBILE_DEVICE, UNKNOWN;

    @JsonValue
    public String value() {
        return name().toLowerCase();
    }

    public static AssetType parse(String value) {
        if (value == null) {
            return UNKNOWN;
        }
        for (AssetType type : values()) {
            if (type.value().equalsIgnoreCase(value.trim())) {
                return type;
            }
        }
        return UNKNOWN;
    }

    /** Servers keep their details in {@code server_assets}, every other type in {@code workstation_assets}. */
    public boolean isServer() {
        return this == SERVER;
    }
}
