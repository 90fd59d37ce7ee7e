package dev.tributary.simulator.tactical;

import java.util.List;

/**
 * An agent's software inventory ({@code software.InstalledSoftware}): its own pk, the agent's pk and
 * the items, either explicit or generated on read from a seed (for large fleets).
 */
public final class SoftwareInventory {

    private final int id;
    private final int agent;
    private final List<SoftwareItem> items;
    private final long seed;
    private final int generatedCount;

    private SoftwareInventory(int id, int agent, List<SoftwareItem> items, long seed, int generatedCount) {
        this.id = id;
        this.agent = agent;
        this.items = items;
        this.seed = seed;
        this.generatedCount = generatedCount;
    }

    public static SoftwareInventory of(int id, int agent, List<SoftwareItem> items) {
        return new SoftwareInventory(id, agent, List.copyOf(items), 0, 0);
    }

    /** An inventory of {@code count} plausible Windows programs chosen by {@code seed}. */
    public static SoftwareInventory generated(int id, int agent, long seed, int count) {
        return new SoftwareInventory(id, agent, null, seed, count);
    }

    public int id() {
        return id;
    }

    public int agent() {
        return agent;
    }

    public List<SoftwareItem> items() {
        return items != null ? items : SoftwareCatalog.generate(seed, generatedCount);
    }
}
