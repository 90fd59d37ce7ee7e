package dev.tributary.huntress.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tributary.huntress.HuntressProperties;
import dev.tributary.huntress.Incidents;
import dev.tributary.huntress.client.Agent;
import dev.tributary.huntress.client.HuntressParser;
import dev.tributary.huntress.client.Incident;
import dev.tributary.huntress.client.Remediation;
import dev.tributary.huntress.client.Remediations;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Ticket title, body and notes: host-less incidents, remediation shapes, deep link, has_more, escaping. */
class TicketContentTest {

    static final Instant T = Instant.parse("2026-10-02T16:41:09Z");
    static final PortalLinks LINKS = new PortalLinks(HuntressProperties.DEFAULT_PORTAL_LINK);
    static final Agent AGENT = new Agent("3307519", "1207", "HV-FRONTDESK-02", "windows", "Windows 11 Pro", "10.20.4.17",
            "198.51.100.23", "SN-8842", Instant.parse("2026-10-02T16:40:00Z"));

    static Incident critical() {
        Incident base = Incidents.open("5519023", T);
        return new Incident("5519023", "1207", "3307519", "CRITICAL - Incident on HV-FRONTDESK-02 (Harborview Dental Group)",
                "A user executed a *malicious* payload.", "Process: C:\\Users\\x\\svch0st.exe\n```\nvssadmin delete shadows",
                "critical", "sent", "windows", List.of("ransomware_canaries", "process_detections"),
                Map.of("footholds", 0, "ransomware_canaries", 3, "process_detections", 2),
                new Remediations(3, false, List.of(
                        new Remediation("90441812", "containment", "Isolate Host", "completed", List.of("HV-FRONTDESK-02"), null, null, null),
                        new Remediation("90441813", "assisted", "Delete File", "unapproved",
                                List.of("c:\\users\\reception\\appdata\\local\\temp\\svch0st.exe"), null, null, null),
                        new Remediation("90441814", "manual", "Reset the user's password", "unapproved", List.of(), null, null, null))),
                base.sentAt(), base.statusUpdatedAt(), null, T, T.toString());
    }

    @Test
    void titleCarriesTheSeverityWithoutRepeatingTheSubjectsPrefix() {
        assertThat(TicketContent.title(critical(), false))
                .isEqualTo("[Huntress] Critical — Incident on HV-FRONTDESK-02 (Harborview Dental Group)");
        assertThat(TicketContent.title(critical(), true))
                .isEqualTo("[Huntress] [Unmapped Org] Critical — Incident on HV-FRONTDESK-02 (Harborview Dental Group)");
        Incident isolated = Incidents.withSeverity(critical(), "high");
        assertThat(TicketContent.title(isolated, false)).as("a subject naming another severity is kept as is")
                .isEqualTo("[Huntress] High — CRITICAL - Incident on HV-FRONTDESK-02 (Harborview Dental Group)");
        Incident noSubject = new Incident("42", null, null, null, null, null, "low", "sent", null, null, null, null, null, null,
                null, T, T.toString());
        assertThat(TicketContent.title(noSubject, false)).isEqualTo("[Huntress] Low — Incident report 42");
        Incident longSubject = new Incident("43", null, null, "x".repeat(600), null, null, "low", "sent", null, null, null, null,
                null, null, null, T, T.toString());
        assertThat(TicketContent.title(longSubject, false)).hasSize(TicketContent.MAX_TITLE).endsWith("…");
    }

    @Test
    void bodyIsSelfContained() {
        String url = LINKS.incident("northwind", "1207", "5519023");
        String body = TicketContent.body(critical(), new AgentLookup.Found(AGENT), "Harborview Dental Group", false, url);
        assertThat(body).contains("## Incident", "**Severity:** Critical", "`sent`", "`windows`",
                "`ransomware_canaries` (3)", "`process_detections` (2)", "2026-10-02 16:41:09 UTC",
                "### SOC summary", "A user executed a \\*malicious\\* payload.",
                "## Affected host", "`HV-FRONTDESK-02`", "Windows 11 Pro", "`10.20.4.17`", "`198.51.100.23`", "`SN-8842`",
                "**Last callback:** 2026-10-02 16:40:00 UTC",
                "## Remediations", "**[completed]** Isolate Host (containment): `HV-FRONTDESK-02`",
                "**[unapproved]** Delete File (assisted): `c:\\users\\reception\\appdata\\local\\temp\\svch0st.exe`",
                "Reset the user's password (manual)",
                "## Links", "[Open the incident in the Huntress portal](https://northwind.huntress.io/org/1207/infection_reports/5519023)");
        assertThat(body).doesNotContain("Unmapped organization", "## Organization", "`footholds` (0)");
        // The vendor's body cannot break out of its fenced block even though it contains a fence.
        assertThat(body).contains("````text\nProcess: C:\\Users\\x\\svch0st.exe\n```\nvssadmin delete shadows\n````");
    }

