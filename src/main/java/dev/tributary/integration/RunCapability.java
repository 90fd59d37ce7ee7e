package dev.tributary.integration;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * Executes sync runs (poll, device syncs, alert backfill, software sync). The kernel owns the run
 * row, the per-integration lock, progress, counts, status and scheduling; the provider only does
 * the work through the {@link RunContext}.
 */
public interface RunCapability {

    Set<RunKind> runKinds();

    /**
     * Does one run. Throwing marks the run failed with the exception's message (which must be an
     * actionable sentence without secrets); {@link RunContext#skip(String)} marks it skipped.
     */
    void execute(RunContext context) throws Exception;

    /**
     * The runs to schedule for an integration with these settings, with their (clamped) intervals.
     * An absent kind is not scheduled.
     */
    Map<RunKind, Duration> schedules(Map<String, Object> settings);
}
