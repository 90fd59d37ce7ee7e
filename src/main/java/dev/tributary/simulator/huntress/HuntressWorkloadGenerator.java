package dev.tributary.simulator.huntress;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Deterministic, realistic Huntress data: the same seed, store state and clock give the same records.
 * It covers the shapes a client must survive: hostless identity, e-mail and SIEM incidents with
 * {@code agent_id: null}; every status and severity (no {@code medium}); {@code indicator_counts}
 * with varying key sets; reports with more than 10 remediations ({@code has_more}); containment
 * remediations whose {@code parameters} is a string; manual ones with {@code []} or {@code null};
 * {@code approved_by} null, with a numeric id or with a string id; {@code summary: null}; agents with
 * null EDR versions, null tamper protection and every firewall status.
 */
public final class HuntressWorkloadGenerator {

    private static final String[] NAME_STARTS = {"Alder", "Birchwood", "Cedar Point", "Harbor Light", "Summit",
            "Granite Peak", "Riverside", "Maple Grove", "Lakeshore", "Northgate", "Oakridge", "Pinecrest", "Redwood",
            "Silverline", "Bluewater", "Ironwood", "Copper Creek", "Westfield"};
    private static final String[] NAME_ENDS = {"Dental Group", "Legal LLP", "Manufacturing", "Logistics",
            "Family Practice", "Accounting", "Realty", "Veterinary Clinic", "Construction", "School District",
            "Credit Union", "Engineering", "Insurance Agency", "Architects"};
    private static final String[] FIRST_NAMES = {"amelia", "bruno", "chen", "dara", "elif", "farah", "gus", "hana",
            "ivan", "jo", "kofi", "lena", "mateo", "nia", "omar", "pia", "quinn", "rosa", "sven", "tara"};
    private static final String[] LAST_NAMES = {"alvarez", "brooks", "cho", "dubois", "eriksen", "fontaine", "garcia",
            "haddad", "ito", "jensen", "kowalski", "li", "moreau", "nakamura", "okafor", "patel", "quist", "romero"};
    private static final HuntressUser[] APPROVERS = {
        HuntressUser.of(77120, "dana.whitfield@northwind-msp.example", "Dana Whitfield"),
        HuntressUser.of(77154, "priya.raman@northwind-msp.example", "Priya Raman"),
        HuntressUser.of(77201, "marcus.oyelaran@northwind-msp.example", "Marcus Oyelaran")};
    private static final List<String> LEGACY_ZERO_KEYS = List.of("footholds", "monitored_files", "process_detections",
            "ransomware_canaries", "antivirus_detections");
    private static final List<String> HOST_INDICATORS = List.of("footholds", "process_detections",
            "ransomware_canaries", "antivirus_detections", "mde_detections", "monitored_files", "behavioral_detections",
            "favicon_detections", "app_control");

    private final HuntressStore store;
    private final Clock clock;
    private final SplittableRandom random;

    HuntressWorkloadGenerator(HuntressStore store, Clock clock, long seed) {
        this.store = store;
        this.clock = clock;
        this.random = new SplittableRandom(seed);
    }