    @Test
    void hostlessIncidentsShowTheOrganizationInsteadOfAHost() {
        Incident identity = Incidents.hostless(critical(), "microsoft_365");
        String body = TicketContent.body(identity, AgentLookup.hostless(), "Contoso Legal", false, "https://x");
        assertThat(body).contains("## Organization", "a Microsoft 365 identity", "**Huntress organization:** \"Contoso Legal\" (id 1207)");
        assertThat(body).doesNotContain("## Affected host", "Hostname");
    }

    @Test
    void aFailedOrMissingAgentLookupLeavesANoteInTheHostSection() {
        String failed = TicketContent.body(critical(), new AgentLookup.Failed("3307519", "Huntress had a server error (HTTP 503)"),
                null, false, "https://x");
        assertThat(failed).contains("## Affected host", "Host details are unavailable: the agent lookup failed: Huntress had a server error",
                "**Agent id:** `3307519`");
        String missing = TicketContent.body(critical(), new AgentLookup.Missing("3307519"), null, false, "https://x");
        assertThat(missing).contains("Huntress no longer knows this agent");
    }

    @Test
    void unmappedTicketsSayHowToMapTheOrganization() {
        String body = TicketContent.body(critical(), new AgentLookup.Found(AGENT), "Harborview Dental Group", true, "https://x");
        assertThat(body).startsWith("> **Unmapped organization.** The Huntress organization \"Harborview Dental Group\" (id 1207)");
        assertThat(body).contains("Settings → Integrations → Huntress → Organization mapping");
        String nameless = TicketContent.body(critical(), AgentLookup.hostless(), null, true, "https://x");
        assertThat(nameless).contains("The Huntress organization id 1207 is not mapped");
    }

    @Test
    void remediationShapesFromTheWireAllRender() {
        var json = JsonMapper.builder().build();
        Incident arrayShape = HuntressParser.incident(json.readTree("""
                {"id": "77", "severity": "high", "status": "sent", "updated_at": "2026-10-02T16:41:09Z",
                 "indicator_types": "footholds",
                 "remediations": [
                   {"id": 1, "type": "assisted", "action": "Delete Scheduled Task",
                    "parameters": [{"name": "task_name", "description": "\\\\Microsoft\\\\svch0st"}, {"name": "path", "description": ""}],
                    "status": "approved", "approved_by": {"id": "123123", "email": "a@b.example"}},
                   {"id": "2", "type": "containment", "action": "Isolate Host", "parameters": "HOST-9", "status": "completed"},
                   {"id": 3, "type": "manual", "action": null, "parameters": null, "status": null},
                   "not an object"
                 ]}"""));
        String body = TicketContent.body(arrayShape, new AgentLookup.Missing("1"), null, false, "https://x");
        assertThat(body).contains("**[approved]** Delete Scheduled Task (assisted): `\\Microsoft\\svch0st`",
                "**[completed]** Isolate Host (containment): `HOST-9`", "**[unknown]** manual", "`footholds` (?)");
        assertThat(arrayShape.remediations().hasMore()).isFalse();
        assertThat(arrayShape.remediations().items()).hasSize(3);
    }

