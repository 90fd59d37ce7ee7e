package dev.tributary.simulator.tactical;

/** The {@code failing_checks} object on clients and sites: {@code {"error": bool, "warning": bool}}. */
public record FailingChecks(boolean error, boolean warning) {

    public static final FailingChecks NONE = new FailingChecks(false, false);
}
