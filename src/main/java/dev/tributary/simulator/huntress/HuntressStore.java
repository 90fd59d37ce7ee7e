package dev.tributary.simulator.huntress;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The simulator's in-memory data, thread-safe by monitor. Stored records are never mutated in place
 * (every change stores a modified copy), so snapshots handed to the HTTP side can share them; callers
 * outside the package only ever see copies. Ids are global across accounts, as on the real service.
 */
final class HuntressStore {

    /** An organization with the figures computed from the agents and incident reports it owns. */
    record OrganizationRow(HuntressOrganization organization, long agentsCount, long incidentReportsCount,
                           long isolatedAgents, long unresponsiveAgents) {
    }

    /** Agents that have not called back for this long count as unresponsive in {@code actual_usages}. */
    private static final Duration UNRESPONSIVE_AFTER = Duration.ofDays(30);

    private final Clock clock;
    private final Map<Long, HuntressAccount> accounts = new LinkedHashMap<>();
    private final Map<String, HuntressCredential> credentials = new LinkedHashMap<>();
    private final Map<Long, HuntressOrganization> organizations = new HashMap<>();
    private final Map<Long, HuntressAgent> agents = new HashMap<>();
    private final Map<Long, HuntressIncident> incidents = new HashMap<>();
    /** remediation id → incident id. */
    private final Map<Long, Long> remediationOwners = new HashMap<>();
    private long nextOrganizationId = 1000;
    private long nextAgentId = 3_000_000;
    private long nextIncidentId = 5_000_000;
    private long nextRemediationId = 90_000_000;

    HuntressStore(Clock clock) {
        this.clock = clock;
    }

    // ---------------------------------------------------------------- accounts and credentials

    synchronized HuntressAccount addAccount(HuntressAccount account) {
        if (account.id <= 0) {
            throw new IllegalArgumentException("An account needs a positive id");
        }
        if (accounts.containsKey(account.id)) {
            throw new IllegalArgumentException("Account " + account.id + " already exists");
        }
        accounts.put(account.id, account.copy());
        return account.copy();
    }

    synchronized HuntressAccount updateAccount(long id, Consumer<HuntressAccount> mutator) {
        HuntressAccount next = requireAccount(id).copy();
        mutator.accept(next);
        if (next.id != id) {
            throw new IllegalArgumentException("The account id cannot change");
        }
        accounts.put(id, next);
        return next.copy();
    }

    synchronized Optional<HuntressAccount> account(long id) {
        return Optional.ofNullable(accounts.get(id)).map(HuntressAccount::copy);
    }

    synchronized List<HuntressAccount> accounts() {
        return accounts.values().stream().map(HuntressAccount::copy).toList();
    }

    synchronized void addCredential(HuntressCredential credential) {
        requireAccount(credential.accountId());
        if (credentials.containsKey(credential.key())) {
            throw new IllegalArgumentException("API key " + credential.key() + " already exists");
        }
        credentials.put(credential.key(), credential);
    }

    synchronized boolean removeCredential(String key) {
        return credentials.remove(key) != null;
    }

    synchronized Optional<HuntressCredential> authenticate(String key, String secret) {
        HuntressCredential credential = credentials.get(key);
        if (credential == null || !MessageDigest.isEqual(credential.secret().getBytes(StandardCharsets.UTF_8),
                secret.getBytes(StandardCharsets.UTF_8)) || !accounts.containsKey(credential.accountId())) {
            return Optional.empty();
        }
        return Optional.of(credential);
    }

    // ---------------------------------------------------------------- organizations

    synchronized HuntressOrganization addOrganization(HuntressOrganization organization) {
        HuntressOrganization org = organization.copy();
        requireAccount(org.accountId);
        if (org.id == 0) {
            org.id = nextOrganizationId++;
        } else if (organizations.containsKey(org.id)) {
            throw new IllegalArgumentException("Organization " + org.id + " already exists");
        }
        nextOrganizationId = Math.max(nextOrganizationId, org.id + 1);
        Instant now = clock.instant();
        if (org.name == null) {
            org.name = "Organization " + org.id;
        }
        if (org.key == null) {
            org.key = slug(org.name);
        }
        if (org.createdAt == null) {
            org.createdAt = now;
        }
        if (org.updatedAt == null) {
            org.updatedAt = org.createdAt;
        }
        if (org.reportRecipients == null) {
            org.reportRecipients = new ArrayList<>();
        }
        if (org.notifyEmails == null) {
            org.notifyEmails = new ArrayList<>(org.reportRecipients);
        }
        organizations.put(org.id, org);
        return org.copy();
    }

