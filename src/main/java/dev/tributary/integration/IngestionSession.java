package dev.tributary.integration;

import java.util.List;

/**
 * Ingests one sync's devices a page at a time, each page in one transaction with a constant
 * number of statements. Remembers which devices it has seen, so a device met twice (an endpoint
 * in two groups) is owned by the first scope, and so missing devices can be marked inactive.
 */
public interface IngestionSession {

    /** Ingests one page and returns what it did. */
    IngestionCounts ingest(List<DeviceSnapshot> page);

    /** Totals so far. */
    IngestionCounts counts();

    /** Whether this device id was already ingested in this session. */
    boolean seen(String externalDeviceId);

    /**
     * Ends a full sync: assets of the synced scopes that were not seen are marked inactive.
     *
     * @return how many were marked
     */
    long markMissingInactive();

    /** Scope conflicts met (a device reported by two mapped scopes), described once each. */
    List<String> conflicts();
}