    @Test
    void moreThanTenRemediationsPointToThePortal() {
        List<Remediation> ten = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ten.add(new Remediation(Integer.toString(i), "assisted", "Step " + i, "unapproved", List.of(), null, null, null));
        }
        Incident many = Incidents.withRemediations(critical(), ten.toArray(Remediation[]::new));
        many = new Incident(many.id(), many.organizationId(), many.agentId(), many.subject(), many.summary(), many.body(),
                many.severity(), many.status(), many.platform(), many.indicatorTypes(), many.indicatorCounts(),
                new Remediations(12, true, ten), many.sentAt(), many.statusUpdatedAt(), many.closedAt(), many.updatedAt(),
                many.updatedAtRaw());
        assertThat(TicketContent.body(many, AgentLookup.hostless(), null, false, "https://x"))
                .contains("Step 9", "…and 2 more (12 in total): see the Huntress portal.");
        Incident none = Incidents.withRemediations(critical());
        assertThat(TicketContent.body(none, AgentLookup.hostless(), null, false, "https://x")).contains("*None listed by Huntress.*");
    }

    @Test
    void vendorTextCannotInjectMarkdownStructure() {
        Incident hostile = new Incident("9", "1", null, "x", "# Heading\n- list\n[click](javascript:alert(1)) <b>bold</b>", null,
                "low", "sent", "email_security", List.of(), Map.of(), Remediations.NONE, null, null, null, T, T.toString());
        String body = TicketContent.body(hostile, AgentLookup.hostless(), "Evil ]( Org", false, "https://x");
        assertThat(body).contains("\\# Heading", "\\- list", "\\[click\\](javascript:alert(1)) \\<b\\>bold\\</b\\>",
                "\"Evil \\]( Org\"");
    }

    @Test
    void theDeepLinkIsBuiltInOnePlaceWithFallbacks() {
        assertThat(LINKS.incident("northwind", "1207", "5519023"))
                .isEqualTo("https://northwind.huntress.io/org/1207/infection_reports/5519023");
        assertThat(LINKS.incident(null, "1207", "5519023")).isEqualTo("https://huntress.io/org/1207/infection_reports/5519023");
        assertThat(LINKS.incident("evil.example.com/x", "1207", "5")).as("a subdomain that is not a DNS label is not used")
                .isEqualTo("https://huntress.io/org/1207/infection_reports/5");
        assertThat(LINKS.incident("acme", null, "5")).isEqualTo("https://acme.huntress.io/infection_reports/5");
        assertThat(new PortalLinks("https://{subdomain}.huntress.io/incident_reports/{id}").incident("acme", "1", "5"))
                .isEqualTo("https://acme.huntress.io/incident_reports/5");
    }

    @Test
    void theCreationNoteHasTheRawIdentifiers() {
        String note = TicketContent.creationNote(critical(), "48213", "northwind", "Harborview Dental Group",
                "https://northwind.huntress.io/org/1207/infection_reports/5519023", false, false);
        assertThat(note).contains("Incident id: `5519023`", "Account: `northwind` (id `48213`)", "Organization id: `1207`",
                "Agent id: `3307519`", "Severity: `critical`", "Remediation ids: `90441812`, `90441813`, `90441814`",
                "https://northwind.huntress.io/org/1207/infection_reports/5519023");
    }

    @Test
    void theUpdateNoteSaysExactlyWhatChanged() {
        Incident before = critical();
        IncidentSnapshot snapshot = IncidentSnapshot.of(IncidentSnapshot.metadata(before, "u", null));
        Incident after = new Incident(before.id(), before.organizationId(), before.agentId(), before.subject(), "New summary",
                before.body(), "critical", "closed", before.platform(), List.of("ransomware_canaries", "process_detections", "footholds"),
                Map.of("ransomware_canaries", 3, "process_detections", 4, "footholds", 1),
                new Remediations(3, false, List.of(
                        new Remediation("90441812", "containment", "Isolate Host", "completed", List.of(), null, null, null),
                        new Remediation("90441813", "assisted", "Delete File", "completed", List.of(), null, null, null),
                        new Remediation("90441814", "manual", "Reset the user's password", "cancelled", List.of(), null, null, null))),
                before.sentAt(), T.plusSeconds(60), T.plusSeconds(60), T.plusSeconds(60), null);
        String note = ChangeNote.note(snapshot, "sent", "high", after, "https://x", "Huntress closed the incident, so the ticket was closed.");
        assertThat(note).contains("**Huntress updated incident report 5519023**", "Status: `sent` → `closed`",
                "Severity: `high` → `critical`", "SOC summary updated: New summary", "New indicator types: `footholds`",
                "Indicator `process_detections`: 2 → 4", "Remediation Delete File: `unapproved` → `completed`",
                "Remediation Reset the user's password: `unapproved` → `cancelled`", "Closed in Huntress at 2026-10-02 16:42:09 UTC",
                "Huntress closed the incident, so the ticket was closed.");
        assertThat(note).doesNotContain("Isolate Host");

        String quiet = ChangeNote.note(snapshot, "sent", "critical", Incidents.withUpdatedAt(before, T.plusSeconds(5)), null, null);
        assertThat(quiet).contains("none of the fields shown on this ticket changed; the status remains `sent`");
    }
}