    synchronized Optional<HuntressOrganization> organization(long id) {
        return Optional.ofNullable(organizations.get(id)).map(HuntressOrganization::copy);
    }

    synchronized HuntressOrganization updateOrganization(long id, Consumer<HuntressOrganization> mutator) {
        HuntressOrganization current = requireOrganization(id);
        HuntressOrganization next = current.copy();
        mutator.accept(next);
        if (next.id != id || next.accountId != current.accountId) {
            throw new IllegalArgumentException("An organization's id and account cannot change");
        }
        next.updatedAt = clock.instant();
        organizations.put(id, next);
        return next.copy();
    }

    /** Sets the counts of records the simulator does not hold individually, without touching {@code updated_at}. */
    synchronized void setUnmodeledCounts(long id, long agents, long incidentReports) {
        HuntressOrganization next = requireOrganization(id).copy();
        next.unmodeledAgents = agents;
        next.unmodeledIncidentReports = incidentReports;
        organizations.put(id, next);
    }

    /** Removes the organization with its agents and incident reports. */
    synchronized boolean removeOrganization(long id) {
        if (organizations.remove(id) == null) {
            return false;
        }
        agents.values().removeIf(agent -> agent.organizationId == id);
        List<Long> orphaned = incidents.values().stream()
                .filter(incident -> Objects.equals(incident.organizationId, id)).map(incident -> incident.id).toList();
        orphaned.forEach(this::removeIncident);
        return true;
    }

    synchronized List<OrganizationRow> organizationRows(long accountId) {
        Map<Long, long[]> agentStats = new HashMap<>();
        Instant staleBefore = clock.instant().minus(UNRESPONSIVE_AFTER);
        for (HuntressAgent agent : agents.values()) {
            if (agent.accountId != accountId) {
                continue;
            }
            long[] stats = agentStats.computeIfAbsent(agent.organizationId, id -> new long[3]);
            stats[0]++;
            if ("Isolated".equals(agent.firewallStatus)) {
                stats[1]++;
            }
            if (agent.lastCallbackAt == null || agent.lastCallbackAt.isBefore(staleBefore)) {
                stats[2]++;
            }
        }
        Map<Long, Long> incidentCounts = new HashMap<>();
        for (HuntressIncident incident : incidents.values()) {
            if (incident.accountId == accountId && incident.organizationId != null) {
                incidentCounts.merge(incident.organizationId, 1L, Long::sum);
            }
        }
        List<OrganizationRow> rows = new ArrayList<>();
        for (HuntressOrganization org : organizations.values()) {
            if (org.accountId != accountId) {
                continue;
            }
            long[] stats = agentStats.getOrDefault(org.id, new long[3]);
            rows.add(new OrganizationRow(org, org.unmodeledAgents + stats[0],
                    org.unmodeledIncidentReports + incidentCounts.getOrDefault(org.id, 0L), stats[1], stats[2]));
        }
        return rows;
    }

    /** Live (stored) agents of an organization, not counting the unmodeled ones. */
    synchronized long storedAgentCount(long organizationId) {
        return agents.values().stream().filter(agent -> agent.organizationId == organizationId).count();
    }

    synchronized long storedIncidentCount(long organizationId) {
        return incidents.values().stream().filter(incident -> Objects.equals(incident.organizationId, organizationId))
                .count();
    }

    // ---------------------------------------------------------------- agents

    synchronized HuntressAgent addAgent(HuntressAgent agent) {
        HuntressAgent next = agent.copy();
        requireAccount(next.accountId);
        HuntressOrganization org = requireOrganization(next.organizationId);
        if (org.accountId != next.accountId) {
            throw new IllegalArgumentException("Organization " + org.id + " belongs to another account");
        }
        if (next.id == 0) {
            next.id = nextAgentId++;
        } else if (agents.containsKey(next.id)) {
            throw new IllegalArgumentException("Agent " + next.id + " already exists");
        }
        nextAgentId = Math.max(nextAgentId, next.id + 1);
        Instant now = clock.instant();
        if (next.createdAt == null) {
            next.createdAt = now;
        }
        if (next.updatedAt == null) {
            next.updatedAt = next.createdAt;
        }
        agents.put(next.id, next);
        return next.copy();
    }

    synchronized Optional<HuntressAgent> agent(long id) {
        return Optional.ofNullable(agents.get(id)).map(HuntressAgent::copy);
    }

