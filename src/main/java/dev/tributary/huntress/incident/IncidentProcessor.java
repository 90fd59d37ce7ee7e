package dev.tributary.huntress.incident;

import dev.tributary.huntress.client.Agent;
import dev.tributary.huntress.client.Incident;
import dev.tributary.huntress.settings.HuntressSettings;
import dev.tributary.integration.AlertRecord;
import dev.tributary.integration.AlertUpsert;
import dev.tributary.integration.Alerts;
import dev.tributary.integration.ExternalEntities;
import dev.tributary.integration.IntegrationRef;
import dev.tributary.integration.Integrations;
import dev.tributary.integration.OrganizationMapping;
import dev.tributary.integration.OrganizationMappings;
import dev.tributary.psa.Assets;
import dev.tributary.psa.NewTicket;
import dev.tributary.psa.TicketCreation;
import dev.tributary.psa.TicketSetup;
import dev.tributary.psa.TicketSetup.StatusInfo;
import dev.tributary.psa.TicketView;
import dev.tributary.psa.Tickets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies the {@link IncidentPlanner}'s decision for one incident in <b>one transaction</b>: the
 * alert row (unique per integration and incident id), the ticket and the alert's {@code ticket_id},
 * notes, status change and asset links commit together or not at all.
 *
 * <p>Idempotence: tickets are created by {@code (source, source_reference)}, alert rows are unique by
 * external id, and before writing the processor takes the integration row's lock for the rest of its
 * transaction, re-reads the alert and plans again. Two processors of the same integration (an
 * overlapping poll, a second instance after a lost lease) therefore take turns, and the second sees
 * the first one's result ("unchanged") instead of appending the same note twice.
 */
@Component
public class IncidentProcessor {

    public static final String SOURCE = "huntress";
    static final String NOTE_AUTHOR = "Huntress";

    /** What happened to one incident. */
    public enum Outcome { SKIPPED, UNCHANGED, RECORDED, TICKET_CREATED, TICKET_LINKED, NOTE_ADDED, NOTE_ADDED_AND_CLOSED }

    /** Per-cycle facts the processor needs. */
    record Cycle(IntegrationRef integration, HuntressSettings settings, AgentDirectory agents, PortalLinks links) {
    }