    GeneratedWorkload generate(long accountId, int organizationCount, int agentCount, int incidentCount) {
        if (organizationCount < 0 || agentCount < 0 || incidentCount < 0) {
            throw new IllegalArgumentException("Counts cannot be negative");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        store.account(accountId).orElseThrow(() -> new IllegalArgumentException("No account " + accountId));

        List<HuntressOrganization> organizations = new ArrayList<>();
        Set<String> usedNames = new HashSet<>();
        store.allOrganizations().forEach(org -> usedNames.add(org.name));
        for (int i = 0; i < organizationCount; i++) {
            organizations.add(store.addOrganization(organization(accountId, usedNames, now)));
        }
        List<HuntressOrganization> pool = organizations.isEmpty()
                ? store.allOrganizations().stream().filter(org -> org.accountId == accountId).toList()
                : organizations;
        if (pool.isEmpty() && (agentCount > 0 || incidentCount > 0)) {
            throw new IllegalStateException("Account " + accountId + " has no organizations to put agents in");
        }

        List<HuntressAgent> agents = new ArrayList<>();
        for (int i = 0; i < agentCount; i++) {
            agents.add(store.addAgent(agent(accountId, pool.get(random.nextInt(pool.size())), now)));
        }
        List<HuntressAgent> hostPool = agents.isEmpty()
                ? store.agentsOf(accountId).stream().filter(agent -> pool.stream().anyMatch(org -> org.id == agent.organizationId)).toList()
                : agents;

        List<Long> incidentIds = new ArrayList<>();
        for (int i = 0; i < incidentCount; i++) {
            incidentIds.add(store.addIncident(incident(accountId, pool, hostPool, now)).id);
        }
        return new GeneratedWorkload(organizations.stream().map(org -> org.id).toList(),
                agents.stream().map(agent -> agent.id).toList(), incidentIds);
    }

    // ---------------------------------------------------------------- organizations

    private HuntressOrganization organization(long accountId, Set<String> usedNames, Instant now) {
        String name = pick(NAME_STARTS) + " " + pick(NAME_ENDS);
        int suffix = 2;
        String candidate = name;
        while (!usedNames.add(candidate)) {
            candidate = name + " " + suffix++;
        }
        HuntressOrganization org = new HuntressOrganization(0, accountId, candidate, HuntressStore.slug(candidate));
        String domain = org.key + ".example";
        org.createdAt = now.minus(Duration.ofDays(60 + random.nextInt(1400))).minusSeconds(random.nextInt(86_400));
        org.updatedAt = between(org.createdAt, now);
        boolean identity = random.nextInt(100) < 55;
        if (identity) {
            org.identityProviderTenantId = uuid();
            org.billableIdentityCount = 5 + random.nextInt(240);
            org.microsoft365TenantId = org.identityProviderTenantId;
            org.microsoft365UsersCount = org.billableIdentityCount;
        }
        org.logsSourcesCount = random.nextInt(100) < 25 ? 1 + random.nextInt(12) : 0;
        org.satLearnerCount = random.nextInt(100) < 30 ? 5 + random.nextInt(150) : 0;
        org.unmodeledAgents = 0;
        List<String> recipients = new ArrayList<>();
        if (random.nextInt(100) < 70) {
            recipients.add("it-alerts@" + domain);
        }
        if (random.nextInt(100) < 40) {
            recipients.add("noc@northwind-msp.example");
        }
        org.reportRecipients = recipients;
        org.notifyEmails = new ArrayList<>(recipients);
        return org;
    }

    // ---------------------------------------------------------------- agents

    private HuntressAgent agent(long accountId, HuntressOrganization org, Instant now) {
        int roll = random.nextInt(100);
        String platform = roll < 72 ? "windows" : roll < 86 ? "darwin" : "linux";
        String prefix = initials(org.name);
        HuntressAgent agent = new HuntressAgent(0, accountId, org.id, null, platform);
        agent.createdAt = now.minus(Duration.ofDays(1 + random.nextInt(900))).minusSeconds(random.nextInt(86_400));
        boolean stale = random.nextInt(100) < 6;
        agent.lastCallbackAt = stale ? between(agent.createdAt, now.minus(Duration.ofDays(31)))
                : now.minusSeconds(30 + random.nextInt(6 * 3600));
        if (agent.lastCallbackAt.isBefore(agent.createdAt)) {
            agent.lastCallbackAt = agent.createdAt;
        }
        agent.updatedAt = agent.lastCallbackAt;
        agent.externalIp = (random.nextBoolean() ? "198.51.100." : "203.0.113.") + (1 + random.nextInt(254));
        agent.ipv4Address = "10." + random.nextInt(64) + "." + random.nextInt(256) + "." + (2 + random.nextInt(250));
        agent.macAddresses = new ArrayList<>();
        int macs = random.nextInt(100) < 15 ? 2 : random.nextInt(100) < 5 ? 0 : 1;
        for (int i = 0; i < macs; i++) {
            agent.macAddresses.add(mac());
        }
        agent.serialNumber = random.nextInt(100) < 5 ? null : serial();
        int minor = random.nextInt(5);
        agent.version = "0.13." + (40 + minor * 4);
        agent.versionNumber = 851_200 + minor * 17;
        agent.edrVersion = random.nextInt(100) < 12 ? null : "0.14." + (30 + random.nextInt(8));
        int firewall = random.nextInt(100);
        agent.firewallStatus = firewall < 78 ? "Enabled" : firewall < 90 ? "Disabled" : firewall < 95 ? "Isolated"
                : firewall < 98 ? "Pending Isolation" : "Pending Release";
        agent.tags = new ArrayList<>();
        switch (platform) {
            case "windows" -> {
                boolean server = random.nextInt(100) < 25;
                agent.hostname = prefix + (server ? "-SRV" : random.nextBoolean() ? "-WS" : "-LT")
                        + String.format("%02d", 1 + random.nextInt(60));
                agent.arch = random.nextInt(100) < 95 ? "x86_64" : "arm64";
                if (server) {
                    agent.os = pick(new String[] {"Windows Server 2022 Standard", "Windows Server 2019 Datacenter",
                        "Windows Server 2016 Standard"});
                    agent.osBuildVersion = agent.os.contains("2022") ? "20348" : agent.os.contains("2019") ? "17763"
                            : "14393";
                    agent.tags.add("server");
                } else {
                    agent.os = pick(new String[] {"Windows 11 Pro", "Windows 11 Enterprise", "Windows 10 Pro"});
                    agent.osBuildVersion = agent.os.startsWith("Windows 10") ? "19045" : "26100";
                    agent.tags.add("workstation");
                }
                agent.osMajor = 10;
                agent.osMinor = 0;
                agent.osPatch = null;
                agent.winBuildNumber = Integer.valueOf(agent.osBuildVersion);
                agent.servicePackMajor = 0;
                agent.servicePackMinor = 0;
                agent.domainName = random.nextInt(100) < 60 ? prefix + "CORP" : "WORKGROUP";
                agent.defenderStatus = pick(new String[] {"Healthy", "Healthy", "Healthy", "Unhealthy", "Disabled"});
                agent.defenderSubstatus = "Healthy".equals(agent.defenderStatus) ? "Up to date"
                        : pick(new String[] {"Out of date", "Incompatible", "Not installed"});
                agent.defenderPolicyStatus = random.nextInt(100) < 85 ? "Compliant" : "Non-Compliant";
                agent.lastSurveyAt = agent.lastCallbackAt.minusSeconds(random.nextInt(7200));
                int tamper = random.nextInt(100);
                agent.tamperProtectionConfigured = tamper < 10 ? null : tamper < 75;
                agent.tamperProtectionActual = agent.tamperProtectionConfigured == null ? null
                        : random.nextInt(100) < 8 ? null : agent.tamperProtectionConfigured;
            }
            case "darwin" -> {
                String owner = pick(FIRST_NAMES);
                agent.hostname = (random.nextBoolean() ? "MBP-" : "MBA-") + owner.toUpperCase(Locale.ROOT);
                agent.arch = random.nextInt(100) < 80 ? "arm64" : "x86_64";
                int major = 13 + random.nextInt(3);
                int osMinor = random.nextInt(7);
                int patch = random.nextInt(3);
                agent.os = "macOS " + major + "." + osMinor + (patch > 0 ? "." + patch : "");
                agent.osMajor = major;
                agent.osMinor = osMinor;
                agent.osPatch = patch;
                agent.osBuildVersion = (major + 9) + "G" + (10 + random.nextInt(90));
                agent.tags.add("laptop");
            }
            default -> {
                agent.hostname = prefix.toLowerCase(Locale.ROOT) + "-" + pick(new String[] {"web", "db", "app", "fs"})
                        + "-" + String.format("%02d", 1 + random.nextInt(20));
                agent.arch = "x86_64";
                agent.os = pick(new String[] {"Ubuntu 22.04.4 LTS", "Ubuntu 24.04.1 LTS", "Debian GNU/Linux 12",
                    "Red Hat Enterprise Linux 9.4"});
                agent.osMajor = agent.os.startsWith("Ubuntu 22") ? 22 : agent.os.startsWith("Ubuntu") ? 24
                        : agent.os.startsWith("Debian") ? 12 : 9;
                agent.osMinor = agent.os.startsWith("Ubuntu") ? 4 : 0;
                agent.tags.add("server");
                agent.tamperProtectionConfigured = null;
                agent.tamperProtectionActual = null;
            }
        }
        if (random.nextInt(100) < 20) {
            agent.tags.add(pick(new String[] {"production", "front-desk", "finance", "vip", "kiosk"}));
        }
        return agent;
    }

    // ---------------------------------------------------------------- incident reports

    private HuntressIncident incident(long accountId, List<HuntressOrganization> orgs, List<HuntressAgent> hosts,
                                      Instant now) {
        HuntressIncident incident = new HuntressIncident();
        incident.accountId = accountId;
        int kind = random.nextInt(100);
        String subjectTarget;
        HuntressOrganization org;
        HuntressAgent host = null;
        if (kind < 62 && !hosts.isEmpty()) {
            HuntressAgent chosen = hosts.get(random.nextInt(hosts.size()));
            host = chosen;
            org = orgs.stream().filter(candidate -> candidate.id == chosen.organizationId).findFirst()
                    .orElseGet(() -> store.organization(chosen.organizationId).orElseThrow());
            incident.agentId = host.id;
            incident.platform = host.platform;
            subjectTarget = host.hostname;
            hostIndicators(incident);
        } else {
            org = orgs.get(random.nextInt(orgs.size()));
            String domain = org.key + ".example";
            String user = pick(FIRST_NAMES).charAt(0) + "." + pick(LAST_NAMES) + "@" + domain;
            subjectTarget = user;
            int hostless = random.nextInt(100);
            if (hostless < 62) {
                incident.platform = random.nextInt(100) < 78 ? "microsoft_365" : "google";
                indicators(incident, Map.of("managed_identity", 1 + random.nextInt(4)));
            } else if (hostless < 86) {
                incident.platform = "email_security";
                indicators(incident, Map.of("email_security_detections", 1 + random.nextInt(3)));
            } else {
                incident.platform = "other";
                subjectTarget = random.nextBoolean() ? user : "SIEM - " + org.name;
                indicators(incident, Map.of(random.nextInt(100) < 75 ? "siem_detections" : "ai_misuse",
                        1 + random.nextInt(5)));
            }
        }
        incident.organizationId = org.id;
        int severity = random.nextInt(100);
        incident.severity = incident.indicatorTypes.contains("ransomware_canaries") ? "critical"
                : severity < 45 ? "low" : severity < 85 ? "high" : "critical";
        int status = random.nextInt(100);
        incident.status = status < 30 ? "sent" : status < 70 ? "closed" : status < 80 ? "dismissed"
                : status < 88 ? "auto_remediating" : status < 96 ? "partner_dismissed" : "deleting";

        incident.sentAt = now.minus(Duration.ofMinutes(10 + random.nextInt(120 * 24 * 60)));
        incident.createdAt = incident.sentAt.minus(Duration.ofMinutes(1 + random.nextInt(90)));
        Instant latestDecision = min(now, incident.sentAt.plus(Duration.ofDays(10)));
        Instant decided = between(min(latestDecision, incident.sentAt.plus(Duration.ofMinutes(5))), latestDecision);
        switch (incident.status) {
            case "sent" -> incident.statusUpdatedAt = incident.sentAt;
            case "closed" -> {
                incident.statusUpdatedAt = decided;
                incident.closedAt = decided;
            }
            default -> incident.statusUpdatedAt = decided;
        }
        incident.updatedAt = between(incident.statusUpdatedAt, min(now, incident.statusUpdatedAt.plus(Duration.ofDays(2))));
        incident.subject = incident.severity.toUpperCase(Locale.ROOT) + " - Incident on " + subjectTarget + " ("
                + org.name + ")";
        incident.body = body(incident, subjectTarget);
        incident.summary = random.nextInt(100) < 15 ? null : summary(incident, subjectTarget);
        incident.remediations = remediations(incident, host, subjectTarget);
        return incident;
    }

    private void hostIndicators(HuntressIncident incident) {
        Map<String, Integer> found = new LinkedHashMap<>();
        int kinds = random.nextInt(100) < 65 ? 1 : 2;
        while (found.size() < kinds) {
            found.put(HOST_INDICATORS.get(random.nextInt(HOST_INDICATORS.size())), 1 + random.nextInt(6));
        }
        indicators(incident, found);
    }

    /** Half the reports carry the five legacy keys with zeros besides the relevant ones, half only the relevant. */
    private void indicators(HuntressIncident incident, Map<String, Integer> found) {
        incident.indicatorTypes = new ArrayList<>(found.keySet());
        incident.indicatorCounts = new LinkedHashMap<>();
        if (random.nextBoolean()) {
            LEGACY_ZERO_KEYS.forEach(key -> incident.indicatorCounts.put(key, 0));
        }
        incident.indicatorCounts.putAll(found);
    }

    private List<HuntressRemediation> remediations(HuntressIncident incident, HuntressAgent host, String target) {
        int roll = random.nextInt(100);
        int count = roll < 18 ? 0 : roll < 78 ? 1 + random.nextInt(4) : roll < 91 ? 5 + random.nextInt(6)
                : 11 + random.nextInt(6);
        if (roll < 3 && host == null) {
            return null;
        }
        List<HuntressRemediation> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            HuntressRemediation remediation = new HuntressRemediation();
            remediation.id = store.reserveRemediationId();
            if (i == 0 && (host == null ? !"email_security".equals(incident.platform) && !"other".equals(incident.platform)
                    : "critical".equals(incident.severity) || "Isolated".equals(host.firewallStatus))) {
                remediation.type = "containment";
                remediation.action = host != null ? "Isolate Host"
                        : "google".equals(incident.platform) ? "Suspend User" : "Disable User";
                remediation.parametersText = target;
                remediation.parameters = null;
            } else if (random.nextInt(100) < 72) {
                remediation.type = "assisted";
                assisted(remediation, incident, host, target);
            } else {
                remediation.type = "manual";
                remediation.action = pick(new String[] {"Reset Password", "Patch Vulnerable Application",
                    "Review MFA Methods", "Reimage Host", "Remove Unauthorized SSH Key"});
                remediation.parameters = random.nextInt(100) < 20 ? null : new ArrayList<>();
            }
            remediationStatus(remediation, incident);
            list.add(remediation);
        }
        return list;
    }