    synchronized HuntressAgent updateAgent(long id, Consumer<HuntressAgent> mutator) {
        HuntressAgent current = requireAgent(id);
        HuntressAgent next = current.copy();
        mutator.accept(next);
        if (next.id != id || next.accountId != current.accountId) {
            throw new IllegalArgumentException("An agent's id and account cannot change");
        }
        HuntressOrganization org = requireOrganization(next.organizationId);
        if (org.accountId != next.accountId) {
            throw new IllegalArgumentException("Organization " + org.id + " belongs to another account");
        }
        next.updatedAt = clock.instant();
        agents.put(id, next);
        return next.copy();
    }

    /** Removes an agent (uninstall); incident reports keep their {@code agent_id}. */
    synchronized boolean removeAgent(long id) {
        return agents.remove(id) != null;
    }

    synchronized List<HuntressAgent> agentsOf(long accountId) {
        return agents.values().stream().filter(agent -> agent.accountId == accountId).toList();
    }

    // ---------------------------------------------------------------- incident reports

    synchronized HuntressIncident addIncident(HuntressIncident incident) {
        HuntressIncident next = incident.copy();
        requireAccount(next.accountId);
        if (next.id == 0) {
            next.id = nextIncidentId++;
        } else if (incidents.containsKey(next.id)) {
            throw new IllegalArgumentException("Incident report " + next.id + " already exists");
        }
        validateReferences(next);
        Instant now = clock.instant();
        if (next.status == null) {
            next.status = "sent";
        }
        if (next.severity == null) {
            next.severity = "low";
        }
        if (next.platform == null) {
            next.platform = next.agentId != null ? agents.get(next.agentId).platform : "other";
        }
        if (next.indicatorTypes == null) {
            next.indicatorTypes = new ArrayList<>();
        }
        if (next.indicatorCounts == null) {
            next.indicatorCounts = new LinkedHashMap<>();
        }
        if (next.sentAt == null && !"deleting".equals(next.status)) {
            next.sentAt = now;
        }
        if (next.updatedAt == null) {
            next.updatedAt = now;
        }
        if (next.statusUpdatedAt == null) {
            next.statusUpdatedAt = next.sentAt != null ? next.sentAt : next.updatedAt;
        }
        if (next.createdAt == null) {
            next.createdAt = next.sentAt != null ? next.sentAt : next.updatedAt;
        }
        if ("closed".equals(next.status) && next.closedAt == null) {
            next.closedAt = next.statusUpdatedAt;
        }
        prepareRemediations(next, Map.of());
        nextIncidentId = Math.max(nextIncidentId, next.id + 1);
        incidents.put(next.id, next);
        indexRemediations(next);
        return next.copy();
    }

    synchronized Optional<HuntressIncident> incident(long id) {
        return Optional.ofNullable(incidents.get(id)).map(HuntressIncident::copy);
    }

    /**
     * Applies {@code mutator} to a copy of the incident report and stores it. {@code updated_at} becomes
     * now; when the status changed, so does {@code status_updated_at}, and {@code closed_at} is set on
     * a change to {@code closed} (cleared on a change away from it), unless the mutator set them itself.
     */
    synchronized HuntressIncident updateIncident(long id, Consumer<HuntressIncident> mutator) {
        HuntressIncident current = requireIncident(id);
        HuntressIncident next = current.copy();
        mutator.accept(next);
        if (next.id != id || next.accountId != current.accountId) {
            throw new IllegalArgumentException("An incident report's id and account cannot change");
        }
        validateReferences(next);
        Instant now = clock.instant();
        if (!Objects.equals(current.status, next.status)) {
            if (Objects.equals(current.statusUpdatedAt, next.statusUpdatedAt)) {
                next.statusUpdatedAt = now;
            }
            if (Objects.equals(current.closedAt, next.closedAt)) {
                next.closedAt = "closed".equals(next.status) ? now : null;
            }
        }
        next.updatedAt = now;
        Map<Long, HuntressRemediation> before = new HashMap<>();
        if (current.remediations != null) {
            current.remediations.forEach(remediation -> before.put(remediation.id, remediation));
        }
        unindexRemediations(current);
        try {
            prepareRemediations(next, before);
        } catch (RuntimeException e) {
            indexRemediations(current);
            throw e;
        }
        incidents.put(id, next);
        indexRemediations(next);
        return next.copy();
    }

    synchronized boolean removeIncident(long id) {
        HuntressIncident removed = incidents.remove(id);
        if (removed == null) {
            return false;
        }
        unindexRemediations(removed);
        return true;
    }

    synchronized List<HuntressIncident> incidentsOf(long accountId) {
        return incidents.values().stream().filter(incident -> incident.accountId == accountId).toList();
    }

    synchronized List<HuntressIncident> allIncidents() {
        return incidents.values().stream().sorted(Comparator.comparingLong(incident -> incident.id))
                .map(HuntressIncident::copy).toList();
    }

