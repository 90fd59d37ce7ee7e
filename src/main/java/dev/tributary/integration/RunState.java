package dev.tributary.integration;

import com.fasterxml.jackson.annotation.JsonValue;

public enum RunState {
    QUEUED, RUNNING, SUCCEEDED, FAILED, SKIPPED;

    @JsonValue
    public String value() {
        return name().toLowerCase();
    }

    public boolean finished() {
        return this == SUCCEEDED || this == FAILED || this == SKIPPED;
    }
}
