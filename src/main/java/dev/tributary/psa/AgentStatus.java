package dev.tributary.psa;

import com.fasterxml.jackson.annotation.JsonValue;

/** The monitoring agent's state; {@code overdue} is first-class (Tactical's "not seen for long"). */
public enum AgentStatus {
    ONLINE, OFFLINE, OVERDUE, UNKNOWN;

    @JsonValue
    public String value() {
        return name().toLowerCase();
    }

    public static AgentStatus parse(String value) {
        if (value == null) {
            return UNKNOWN;
        }
        for (AgentStatus status : values()) {
            if (status.value().equalsIgnoreCase(value.trim())) {
                return status;
            }
        }
        return UNKNOWN;
    }
}
