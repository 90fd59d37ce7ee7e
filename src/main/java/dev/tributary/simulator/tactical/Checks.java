package dev.tributary.simulator.tactical;

/** An agent's check counters as {@code Agent.checks} reports them. */
public record Checks(int total, int passing, int failing, int warning, int info) {

    public static final Checks NONE = new Checks(0, 0, 0, 0, 0);

    /** {@code failing > 0 or warning > 0}. */
    public boolean hasFailingChecks() {
        return failing > 0 || warning > 0;
    }
}
