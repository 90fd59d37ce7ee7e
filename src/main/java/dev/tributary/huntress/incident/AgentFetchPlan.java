package dev.tributary.huntress.incident;

import dev.tributary.huntress.client.HuntressClient;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Chooses how to fetch the agents a poll cycle needs with the fewest requests. Per organization,
 * either one {@code GET /v1/agents/{id}} per needed agent, or listing the organization's agents in
 * pages of 500 (cost: ⌈agents_count / 500⌉); or, when cheaper than all of that together, listing the
 * whole account's agents once. Organizations whose agent count is unknown are fetched one by one.
 * Pure: the cost model is unit-tested.
 *
 * @param listAll      list every agent of the account
 * @param listOrgs     organizations whose agents are listed
 * @param requests     the estimated number of requests
 */
public record AgentFetchPlan(boolean listAll, Set<String> listOrgs, long requests) {

    public static final AgentFetchPlan NOTHING = new AgentFetchPlan(false, Set.of(), 0);

    /**
     * @param neededByOrg distinct agent ids needed, per organization id ({@code null} key: unknown organization)
     * @param agentCounts {@code agents_count} of every organization of the account, when known
     * @param allCountsKnown whether {@code agentCounts} covers every organization (so the account total is known)
     */
    public static AgentFetchPlan choose(Map<String, Set<String>> neededByOrg, Map<String, Long> agentCounts, boolean allCountsKnown) {
        long perOrg = 0;
        Set<String> listOrgs = new LinkedHashSet<>();
        long needed = 0;
        for (Map.Entry<String, Set<String>> entry : neededByOrg.entrySet()) {
            long individual = entry.getValue().size();
            needed += individual;
            Long count = entry.getKey() == null ? null : agentCounts.get(entry.getKey());
            long listing = count == null ? Long.MAX_VALUE : pages(count);
            if (listing < individual) {
                listOrgs.add(entry.getKey());
                perOrg += listing;
            } else {
                perOrg += individual;
            }
        }
        if (needed == 0) {
            return NOTHING;
        }
        if (allCountsKnown) {
            long total = agentCounts.values().stream().mapToLong(Long::longValue).sum();
            long all = pages(total);
            if (all < perOrg) {
                return new AgentFetchPlan(true, Set.of(), all);
            }
        }
        return new AgentFetchPlan(false, Set.copyOf(listOrgs), perOrg);
    }

    static long pages(long agents) {
        return Math.max(1, (agents + HuntressClient.PAGE_SIZE - 1) / HuntressClient.PAGE_SIZE);
    }
}
