package dev.tributary.integration;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A sync run as the API and the UI show it. */
public record SyncRunView(
        UUID id,
        UUID integrationId,
        RunKind kind,
        RunTrigger trigger,
        RunState state,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        long progressDone,
        Long progressTotal,
        Map<String, Long> counts,
        String error,
        String skippedReason) {
}
