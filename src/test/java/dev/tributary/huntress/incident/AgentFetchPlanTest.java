package dev.tributary.huntress.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fewest requests for the agents a cycle needs: single GETs, per-organization listings or one account listing. */
class AgentFetchPlanTest {

    static Set<String> agents(String prefix, int count) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < count; i++) {
            ids.add(prefix + i);
        }
        return ids;
    }

    @Test
    void aFewAgentsAreFetchedOneByOne() {
        var plan = AgentFetchPlan.choose(Map.of("1", agents("a", 1)), Map.of("1", 40L, "2", 600L), true);
        assertThat(plan.listAll()).isFalse();
        assertThat(plan.listOrgs()).isEmpty();
        assertThat(plan.requests()).isEqualTo(1);
    }

    @Test
    void manyAgentsOfOneOrganizationAreListed() {
        var plan = AgentFetchPlan.choose(Map.of("1", agents("a", 30)), Map.of("1", 40L, "2", 5_000L), true);
        assertThat(plan.listOrgs()).containsExactly("1");
        assertThat(plan.listAll()).isFalse();
        assertThat(plan.requests()).isEqualTo(1);
    }

    @Test
    void threeHundredAgentsAcrossTheAccountCostOneListing() {
        Map<String, Set<String>> needed = new LinkedHashMap<>();
        Map<String, Long> counts = new HashMap<>();
        for (int org = 0; org < 30; org++) {
            needed.put("o" + org, agents("o" + org + "-", 10));
            counts.put("o" + org, 15L);
        }
        var plan = AgentFetchPlan.choose(needed, counts, true);
        assertThat(plan.listAll()).isTrue();
        assertThat(plan.requests()).isEqualTo(1);
    }

    @Test
    void largeOrganizationsWithFewNeededAgentsUseSingleLookups() {
        Map<String, Set<String>> needed = new LinkedHashMap<>();
        Map<String, Long> counts = new HashMap<>();
        for (int org = 0; org < 70; org++) {
            needed.put("o" + org, agents("o" + org + "-", 1));
            counts.put("o" + org, 1_001L);
        }
        var plan = AgentFetchPlan.choose(needed, counts, true);
        assertThat(plan.listAll()).isFalse();
        assertThat(plan.listOrgs()).isEmpty();
        assertThat(plan.requests()).isEqualTo(70);
    }

    @Test
    void unknownCountsFallBackToSingleLookupsAndNeverToAnAccountListing() {
        Map<String, Set<String>> needed = new HashMap<>();
        needed.put(null, agents("x", 3));
        needed.put("1", agents("a", 600));
        var plan = AgentFetchPlan.choose(needed, Map.of("1", 600L), false);
        assertThat(plan.listAll()).isFalse();
        assertThat(plan.listOrgs()).containsExactly("1");
        assertThat(plan.requests()).isEqualTo(3 + 2);
    }

    @Test
    void nothingNeededCostsNothing() {
        assertThat(AgentFetchPlan.choose(Map.of(), Map.of("1", 10L), true)).isEqualTo(AgentFetchPlan.NOTHING);
    }
}