    private final Alerts alerts;
    private final OrganizationMappings mappings;
    private final Integrations integrations;
    private final Tickets tickets;
    private final TicketSetup setup;
    private final Assets assets;
    private final ExternalEntities externalEntities;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public IncidentProcessor(Alerts alerts, OrganizationMappings mappings, Integrations integrations, Tickets tickets,
                             TicketSetup setup, Assets assets, ExternalEntities externalEntities,
                             PlatformTransactionManager transactionManager, Clock clock) {
        this.alerts = alerts;
        this.mappings = mappings;
        this.integrations = integrations;
        this.tickets = tickets;
        this.setup = setup;
        this.assets = assets;
        this.externalEntities = externalEntities;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    Outcome process(Cycle cycle, Incident incident) {
        IntegrationRef ref = cycle.integration();
        // Plan once without locks: skips need no write at all, and a ticket to create needs its agent
        // looked up (HTTP) before the transaction opens.
        Plan first = plan(cycle, incident);
        if (first instanceof Plan.Skip skip) {
            return Plan.UNCHANGED.equals(skip.reason()) ? Outcome.UNCHANGED : Outcome.SKIPPED;
        }
        AgentLookup host = first instanceof Plan.CreateTicket ? cycle.agents().lookup(incident.agentId(), incident.organizationId())
                : null;
        return transactions.execute(status -> {
            // Serialises the writers of this integration until commit (see the class comment).
            integrations.updateSettings(ref, UnaryOperator.identity());
            Plan plan = plan(cycle, incident);
            if (plan instanceof Plan.Skip skip) {
                return Plan.UNCHANGED.equals(skip.reason()) ? Outcome.UNCHANGED : Outcome.SKIPPED;
            }
            if (plan instanceof Plan.RecordOnly record) {
                return record(cycle, incident, record);
            }
            if (plan instanceof Plan.CreateTicket create) {
                return create(cycle, incident, create,
                        host != null ? host : cycle.agents().lookup(incident.agentId(), incident.organizationId()));
            }
            return appendNote(cycle, incident, (Plan.AppendNote) plan);
        });
    }

    Plan plan(Cycle cycle, Incident incident) {
        IntegrationRef ref = cycle.integration();
        Optional<AlertRecord> alert = alerts.find(ref, incident.id());
        IncidentPlanner.Existing existing = alert.map(a -> new IncidentPlanner.Existing(a.status(), a.ticketId(),
                IncidentSnapshot.of(a.metadata()))).orElse(null);
        IncidentPlanner.Mapping mapping = mapping(ref, incident)
                .map(m -> new IncidentPlanner.Mapping(m.clientId(), m.autoCreateTickets())).orElse(null);
        return IncidentPlanner.plan(incident, existing, mapping, cycle.settings());
    }

    private Optional<OrganizationMapping> mapping(IntegrationRef ref, Incident incident) {
        return incident.organizationId() == null ? Optional.empty()
                : mappings.find(ref.tenantId(), ref.integrationId(), incident.organizationId());
    }

    private String portalUrl(Cycle cycle, Incident incident) {
        return cycle.links().incident(cycle.settings().accountSubdomain(), incident.organizationId(), incident.id());
    }

    // ---------------------------------------------------------------- record only

    private Outcome record(Cycle cycle, Incident incident, Plan.RecordOnly plan) {
        String reason = plan.reason();
        if (Plan.NO_LINKED_TICKET.equals(reason)) {
            // Keep why the alert had no ticket in the first place (a reopened closed incident gets one later).
            reason = alerts.find(cycle.integration(), incident.id())
                    .map(a -> IncidentSnapshot.of(a.metadata()).recordedReason()).orElse(reason);
        }
        alerts.upsert(cycle.integration(), alertRow(incident, null, null,
                IncidentSnapshot.metadata(incident, portalUrl(cycle, incident), reason)));
        return Outcome.RECORDED;
    }

    // ---------------------------------------------------------------- create

    private Outcome create(Cycle cycle, Incident incident, Plan.CreateTicket plan, AgentLookup host) {
        IntegrationRef ref = cycle.integration();
        UUID tenantId = ref.tenantId();
        Optional<OrganizationMapping> mapping = mapping(ref, incident);
        String organizationName = mapping.map(OrganizationMapping::externalOrganizationName).orElse(null);
        String portalUrl = portalUrl(cycle, incident);
        Agent agent = host.agentOrNull();

        UUID assetId = null;
        if (!plan.unmapped() && agent != null && agent.hostname() != null && !agent.hostname().isBlank()) {
            assetId = AssetMatcher.match(assets.findByName(tenantId, plan.clientId(), agent.hostname().trim()), agent.serialNumber())
                    .orElse(null);
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("huntressIncidentId", incident.id());
        attributes.put("huntressOrganizationId", incident.organizationId());
        attributes.put("huntressAgentId", incident.agentId());
        attributes.put("portalUrl", portalUrl);
        attributes.put("unmappedOrganization", plan.unmapped());
        TicketCreation ticket = tickets.createIdempotent(tenantId, new NewTicket(
                TicketContent.title(incident, plan.unmapped()),
                TicketContent.body(incident, host, organizationName, plan.unmapped(), portalUrl),
                plan.clientId(), plan.boardId(), null, plan.priorityId(), plan.categoryId(), plan.subcategoryId(),
                SOURCE, incident.id(), attributes));

        var alert = alerts.upsert(ref, alertRow(incident, assetId, agent == null ? null : agent.hostname(),
                IncidentSnapshot.metadata(incident, portalUrl, null))).alert();
        alerts.linkTicket(ref, alert.id(), ticket.ticketId());
        if (ticket.created()) {
            tickets.addComment(tenantId, ticket.ticketId(), TicketContent.creationNote(incident, cycle.settings().accountId(),
                    cycle.settings().accountSubdomain(), organizationName, portalUrl, plan.unmapped(), plan.reopened()), true, true,
                    NOTE_AUTHOR);
        }
        if (assetId != null) {
            tickets.linkAsset(tenantId, ticket.ticketId(), assetId);
            alerts.linkAsset(ref, alert.id(), assetId);
            Map<String, Object> entityMetadata = new LinkedHashMap<>();
            entityMetadata.put("hostname", agent.hostname());
            entityMetadata.put("serialNumber", agent.serialNumber());
            externalEntities.linkAsset(tenantId, SOURCE, incident.agentId(), incident.organizationId(), assetId, entityMetadata);
        }
        return ticket.created() ? Outcome.TICKET_CREATED : Outcome.TICKET_LINKED;
    }

    // ---------------------------------------------------------------- update

    private Outcome appendNote(Cycle cycle, Incident incident, Plan.AppendNote plan) {
        IntegrationRef ref = cycle.integration();
        UUID tenantId = ref.tenantId();
        AlertRecord previous = alerts.find(ref, incident.id()).orElseThrow();
        String portalUrl = portalUrl(cycle, incident);
        Optional<TicketView> ticket = tickets.find(tenantId, previous.ticketId());
        String closeOutcome = null;
        boolean closed = false;
        if (ticket.isPresent() && plan.close()) {
            CloseResult result = close(tenantId, ticket.get(), cycle.settings().closedStatusId());
            closeOutcome = result.sentence();
            closed = result.changed();
        }
        String note = ChangeNote.note(IncidentSnapshot.of(previous.metadata()), previous.status(), previous.severity(), incident,
                portalUrl, closeOutcome);
        alerts.upsert(ref, alertRow(incident, null, null, IncidentSnapshot.metadata(incident, portalUrl, null)));
        if (ticket.isEmpty()) {
            return Outcome.RECORDED;
        }
        tickets.addComment(tenantId, ticket.get().id(), note, true, true, NOTE_AUTHOR);
        return closed ? Outcome.NOTE_ADDED_AND_CLOSED : Outcome.NOTE_ADDED;
    }

    record CloseResult(boolean changed, String sentence) {
    }

    /**
     * Moves the ticket to the configured closed status; when that status belongs to another board
     * than the ticket's (a fallback ticket), to a closed status of the ticket's own board, preferring
     * one with the same name.
     */
    CloseResult close(UUID tenantId, TicketView ticket, UUID closedStatusId) {
        if (ticket.closed()) {
            return new CloseResult(false, "Huntress closed the incident; the ticket was already closed.");
        }
        Optional<StatusInfo> configured = setup.status(tenantId, closedStatusId);
        StatusInfo target = configured.filter(s -> s.isClosed() && s.boardId().equals(ticket.boardId())).orElse(null);
        if (target == null) {
            List<StatusInfo> closedOfBoard = setup.statuses(tenantId, ticket.boardId()).stream().filter(StatusInfo::isClosed).toList();
            String wanted = configured.map(s -> s.name().trim().toLowerCase(Locale.ROOT)).orElse("");
            target = closedOfBoard.stream().filter(s -> s.name().trim().toLowerCase(Locale.ROOT).equals(wanted)).findFirst()
                    .or(() -> closedOfBoard.stream().filter(StatusInfo::isDefault).findFirst())
                    .or(() -> closedOfBoard.stream().findFirst())
                    .orElse(null);
        }
        if (target == null) {
            return new CloseResult(false, "Huntress closed the incident, but the ticket was left open: its board has no closed status.");
        }
        tickets.changeStatus(tenantId, ticket.id(), target.id());
        return new CloseResult(true, "Huntress closed the incident, so the ticket was closed automatically (status \""
                + Md.inline(target.name()) + "\").");
    }

    // ---------------------------------------------------------------- failures

    /**
     * Stores a processing error on the incident's alert row, in its own transaction (the failed one
     * was rolled back). A new incident gets a row carrying only the error, which the planner still
     * treats as new, so the next cycle retries the ticket instead of recording the alert without it.
     */
    void recordFailure(IntegrationRef ref, Incident incident, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("at", clock.instant().toString());
        error.put("incidentUpdatedAt", incident.updatedAt() != null ? incident.updatedAt().toString() : incident.updatedAtRaw());
        transactions.executeWithoutResult(status -> {
            if (alerts.find(ref, incident.id()).isPresent()) {
                alerts.mergeMetadata(ref, incident.id(), Map.of(IncidentSnapshot.PROCESSING_ERROR, error));
            } else {
                Map<String, Object> metadata = new LinkedHashMap<>();
                metadata.put(IncidentSnapshot.PROCESSING_ERROR, error);
                alerts.upsert(ref, alertRow(incident, null, null, metadata));
            }
        });
    }

    // ---------------------------------------------------------------- alert row

    static AlertUpsert alertRow(Incident incident, UUID assetId, String hostname, Map<String, Object> metadata) {
        Instant triggered = incident.sentAt() != null ? incident.sentAt() : incident.updatedAt();
        Instant resolved = incident.closedAt() != null ? incident.closedAt()
                : incident.closed() ? incident.statusUpdatedAt() : null;
        return new AlertUpsert(incident.id(), incident.agentId(), assetId, incident.severity(), incident.status(),
                incident.subject(), hostname, triggered, resolved, metadata);
    }
}
