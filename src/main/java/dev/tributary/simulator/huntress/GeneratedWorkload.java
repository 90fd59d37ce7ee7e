package dev.tributary.simulator.huntress;

import java.util.List;

/** The ids {@link HuntressSimulator#generate} created, in creation order. */
public record GeneratedWorkload(List<Long> organizationIds, List<Long> agentIds, List<Long> incidentIds) {

    public GeneratedWorkload {
        organizationIds = List.copyOf(organizationIds);
        agentIds = List.copyOf(agentIds);
        incidentIds = List.copyOf(incidentIds);
    }
}
