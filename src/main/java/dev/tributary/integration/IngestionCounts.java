package dev.tributary.integration;

/** What an ingestion did; {@code skipped} counts devices of unmapped scopes and duplicates. */
public record IngestionCounts(long fetched, long created, long updated, long unchanged, long skipped, long markedInactive,
                             long failed) {

    public static final IngestionCounts ZERO = new IngestionCounts(0, 0, 0, 0, 0, 0, 0);

    public IngestionCounts plus(IngestionCounts other) {
        return new IngestionCounts(fetched + other.fetched, created + other.created, updated + other.updated,
                unchanged + other.unchanged, skipped + other.skipped, markedInactive + other.markedInactive,
                failed + other.failed);
    }
}
