package dev.tributary.integration;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** What a sync run does; each kind belongs to one capability. */
public enum RunKind {
    POLL(Capability.INCIDENT_POLLING),
    FULL_SYNC(Capability.DEVICE_SYNC),
    INCREMENTAL_SYNC(Capability.DEVICE_SYNC),
    ALERTS_BACKFILL(Capability.ALERT_BACKFILL),
    SOFTWARE_SYNC(Capability.SOFTWARE_INVENTORY);

    private final Capability capability;

    RunKind(Capability capability) {
        this.capability = capability;
    }

    public Capability capability() {
        return capability;
    }

    @JsonValue
    public String value() {
        return name().toLowerCase();
    }

    public static Optional<RunKind> parse(String value) {
        for (RunKind kind : values()) {
            if (kind.value().equalsIgnoreCase(value == null ? "" : value.trim())) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
