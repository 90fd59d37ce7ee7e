package dev.tributary.integration;

import com.fasterxml.jackson.annotation.JsonValue;

public enum RunTrigger {
    MANUAL, SCHEDULED, WEBHOOK;

    @JsonValue
    public String value() {
        return name().toLowerCase();
    }
}
