package dev.tributary.integration;

/** What a provider can do; the UI and the API are built from these flags, never from provider ids. */
public enum Capability {
    CONNECTION("connection"),
    SCOPE_SYNC("scopeSync"),
    DEVICE_SYNC("deviceSync"),
    INCIDENT_POLLING("incidentPolling"),
    WEBHOOK_EVENTS("webhookEvents"),
    ALERT_BACKFILL("alertBackfill"),
    SOFTWARE_INVENTORY("softwareInventory");

    private final String key;

    Capability(String key) {
        this.key = key;
    }

    /** The camelCase key used in the {@code capabilities} object of the API. */
    public String key() {
        return key;
    }
}
