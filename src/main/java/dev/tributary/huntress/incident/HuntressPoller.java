package dev.tributary.huntress.incident;

import dev.tributary.huntress.HuntressProperties;
import dev.tributary.huntress.client.HuntressClient;
import dev.tributary.huntress.client.Incident;
import dev.tributary.huntress.client.Organization;
import dev.tributary.huntress.settings.HuntressSettings;
import dev.tributary.integration.AlertRecord;
import dev.tributary.integration.Alerts;
import dev.tributary.integration.IntegrationRef;
import dev.tributary.integration.Integrations;
import dev.tributary.integration.OrganizationMapping;
import dev.tributary.integration.OrganizationMappings;
import dev.tributary.integration.RunContext;
import dev.tributary.integration.ScopeDiscovery;
import dev.tributary.integration.ScopeSnapshot;
import dev.tributary.integration.http.ProblemKind;
import dev.tributary.integration.http.ProviderException;
import dev.tributary.platform.InvalidFieldException;
import dev.tributary.platform.Problem;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * One poll cycle of one integration: walk the incident reports down to the cursor (no page cap),
 * discover unknown organizations, fetch the agents the new tickets need with the fewest requests,
 * process the incidents oldest first through the {@link IncidentProcessor}, and advance the cursor
 * only past successes (under the integration row's lock, so a concurrent routing save is kept).
 *
 * <p>Run counts: {@code fetched} (incidents read down to the boundary), {@code ticketsCreated},
 * {@code notesAdded}, {@code ticketsClosed}, {@code alertsRecorded} (recorded without a ticket:
 * opted-out organization, already closed, no linked ticket), {@code unchanged}, {@code skipped}
 * ({@code deleting}), {@code organizationsDiscovered} and {@code requests} (HTTP requests to Huntress).
 */
@Component
public class HuntressPoller {

    private static final Logger log = LoggerFactory.getLogger(HuntressPoller.class);

    private final IncidentProcessor processor;
    private final Alerts alerts;
    private final OrganizationMappings mappings;
    private final Integrations integrations;
    private final PortalLinks links;
    private final Clock clock;

    public HuntressPoller(IncidentProcessor processor, Alerts alerts, OrganizationMappings mappings, Integrations integrations,
                          HuntressProperties properties, Clock clock) {
        this.processor = processor;
        this.alerts = alerts;
        this.mappings = mappings;
        this.integrations = integrations;
        this.links = new PortalLinks(properties.portalLinkTemplate());
        this.clock = clock;
    }

    /**
     * @param clients builds the account's client; called only when routing is complete, so an
     *                incomplete setup makes no request at all
     */
    public void poll(RunContext context, Supplier<HuntressClient> clients, ScopeDiscovery.ScopeDefaults scopeDefaults) {
        HuntressSettings settings = HuntressSettings.parse(context.settings());
        List<String> missing = settings.missingRouting();
        if (!missing.isEmpty()) {
            context.skip("Polling waits for the ticket routing: set the " + String.join(", ", missing)
                    + " under Settings → Integrations → Huntress.");
            return;
        }
        HuntressClient client = clients.get();
        RequestCounter requests = new RequestCounter(context, client);
        IntegrationRef ref = context.integration();
        try {
            Instant boundary = CursorWalk.boundary(settings.incidentCursor(), clock.instant(), settings.backfillDays());
            context.progress(0, null);
            CursorWalk.Collected collected = CursorWalk.walk(token -> {
                var page = client.incidentsPage(token);
                requests.report();
                return page;
            }, boundary);
            List<Incident> incidents = collected.incidents();
            context.count("fetched", incidents.size());
            context.progress(0, (long) incidents.size());

            discoverOrganizations(context, client, incidents, scopeDefaults);
            requests.report();
            AgentDirectory agents = new AgentDirectory(client);
            agents.prefetch(agentPlan(ref, incidents));
            requests.report();

            IncidentProcessor.Cycle cycle = new IncidentProcessor.Cycle(ref, settings, agents, links);
            CursorWalk.Outcome outcome = CursorWalk.process(incidents, settings.incidentCursor(),
                    incident -> {
                        count(context, processor.process(cycle, incident));
                        requests.report();
                    },
                    cursor -> saveCursor(ref, cursor),
                    (done, total) -> context.progress(done, (long) total));
            if (!outcome.succeeded()) {
                throw failure(ref, outcome);
            }
        } finally {
            requests.report();
        }
    }

    private RuntimeException failure(IntegrationRef ref, CursorWalk.Outcome outcome) {
        Exception cause = outcome.failure();
        if (cause instanceof ProviderException provider) {
            // A Huntress failure (credentials revoked mid-cycle...) is the cycle's failure, not the incident's.
            return provider;
        }
        Incident incident = outcome.failed();
        String reason = reason(cause);
        log.warn("Huntress incident {} could not be processed: {}", incident.id(), reason, cause);
        try {
            processor.recordFailure(ref, incident, reason);
        } catch (RuntimeException e) {
            log.warn("Could not store the processing error on the alert of Huntress incident {}", incident.id(), e);
        }
        return new Problem(500, "huntress-incident-failed", "Huntress incident could not be processed",
                "Huntress incident report " + incident.id() + " could not be processed (" + reason + "). Polling stopped there; "
                        + "it and the newer incidents are retried on the next poll.", null).toException();
    }

    static String reason(Exception cause) {
        if (cause instanceof InvalidFieldException invalid) {
            return "the ticket was refused: " + invalid.getMessage() + "; check the Huntress routing settings";
        }
        if (cause instanceof DataAccessException) {
            return "a database error occurred (" + cause.getClass().getSimpleName() + ")";
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }

    private static void count(RunContext context, IncidentProcessor.Outcome outcome) {
        switch (outcome) {
            case TICKET_CREATED -> context.count("ticketsCreated", 1);
            case NOTE_ADDED -> context.count("notesAdded", 1);
            case NOTE_ADDED_AND_CLOSED -> {
                context.count("notesAdded", 1);
                context.count("ticketsClosed", 1);
            }
            case RECORDED -> context.count("alertsRecorded", 1);
            case UNCHANGED -> context.count("unchanged", 1);
            case SKIPPED -> context.count("skipped", 1);
            case TICKET_LINKED -> context.count("ticketsLinked", 1);
        }
    }

    /** Moves the stored cursor forward (never backwards), re-reading the settings under the row lock. */
    private void saveCursor(IntegrationRef ref, Instant cursor) {
        integrations.updateSettings(ref, current -> {
            Instant stored = HuntressSettings.parse(current).incidentCursor();
            if (stored == null || cursor.isAfter(stored)) {
                current.put(HuntressSettings.INCIDENT_CURSOR, cursor.toString());
            }
            return current;
        });
    }

    // ---------------------------------------------------------------- organizations

    /**
     * Unknown organization ids get an unmapped mapping row (their incidents go to the fallback
     * client). One unknown organization is fetched by id; several are found with one listing.
     */
    private void discoverOrganizations(RunContext context, HuntressClient client, List<Incident> incidents,
                                       ScopeDiscovery.ScopeDefaults defaults) {
        IntegrationRef ref = context.integration();
        Set<String> known = new HashSet<>();
        mappings.list(ref.tenantId(), ref.integrationId()).forEach(m -> known.add(m.externalOrganizationId()));
        Set<String> unknown = new LinkedHashSet<>();
        for (Incident incident : incidents) {
            if (incident.organizationId() != null && !known.contains(incident.organizationId())) {
                unknown.add(incident.organizationId());
            }
        }
        if (unknown.isEmpty()) {
            return;
        }
        Map<String, Organization> found = new HashMap<>();
        try {
            if (unknown.size() == 1) {
                String id = unknown.iterator().next();
                client.organization(id).ifPresent(org -> found.put(id, org));
            } else {
                client.organizations().forEach(org -> found.put(org.id(), org));
            }
        } catch (ProviderException e) {
            if (e.kind() == ProblemKind.BAD_CREDENTIALS) {
                throw e;
            }
            log.warn("Could not look up {} unknown Huntress organization(s): {}", unknown.size(), e.getMessage());
        }
        for (String id : unknown) {
            Organization org = found.get(id);
            Map<String, Object> metadata = new LinkedHashMap<>();
            metadata.put("discoveredVia", "incident_poll");
            if (org != null) {
                metadata.put("key", org.key());
                if (org.agentsCount() != null) {
                    metadata.put("agentsCount", org.agentsCount());
                }
            }
            String name = org != null && org.name() != null ? org.name() : "Huntress organization " + id;
            mappings.ensure(ref.tenantId(), ref.integrationId(), new ScopeSnapshot(id, name, "organization", metadata), defaults);
        }
        context.count("organizationsDiscovered", unknown.size());
    }

    // ---------------------------------------------------------------- agents

    /** The agents new tickets will need, and the cheapest way to fetch them. */
    private AgentFetchPlan agentPlan(IntegrationRef ref, List<Incident> incidents) {
        Map<String, OrganizationMapping> byOrg = new HashMap<>();
        mappings.list(ref.tenantId(), ref.integrationId()).forEach(m -> byOrg.put(m.externalOrganizationId(), m));
        Map<String, Set<String>> needed = new LinkedHashMap<>();
        for (Incident incident : incidents) {
            if (incident.agentId() == null || incident.closed() || incident.deleting()) {
                continue;
            }
            OrganizationMapping mapping = incident.organizationId() == null ? null : byOrg.get(incident.organizationId());
            if (mapping != null && !mapping.autoCreateTickets()) {
                continue;
            }
            Optional<AlertRecord> alert = alerts.find(ref, incident.id());
            if (alert.isPresent() && IncidentSnapshot.of(alert.get().metadata()).processed()) {
                continue;
            }
            needed.computeIfAbsent(incident.organizationId(), k -> new LinkedHashSet<>()).add(incident.agentId());
        }
        Map<String, Long> counts = new HashMap<>();
        boolean allKnown = !byOrg.isEmpty();
        for (OrganizationMapping mapping : byOrg.values()) {
            if (mapping.metadata().get("agentsCount") instanceof Number number) {
                counts.put(mapping.externalOrganizationId(), number.longValue());
            } else {
                allKnown = false;
            }
        }
        // An agent needed under two organizations is one agent: de-duplicate across organizations.
        Set<String> seen = new HashSet<>();
        needed.values().forEach(ids -> ids.removeIf(id -> !seen.add(id)));
        needed.values().removeIf(Set::isEmpty);
        return AgentFetchPlan.choose(needed, counts, allKnown);
    }

    /** Adds the client's new requests to the run's {@code requests} count. */
    private static final class RequestCounter {
        private final RunContext context;
        private final HuntressClient client;
        private long reported;

        RequestCounter(RunContext context, HuntressClient client) {
            this.context = context;
            this.client = client;
        }

        void report() {
            long now = client.requestCount();
            if (now > reported) {
                context.count("requests", now - reported);
                reported = now;
            }
        }
    }
}
