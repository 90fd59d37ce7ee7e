package dev.tributary.simulator.huntress;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Seeds a store with the reference fixtures ({@code classpath:simulator/huntress/*.json}, copies of
 * the test fixtures). Hosts that incident reports name but no fixture describes get a plausible agent,
 * and every organization keeps the counts its fixture claims.
 */
final class HuntressFixtures {

    static final long ACCOUNT_ID = 48213;
    private static final String BASE = "/simulator/huntress/";
    private static final Pattern SUBJECT = Pattern.compile("^[A-Z]+(?: - [A-Z]+)? - Incident on (.+) \\((.+)\\)$");

    private HuntressFixtures() {
    }

    static void load(HuntressStore store) {
        JsonNode account = read("account.json").get("account");
        HuntressAccount fixtureAccount = HuntressJson.parseAccount(account);
        if (store.account(fixtureAccount.id).isPresent()) {
            store.updateAccount(fixtureAccount.id, existing -> {
                existing.name = fixtureAccount.name;
                existing.subdomain = fixtureAccount.subdomain;
                existing.status = fixtureAccount.status;
                existing.supportType = fixtureAccount.supportType;
                existing.neighborhoodWatch = fixtureAccount.neighborhoodWatch;
                existing.billingAddress = fixtureAccount.billingAddress;
                existing.shippingAddress = fixtureAccount.shippingAddress;
            });
        } else {
            store.addAccount(fixtureAccount);
        }

        List<HuntressOrganization> organizations = new ArrayList<>();
        for (String file : List.of("organizations_page1.json", "organizations_page2.json")) {
            read(file).get("organizations").forEach(node -> organizations.add(HuntressJson.parseOrganization(node)));
        }
        if (store.organization(organizations.get(0).id).isPresent()) {
            throw new IllegalStateException("The Huntress fixtures are already loaded");
        }
        organizations.forEach(store::addOrganization);

        store.addAgent(HuntressJson.parseAgent(read("agent_1.json").get("agent")));

        List<JsonNode> incidentNodes = new ArrayList<>();
        for (String file : List.of("incident_reports_page1.json", "incident_reports_page2.json")) {
            read(file).get("incident_reports").forEach(incidentNodes::add);
        }
        Set<Long> seenAgents = new HashSet<>();
        for (JsonNode node : incidentNodes) {
            HuntressIncident incident = HuntressJson.parseIncident(node);
            if (incident.agentId != null && store.agent(incident.agentId).isEmpty() && seenAgents.add(incident.agentId)) {
                store.addAgent(agentFor(incident));
            }
            padRemediations(incident, node.path("remediations").path("total_count").asInt(0));
            store.addIncident(incident);
        }

        // Keep the counts each fixture claims: the rest are records the simulator does not model.
        for (HuntressOrganization org : organizations) {
            store.setUnmodeledCounts(org.id, Math.max(0, org.unmodeledAgents - store.storedAgentCount(org.id)),
                    Math.max(0, org.unmodeledIncidentReports - store.storedIncidentCount(org.id)));
        }
    }

    /** A plausible agent for a host an incident report names (hostname from the subject). */
    private static HuntressAgent agentFor(HuntressIncident incident) {
        Matcher matcher = SUBJECT.matcher(incident.subject == null ? "" : incident.subject);
        String hostname = matcher.matches() ? matcher.group(1) : "host-" + incident.agentId;
        String platform = switch (incident.platform) {
            case "darwin", "linux" -> incident.platform;
            default -> "windows";
        };
        HuntressAgent agent = new HuntressAgent(incident.agentId, incident.accountId, incident.organizationId,
                hostname, platform);
        agent.createdAt = incident.sentAt.minus(Duration.ofDays(400 + incident.agentId % 300));
        agent.updatedAt = incident.updatedAt;
        agent.lastCallbackAt = incident.updatedAt;
        agent.version = "0.13.58";
        agent.versionNumber = 851258;
        agent.edrVersion = "0.14.37";
        agent.firewallStatus = "Enabled";
        agent.externalIp = "198.51.100." + (incident.agentId % 200 + 20);
        agent.ipv4Address = "10.20." + (incident.agentId % 50) + "." + (incident.agentId % 200 + 10);
        agent.macAddresses = new ArrayList<>(List.of(String.format("3c:52:82:%02x:%02x:%02x", incident.agentId % 256,
                (incident.agentId / 256) % 256, (incident.agentId / 65536) % 256)));
        agent.serialNumber = "SN" + incident.agentId;
        switch (platform) {
            case "darwin" -> {
                agent.arch = "arm64";
                agent.os = "macOS 14.6.1";
                agent.osBuildVersion = "23G93";
                agent.osMajor = 14;
                agent.osMinor = 6;
                agent.osPatch = 1;
            }
            case "linux" -> {
                agent.arch = "x86_64";
                agent.os = "Ubuntu 22.04.4 LTS";
                agent.osMajor = 22;
                agent.osMinor = 4;
            }
            default -> {
                agent.arch = "x86_64";
                agent.os = hostname.contains("SQL") || hostname.contains("SRV") ? "Windows Server 2022 Standard"
                        : "Windows 11 Pro";
                agent.osBuildVersion = agent.os.startsWith("Windows Server") ? "20348" : "26100";
                agent.osMajor = 10;
                agent.osMinor = 0;
                agent.winBuildNumber = Integer.valueOf(agent.osBuildVersion);
                agent.servicePackMajor = 0;
                agent.servicePackMinor = 0;
                agent.defenderStatus = "Healthy";
                agent.defenderSubstatus = "Up to date";
                agent.defenderPolicyStatus = "Compliant";
                agent.tamperProtectionConfigured = true;
                agent.tamperProtectionActual = true;
                agent.domainName = "WORKGROUP";
            }
        }
        return agent;
    }

    /** Adds the remediations beyond the inlined 10 that {@code total_count} announces. */
    private static void padRemediations(HuntressIncident incident, int totalCount) {
        if (incident.remediations == null || incident.remediations.size() >= totalCount) {
            return;
        }
        long nextId = incident.remediations.stream().mapToLong(remediation -> remediation.id).max().orElse(0) + 1;
        boolean closed = "closed".equals(incident.status);
        while (incident.remediations.size() < totalCount) {
            HuntressRemediation extra = new HuntressRemediation(nextId++, "manual", "Review Persistence Mechanism",
                    closed ? "completed" : "unapproved");
            extra.parameters = new ArrayList<>();
            if (closed) {
                extra.approvedAt = incident.closedAt;
                extra.completedAt = incident.closedAt;
            }
            incident.remediations.add(extra);
        }
    }

    private static JsonNode read(String file) {
        try (InputStream in = HuntressFixtures.class.getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing simulator resource " + BASE + file);
            }
            return HuntressJson.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
