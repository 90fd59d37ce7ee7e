package dev.tributary.huntress.incident;

import dev.tributary.huntress.client.Agent;
import dev.tributary.huntress.client.Incident;
import dev.tributary.huntress.client.Remediation;
import dev.tributary.huntress.client.Remediations;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds the self-contained ticket of an incident: title, markdown body and the internal creation
 * note. Pure and total: any shape the parser lets through renders, nothing throws, so one odd
 * incident can never wedge the poller.
 */
public final class TicketContent {

    static final int MAX_TITLE = 250;
    private static final Pattern LEADING_SEVERITY = Pattern.compile("^\\s*(critical|high|low|medium)\\s*[-–—:]\\s*",
            Pattern.CASE_INSENSITIVE);

    private TicketContent() {
    }

    /** {@code [Huntress] <Severity> — <subject>}, with {@code [Unmapped Org]} on fallback tickets. */
    public static String title(Incident incident, boolean unmapped) {
        String severity = severityLabel(incident.severity());
        String subject = subjectWithoutSeverity(incident);
        String title = "[Huntress] " + (unmapped ? "[Unmapped Org] " : "") + severity + " — " + subject;
        title = title.replaceAll("\\s+", " ").strip();
        return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE - 1).strip() + "…";
    }

    /** Huntress subjects start with the severity in capitals ("CRITICAL - Incident on …"); the title already says it. */
    static String subjectWithoutSeverity(Incident incident) {
        String subject = incident.subject();
        if (subject == null || subject.isBlank()) {
            return "Incident report " + incident.id();
        }
        var matcher = LEADING_SEVERITY.matcher(subject);
        if (matcher.find() && incident.severity() != null && matcher.group(1).equalsIgnoreCase(incident.severity())) {
            String rest = subject.substring(matcher.end()).strip();
            return rest.isEmpty() ? subject.strip() : rest;
        }
        return subject.strip();
    }

    static String severityLabel(String severity) {
        if (severity == null || severity.isBlank()) {
            return "Unknown severity";
        }
        String s = severity.strip().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * The ticket body.
     *
     * @param organizationName the Huntress organization's name when known
     * @param unmapped         filed on the fallback client: the body opens with how to map the organization
     */
    public static String body(Incident incident, AgentLookup host, String organizationName, boolean unmapped, String portalUrl) {
        StringBuilder out = new StringBuilder();
        String organization = organizationLabel(incident, organizationName);
        if (unmapped) {
            out.append("> **Unmapped organization.** The Huntress organization ").append(organization)
                    .append(" is not mapped to a client, so this ticket was filed on the fallback client and triage board.  \n")
                    .append("> To route its next incidents: Settings → Integrations → Huntress → Organization mapping, choose the "
                            + "client for this organization. Then move this ticket to that client.\n\n");
        }
        out.append("## Incident\n\n");
        out.append("- **Severity:** ").append(Md.inline(severityLabel(incident.severity()))).append('\n');
        out.append("- **Status:** ").append(Md.code(incident.status() == null ? "unknown" : incident.status())).append('\n');
        if (incident.platform() != null) {
            out.append("- **Platform:** ").append(Md.code(incident.platform())).append('\n');
        }
        out.append("- **Organization:** ").append(organization).append('\n');
        String indicators = indicators(incident);
        if (!indicators.isEmpty()) {
            out.append("- **Indicators:** ").append(indicators).append('\n');
        }
        out.append("- **Sent:** ").append(incident.sentAt() == null ? "not sent" : Md.time(incident.sentAt())).append('\n');
        out.append("- **Updated:** ").append(incident.updatedAt() != null ? Md.time(incident.updatedAt())
                : Md.inline(incident.updatedAtRaw() == null ? "unknown" : incident.updatedAtRaw())).append('\n');
        if (incident.closedAt() != null) {
            out.append("- **Closed:** ").append(Md.time(incident.closedAt())).append('\n');
        }
        out.append('\n');
        if (incident.summary() != null && !incident.summary().isBlank()) {
            out.append("### SOC summary\n\n").append(Md.block(incident.summary())).append("\n\n");
        }
        if (incident.body() != null && !incident.body().isBlank()) {
            out.append("### Details from Huntress\n\n").append(Md.fenced(incident.body())).append("\n\n");
        }
        hostSection(out, incident, host, organization);
        remediationSection(out, incident.remediations());
        out.append("## Links\n\n- ").append(Md.link("Open the incident in the Huntress portal", portalUrl)).append("\n\n");
        out.append("---\n*Created automatically from a Huntress incident report.*\n");
        return out.toString();
    }

    private static void hostSection(StringBuilder out, Incident incident, AgentLookup host, String organization) {
        if (incident.hostless() || host instanceof AgentLookup.Hostless) {
            out.append("## Organization\n\n");
            out.append("This incident concerns ").append(hostlessSubject(incident.platform()))
                    .append(", not a host.\n\n");
            out.append("- **Huntress organization:** ").append(organization).append("\n\n");
            return;
        }
        out.append("## Affected host\n\n");
        Agent agent = host == null ? null : host.agentOrNull();
        if (agent == null) {
            String why = host instanceof AgentLookup.Missing
                    ? "Huntress no longer knows this agent (it may have been uninstalled)"
                    : host instanceof AgentLookup.Failed failed ? "the agent lookup failed: " + Md.inline(failed.reason())
                    : "the agent was not looked up";
            out.append("*Host details are unavailable: ").append(why).append(".*\n\n");
            out.append("- **Agent id:** ").append(Md.code(incident.agentId())).append("\n\n");
            return;
        }
        row(out, "Hostname", agent.hostname(), true);
        row(out, "OS", agent.os(), false);
        row(out, "Platform", agent.platform(), true);
        row(out, "Internal IP", agent.ipv4Address(), true);
        row(out, "External IP", agent.externalIp(), true);
        row(out, "Serial number", agent.serialNumber(), true);
        if (agent.lastCallbackAt() != null) {
            out.append("- **Last callback:** ").append(Md.time(agent.lastCallbackAt())).append('\n');
        }
        out.append("- **Agent id:** ").append(Md.code(incident.agentId())).append("\n\n");
    }

    private static String hostlessSubject(String platform) {
        if (platform == null) {
            return "an account or service";
        }
        return switch (platform) {
            case "microsoft_365" -> "a Microsoft 365 identity";
            case "google" -> "a Google Workspace identity";
            case "email_security" -> "e-mail security";
            default -> "a " + Md.code(platform) + " source";
        };
    }

    private static void row(StringBuilder out, String label, String value, boolean code) {
        if (value != null && !value.isBlank()) {
            out.append("- **").append(label).append(":** ").append(code ? Md.code(value) : Md.inline(value)).append('\n');
        }
    }

    private static void remediationSection(StringBuilder out, Remediations remediations) {
        out.append("## Remediations\n\n");
        if (remediations.items().isEmpty() && remediations.notShown() == 0) {
            out.append("*None listed by Huntress.*\n\n");
            return;
        }
        for (Remediation remediation : remediations.items()) {
            out.append("- **[").append(Md.inline(remediation.status() == null ? "unknown" : remediation.status())).append("]** ")
                    .append(Md.inline(remediation.action() != null ? remediation.action()
                            : remediation.type() != null ? remediation.type() : "Remediation " + remediation.id()));
            if (remediation.type() != null && remediation.action() != null) {
                out.append(" (").append(Md.inline(remediation.type())).append(')');
            }
            if (!remediation.parameters().isEmpty()) {
                List<String> values = new ArrayList<>();
                remediation.parameters().forEach(parameter -> values.add(Md.code(parameter)));
                out.append(": ").append(String.join(", ", values));
            }
            out.append('\n');
        }
        if (remediations.notShown() > 0) {
            out.append("- …and ").append(remediations.notShown()).append(" more (").append(remediations.totalCount())
                    .append(" in total): see the Huntress portal.\n");
        }
        out.append('\n');
    }

    /** Types with their counts ({@code ?} when Huntress gave none), then other non-zero counts. */
    static String indicators(Incident incident) {
        Set<String> types = new LinkedHashSet<>(incident.indicatorTypes());
        for (Map.Entry<String, Integer> count : incident.indicatorCounts().entrySet()) {
            if (count.getValue() != null && count.getValue() > 0) {
                types.add(count.getKey());
            }
        }
        List<String> parts = new ArrayList<>();
        for (String type : types) {
            Integer count = incident.indicatorCounts().get(type);
            parts.add(Md.code(type) + " (" + (count == null ? "?" : count) + ")");
        }
        return String.join(", ", parts);
    }

    static String organizationLabel(Incident incident, String organizationName) {
        if (organizationName != null && !organizationName.isBlank()) {
            return "\"" + Md.inline(organizationName) + "\"" + (incident.organizationId() == null ? "" : " (id " + incident.organizationId() + ")");
        }
        return incident.organizationId() == null ? "unknown" : "id " + Md.inline(incident.organizationId());
    }

    /** The first internal note: the raw identifiers, for audit and support. */
    public static String creationNote(Incident incident, String accountId, String accountSubdomain, String organizationName,
                                      String portalUrl, boolean unmapped, boolean reopened) {
        StringBuilder out = new StringBuilder();
        out.append(reopened ? "**Ticket created because Huntress reopened incident report " : "**Ticket created from Huntress incident report ")
                .append(Md.inline(incident.id())).append("**\n\n");
        out.append("- Incident id: ").append(Md.code(incident.id())).append('\n');
        out.append("- Account: ").append(accountSubdomain == null ? "unknown" : Md.code(accountSubdomain))
                .append(accountId == null ? "" : " (id " + Md.code(accountId) + ")").append('\n');
        out.append("- Organization id: ").append(incident.organizationId() == null ? "none" : Md.code(incident.organizationId()))
                .append(organizationName == null ? "" : " (" + Md.inline(organizationName) + ")")
                .append(unmapped ? ", not mapped to a client" : "").append('\n');
        out.append("- Agent id: ").append(incident.agentId() == null ? "none (host-less incident)" : Md.code(incident.agentId())).append('\n');
        out.append("- Severity: ").append(Md.code(String.valueOf(incident.severity())))
                .append(", status: ").append(Md.code(String.valueOf(incident.status())))
                .append(", platform: ").append(Md.code(String.valueOf(incident.platform()))).append('\n');
        out.append("- Updated at: ").append(Md.code(incident.updatedAt() != null ? incident.updatedAt().toString()
                : String.valueOf(incident.updatedAtRaw()))).append('\n');
        List<String> ids = new ArrayList<>();
        incident.remediations().items().forEach(r -> ids.add(Md.code(String.valueOf(r.id()))));
        if (!ids.isEmpty()) {
            out.append("- Remediation ids: ").append(String.join(", ", ids)).append('\n');
        }
        out.append("- Portal: ").append(Md.link(portalUrl, portalUrl)).append('\n');
        return out.toString();
    }
}
