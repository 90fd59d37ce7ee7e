package dev.tributary.huntress.incident;

import dev.tributary.huntress.client.Agent;
import dev.tributary.huntress.client.HuntressClient;
import dev.tributary.integration.http.ProblemKind;
import dev.tributary.integration.http.ProviderException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agents of one poll cycle: fetched in bulk up front when an {@link AgentFetchPlan} says that is
 * cheaper, otherwise one by one on first use; every answer (found, missing, failed) is cached for the
 * rest of the cycle, so an agent is never asked for twice. Bad credentials propagate (the cycle
 * fails); any other failure becomes {@link AgentLookup.Failed} and the ticket is still created.
 */
final class AgentDirectory {

    private static final Logger log = LoggerFactory.getLogger(AgentDirectory.class);

    private final HuntressClient client;
    private final Map<String, AgentLookup> cache = new HashMap<>();
    private boolean accountListed;

    AgentDirectory(HuntressClient client) {
        this.client = client;
    }

    /** Runs the bulk part of a plan; agents not covered are looked up one by one later. */
    void prefetch(AgentFetchPlan plan) {
        if (plan.listAll()) {
            listing(null).ifPresent(count -> accountListed = true);
            return;
        }
        for (String org : plan.listOrgs()) {
            listing(org);
        }
    }

    private Optional<Integer> listing(String organizationId) {
        try {
            var agents = client.agents(organizationId);
            agents.forEach(agent -> cache.put(agent.id(), new AgentLookup.Found(agent)));
            return Optional.of(agents.size());
        } catch (ProviderException e) {
            if (e.kind() == ProblemKind.BAD_CREDENTIALS) {
                throw e;
            }
            log.warn("Listing Huntress agents{} failed ({}); falling back to single lookups",
                    organizationId == null ? "" : " of organization " + organizationId, e.getMessage());
            return Optional.empty();
        }
    }

    AgentLookup lookup(String agentId, String organizationId) {
        if (agentId == null) {
            return AgentLookup.hostless();
        }
        AgentLookup cached = cache.get(agentId);
        if (cached != null) {
            return cached;
        }
        AgentLookup result;
        if (accountListed) {
            // The whole account was listed: an absent agent no longer exists (an organization listing
            // proves less, since an agent may have moved to another organization).
            result = new AgentLookup.Missing(agentId);
        } else {
            try {
                Optional<Agent> agent = client.agent(agentId);
                result = agent.<AgentLookup>map(AgentLookup.Found::new).orElseGet(() -> new AgentLookup.Missing(agentId));
            } catch (ProviderException e) {
                if (e.kind() == ProblemKind.BAD_CREDENTIALS) {
                    throw e;
                }
                result = new AgentLookup.Failed(agentId, e.getMessage());
            }
        }
        cache.put(agentId, result);
        return result;
    }
}
