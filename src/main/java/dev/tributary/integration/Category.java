package dev.tributary.integration;

import com.fasterxml.jackson.annotation.JsonValue;

/** Which section of Settings → Integrations a provider appears in. */
public enum Category {
    RMM("RMM"), SECURITY("Security");

    private final String title;

    Category(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    @JsonValue
    public String value() {
        return name().toLowerCase();
    }
}