    private void assisted(HuntressRemediation remediation, HuntressIncident incident, HuntressAgent host,
                          String target) {
        remediation.parameters = new ArrayList<>();
        if (host == null) {
            if ("email_security".equals(incident.platform)) {
                remediation.action = "Delete Email Message";
                remediation.parameters.add(new HuntressRemediation.Parameter("mailbox", target));
                remediation.parameters.add(new HuntressRemediation.Parameter("message_id",
                        "<" + Long.toHexString(random.nextLong()) + "@mail.example>"));
            } else {
                remediation.action = random.nextBoolean() ? "Delete Inbox Rule" : "Revoke OAuth Grant";
                remediation.parameters.add(new HuntressRemediation.Parameter(
                        remediation.action.equals("Delete Inbox Rule") ? "rule_name" : "application",
                        remediation.action.equals("Delete Inbox Rule") ? ".." : "Mail Sync Pro"));
                remediation.parameters.add(new HuntressRemediation.Parameter("mailbox", target));
            }
            return;
        }
        String file = switch (host.platform) {
            case "darwin" -> "/Users/" + pick(FIRST_NAMES) + "/Library/LaunchAgents/com." + pick(LAST_NAMES)
                    + ".agent.plist";
            case "linux" -> pick(new String[] {"/tmp/.x/", "/var/tmp/.cache/", "/dev/shm/."}) + pick(LAST_NAMES);
            default -> "c:\\users\\" + pick(FIRST_NAMES) + "\\appdata\\local\\temp\\" + pick(LAST_NAMES) + ".exe";
        };
        int action = random.nextInt(4);
        if (action == 0 && "windows".equals(host.platform)) {
            remediation.action = "Delete Scheduled Task";
            remediation.parameters.add(new HuntressRemediation.Parameter("task_name",
                    "\\Microsoft\\Windows\\" + pick(LAST_NAMES)));
            remediation.parameters.add(new HuntressRemediation.Parameter("path", file));
        } else if (action == 1 && "windows".equals(host.platform)) {
            remediation.action = "Delete Registry Value";
            remediation.parameters.add(new HuntressRemediation.Parameter("key",
                    "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run"));
            remediation.parameters.add(new HuntressRemediation.Parameter("value", pick(LAST_NAMES)));
        } else if (action == 2) {
            remediation.action = "Stop Process";
            remediation.parameters.add(new HuntressRemediation.Parameter("pid", Integer.toString(300 + random.nextInt(9000))));
            remediation.parameters.add(new HuntressRemediation.Parameter("path", file));
        } else {
            remediation.action = "Delete File";
            remediation.parameters.add(new HuntressRemediation.Parameter("path", file));
        }
    }