    synchronized List<HuntressAgent> allAgents() {
        return agents.values().stream().sorted(Comparator.comparingLong(agent -> agent.id)).map(HuntressAgent::copy)
                .toList();
    }

    synchronized List<HuntressOrganization> allOrganizations() {
        return organizations.values().stream().sorted(Comparator.comparingLong(org -> org.id))
                .map(HuntressOrganization::copy).toList();
    }

    synchronized long[] nextIds() {
        return new long[] {nextOrganizationId, nextAgentId, nextIncidentId, nextRemediationId};
    }

    synchronized long reserveRemediationId() {
        return nextRemediationId++;
    }

    // ---------------------------------------------------------------- helpers

    private void validateReferences(HuntressIncident incident) {
        if (incident.organizationId != null) {
            HuntressOrganization org = requireOrganization(incident.organizationId);
            if (org.accountId != incident.accountId) {
                throw new IllegalArgumentException("Organization " + org.id + " belongs to another account");
            }
        }
        if (incident.agentId != null) {
            HuntressAgent agent = agents.get(incident.agentId);
            if (agent == null) {
                throw new IllegalArgumentException("Agent " + incident.agentId + " does not exist");
            }
            if (agent.accountId != incident.accountId) {
                throw new IllegalArgumentException("Agent " + agent.id + " belongs to another account");
            }
        }
    }

    /** Assigns missing remediation ids and timestamps; refuses ids owned by another incident report. */
    private void prepareRemediations(HuntressIncident incident, Map<Long, HuntressRemediation> before) {
        if (incident.remediations == null) {
            return;
        }
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (HuntressRemediation remediation : incident.remediations) {
            if (remediation.id == 0) {
                remediation.id = nextRemediationId++;
            }
            Long owner = remediationOwners.get(remediation.id);
            if ((owner != null && owner != incident.id) || !seen.add(remediation.id)) {
                throw new IllegalArgumentException("Remediation id " + remediation.id + " is already in use");
            }
            nextRemediationId = Math.max(nextRemediationId, remediation.id + 1);
            HuntressRemediation previous = before.get(remediation.id);
            if (remediation.createdAt == null) {
                remediation.createdAt = previous != null ? previous.createdAt : incident.createdAt;
            }
            if (previous == null && remediation.updatedAt == null) {
                remediation.updatedAt = latest(remediation.createdAt, remediation.approvedAt, remediation.completedAt);
            } else if (previous != null && changed(previous, remediation)) {
                remediation.updatedAt = clock.instant();
            } else if (remediation.updatedAt == null) {
                remediation.updatedAt = remediation.createdAt;
            }
        }
    }

    private static boolean changed(HuntressRemediation a, HuntressRemediation b) {
        return !Objects.equals(a.status, b.status) || !Objects.equals(a.approvedAt, b.approvedAt)
                || !Objects.equals(a.approvedBy, b.approvedBy) || !Objects.equals(a.completedAt, b.completedAt)
                || !Objects.equals(a.type, b.type) || !Objects.equals(a.action, b.action)
                || !Objects.equals(a.parametersText, b.parametersText) || !Objects.equals(a.parameters, b.parameters);
    }

    private static Instant latest(Instant... instants) {
        Instant latest = null;
        for (Instant instant : instants) {
            if (instant != null && (latest == null || instant.isAfter(latest))) {
                latest = instant;
            }
        }
        return latest;
    }

    private void indexRemediations(HuntressIncident incident) {
        if (incident.remediations != null) {
            incident.remediations.forEach(remediation -> remediationOwners.put(remediation.id, incident.id));
        }
    }

    private void unindexRemediations(HuntressIncident incident) {
        if (incident.remediations != null) {
            incident.remediations.forEach(remediation -> remediationOwners.remove(remediation.id));
        }
    }

    private HuntressAccount requireAccount(long id) {
        HuntressAccount account = accounts.get(id);
        if (account == null) {
            throw new NoSuchElementException("No account " + id);
        }
        return account;
    }

    private HuntressOrganization requireOrganization(long id) {
        HuntressOrganization org = organizations.get(id);
        if (org == null) {
            throw new NoSuchElementException("No organization " + id);
        }
        return org;
    }

    private HuntressAgent requireAgent(long id) {
        HuntressAgent agent = agents.get(id);
        if (agent == null) {
            throw new NoSuchElementException("No agent " + id);
        }
        return agent;
    }

    private HuntressIncident requireIncident(long id) {
        HuntressIncident incident = incidents.get(id);
        if (incident == null) {
            throw new NoSuchElementException("No incident report " + id);
        }
        return incident;
    }

    static String slug(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "org" : slug;
    }
}