    /** Remediation statuses that fit the report's status, with approval metadata to match. */
    private void remediationStatus(HuntressRemediation remediation, HuntressIncident incident) {
        String status = switch (incident.status) {
            case "sent" -> "containment".equals(remediation.type) ? "completed"
                    : pick(new String[] {"unapproved", "unapproved", "approved", "completed"});
            case "closed" -> pick(new String[] {"completed", "completed", "completed", "failed", "cancelled"});
            case "auto_remediating" -> pick(new String[] {"approved", "completed"});
            case "partner_dismissed" -> pick(new String[] {"cancelled", "completed"});
            default -> "cancelled";
        };
        remediation.status = status;
        if (status.equals("unapproved") || status.equals("cancelled")) {
            return;
        }
        Instant end = incident.updatedAt;
        remediation.approvedAt = between(incident.sentAt, end);
        int by = random.nextInt(100);
        if (by >= 20) {
            HuntressUser user = APPROVERS[random.nextInt(APPROVERS.length)];
            remediation.approvedBy = by < 35 ? user.withStringId() : user;
        }
        if (status.equals("completed")) {
            remediation.completedAt = between(remediation.approvedAt, end);
        }
    }

    private String body(HuntressIncident incident, String target) {
        return switch (incident.platform) {
            case "microsoft_365", "google" -> "Huntress observed a suspicious sign-in for " + target + " from "
                    + "203.0.113." + (1 + random.nextInt(254)) + " (hosting provider) followed by "
                    + pick(new String[] {"a new inbox rule", "an OAuth consent to an unverified application",
                        "an MFA method registration"}) + " in the same session.";
            case "email_security" -> "A credential-phishing message was delivered to " + (1 + random.nextInt(9))
                    + " mailboxes, including " + target + ".";
            case "other" -> "Huntress SIEM correlated " + (2 + random.nextInt(40)) + " events for " + target + ".";
            default -> "Huntress detected " + String.join(" and ", incident.indicatorTypes).replace('_', ' ') + " on "
                    + target + ".\n\nUser: " + target.toUpperCase(Locale.ROOT) + "\\" + pick(FIRST_NAMES)
                    + "\nReview and approve the remediation plan below.";
        };
    }

    private String summary(HuntressIncident incident, String target) {
        return switch (incident.platform) {
            case "microsoft_365", "google" -> "Likely session token theft for " + target
                    + ". Reset the password and review MFA methods.";
            case "email_security" -> "Phishing message delivered; confirm no credentials were submitted.";
            case "other" -> "Correlated SIEM activity; review the listed events.";
            default -> "Malicious persistence on " + target + ". Approve the assisted remediations.";
        };
    }

    // ---------------------------------------------------------------- helpers

    private Instant between(Instant from, Instant to) {
        long seconds = Duration.between(from, to).getSeconds();
        return seconds <= 0 ? from : from.plusSeconds(random.nextLong(seconds + 1));
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.split("[^A-Za-z]+")) {
            if (!word.isEmpty() && initials.length() < 4) {
                initials.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return initials.length() == 0 ? "ORG" : initials.toString();
    }

    private String mac() {
        StringBuilder mac = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            if (i > 0) {
                mac.append(':');
            }
            mac.append(String.format("%02x", random.nextInt(256)));
        }
        return mac.toString();
    }

    private String serial() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
        StringBuilder serial = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            serial.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return serial.toString();
    }

    private String uuid() {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new java.util.UUID(high, low).toString();
    }
}
