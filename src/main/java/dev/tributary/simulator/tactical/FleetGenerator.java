package dev.tributary.simulator.tactical;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Deterministic fleets for demos and benchmarks: the same arguments and clock give the same clients,
 * sites, agents, inventories and alerts. About 78% of agents are online, 8% offline, 13.5% overdue
 * and 0.5% never seen, relative to the simulator's clock at generation time.
 */
public final class FleetGenerator {

    /** What {@link TacticalSimulator#generateFleet} added. */
    public record Summary(int clients, int sites, int agents, int online, int offline, int overdue, int neverSeen,
                          int alerts, int firstAgentId, int lastAgentId) {
    }

    private static final String[] COMPANY = {"Acme", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Wonka",
        "Hooli", "Vandelay", "Soylent", "Cyberdyne", "Tyrell", "Aperture", "Massive Dynamic", "Dunder", "Pied Piper",
        "Prestige", "Sterling", "Oscorp", "Monarch", "Virtucon", "Bluth", "Nakatomi", "Gekko", "Wernham", "Kramerica",
        "Spacely", "Cogswell", "Duff", "Sirius", "Benthic", "Contoso", "Fabrikam", "Northwind", "Tailspin", "Litware"};
    private static final String[] KIND = {"Corp", "LLC", "Inc", "Group", "Partners", "Holdings", "Dental",
        "Law", "Logistics", "Manufacturing", "Accounting", "Clinic", "Realty", "Foods", "Engineering"};
    private static final String[] SITES = {"HQ", "Branch Office", "Warehouse", "Remote Workers", "Data Center",
        "Plant", "Downtown", "North Campus", "Lab", "Store 12"};
    private static final String[] USERS = {"jdoe", "asmith", "mgarcia", "lchen", "pjones", "rkhan", "tnguyen",
        "ebrown", "kwilson", "dmiller", "sjohnson", "bdavis", "cmartin", "hlee", "owhite"};
    private static final String[] WINDOWS_WORKSTATIONS = {
        "Microsoft Windows 11 Pro, 64 bit v24H2 (build 26100.4349)",
        "Microsoft Windows 11 Pro, 64 bit v23H2 (build 22631.5472)",
        "Microsoft Windows 11 Enterprise, 64 bit v23H2 (build 22631.5472)",
        "Microsoft Windows 10 Pro, 64 bit v22H2 (build 19045.5854)",
        "Microsoft Windows 10 Pro, 32 bit v22H2 (build 19045.5854)"};
    private static final String[] WINDOWS_SERVERS = {
        "Microsoft Windows Server 2022 Standard, 64 bit v21H2 (build 20348.3807)",
        "Microsoft Windows Server 2019 Standard, 64 bit v1809 (build 17763.7314)",
        "Microsoft Windows Server 2025 Datacenter, 64 bit v24H2 (build 26100.4349)",
        "Microsoft Windows Server 2016 Standard, 64 bit v1607 (build 14393.8066)"};
    private static final String[] LINUX = {"Ubuntu 24.04 x86_64 6.8.0-60-generic",
        "Ubuntu 22.04 x86_64 5.15.0-141-generic", "Debian 12.11 x86_64 6.1.0-37-amd64",
        "Rocky Linux 9.5 x86_64 5.14.0-503.40.1.el9_5.x86_64", "Ubuntu 24.04 aarch64 6.8.0-1028-aws"};
    private static final String[] MAC = {"Darwin 15.5 arm64 24.5.0", "Darwin 14.7.6 arm64 23.6.0"};
    private static final String[] SERVER_ROLES = {"File server", "Domain controller", "SQL Server", "Print server",
        "Hyper-V host", "Line-of-business app", null, null};
    private static final String[][] CHECKS = {{"diskspace", "Disk Space Check: Drive C: -  Warning Threshold: 25% "
        + "Error Threshold: 10%"}, {"ping", "Ping Check: gateway"}, {"cpuload", "CPU Load check"},
        {"memory", "Memory check"}, {"winsvc", "Service Check - Print Spooler"}};

    private FleetGenerator() {
    }

    /** 40 random ASCII letters, as the agent generates its {@code agent_id}. */
    public static String agentId(RandomGenerator random) {
        StringBuilder out = new StringBuilder(40);
        for (int i = 0; i < 40; i++) {
            int letter = random.nextInt(52);
            out.append((char) (letter < 26 ? 'A' + letter : 'a' + letter - 26));
        }
        return out.toString();
    }

    /** 96 upper-case hex characters. */
    public static String meshNodeId(RandomGenerator random) {
        StringBuilder out = new StringBuilder(96);
        for (int i = 0; i < 96; i++) {
            out.append("0123456789ABCDEF".charAt(random.nextInt(16)));
        }
        return out.toString();
    }

    /** Runs under the store's write lock. */
    static Summary generate(TacticalStore store, TacticalSimulatorConfig config, Instant now, int clientCount,
                            int sitesPerClient, int agentCount, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Set<String> names = new HashSet<>();
        store.clients.values().forEach(c -> names.add(c.name()));
        Set<String> hostnames = new HashSet<>();
        store.agents.values().forEach(a -> hostnames.add(a.hostname()));
        Integer template = store.alertTemplates.isEmpty() ? null : store.alertTemplates.firstKey();

        List<TacticalSite> newSites = new ArrayList<>();
        Map<Integer, String> codes = new HashMap<>();
        Map<Integer, String> publicNets = new HashMap<>();
        for (int c = 0; c < clientCount; c++) {
            String name = COMPANY[random.nextInt(COMPANY.length)] + " " + KIND[random.nextInt(KIND.length)];
            String unique = name;
            for (int n = 2; names.contains(unique); n++) {
                unique = name + " " + n;
            }
            names.add(unique);
            Instant created = now.minus(Duration.ofDays(60 + random.nextInt(1200))).minusMillis(random.nextInt(86_400_000));
            TacticalClient client = new TacticalClient(store.nextClientId++, unique).createdBy("admin")
                    .createdTime(Py.micros(created)).modifiedTime(Py.micros(created)).alertTemplate(
                            random.nextInt(3) == 0 ? template : null);
            store.clients.put(client.id(), client);
            codes.put(client.id(), code(unique, client.id()));
            publicNets.put(client.id(), new String[] {"203.0.113.", "198.51.100.", "192.0.2."}[random.nextInt(3)]
                    + (1 + random.nextInt(254)));
            for (int s = 0; s < sitesPerClient; s++) {
                String siteName = s < SITES.length ? SITES[s] : "Site " + (s + 1);
                TacticalSite site = new TacticalSite(store.nextSiteId++, client.id(), siteName).createdBy("admin")
                        .createdTime(Py.micros(created.plusSeconds(60L * (s + 1))))
                        .modifiedTime(Py.micros(created.plusSeconds(60L * (s + 1))));
                store.sites.put(site.id(), site);
                newSites.add(site);
            }
        }
        if (newSites.isEmpty()) {
            newSites.addAll(store.sites.values());
        }
        if (newSites.isEmpty() && agentCount > 0) {
            throw new IllegalStateException("No site to put agents on: generate at least one client");
        }

        int online = 0;
        int offline = 0;
        int overdue = 0;
        int never = 0;
        int alerts = 0;
        int first = store.nextAgentId;
        Map<Integer, FailingChecks> siteFailing = new HashMap<>();
        for (int i = 0; i < agentCount; i++) {
            TacticalSite site = newSites.get(random.nextInt(newSites.size()));
            String code = codes.getOrDefault(site.client(), "AGT");
            double kind = random.nextDouble();
            boolean windows = kind < 0.82;
            boolean server = kind >= 0.62 && kind < 0.96;
            boolean mac = kind >= 0.96;
            String plat = windows ? "windows" : mac ? "darwin" : "linux";
            int pk = store.nextAgentId;
            String hostname;
            if (windows) {
                hostname = code + (server ? "-SRV-" : random.nextBoolean() ? "-WS-" : "-LT-") + String.format("%04d", pk);
            } else if (mac) {
                hostname = code + "-MBP-" + String.format("%04d", pk);
            } else {
                hostname = code.toLowerCase(Locale.ROOT) + "-" + new String[] {"web", "app", "db", "mon"}[random.nextInt(4)]
                        + String.format("%02d", pk % 100) + "-" + pk;
            }
            while (hostnames.contains(hostname)) {
                hostname = hostname + "x";
            }
            hostnames.add(hostname);
            String os;
            String goarch = "amd64";
            if (windows) {
                os = server ? WINDOWS_SERVERS[random.nextInt(WINDOWS_SERVERS.length)]
                        : random.nextInt(40) == 0 ? WINDOWS_WORKSTATIONS[WINDOWS_WORKSTATIONS.length - 1]
                        : WINDOWS_WORKSTATIONS[random.nextInt(WINDOWS_WORKSTATIONS.length - 1)];
                if (os.contains("32 bit")) {
                    goarch = "386";
                }
            } else if (mac) {
                os = MAC[random.nextInt(MAC.length)];
                goarch = "arm64";
            } else {
                os = LINUX[random.nextInt(LINUX.length)];
                if (os.contains("aarch64")) {
                    goarch = "arm64";
                }
            }

            double state = random.nextDouble();
            Instant lastSeen;
            if (state < 0.78) {
                lastSeen = now.minusMillis(random.nextInt(200_000));
                online++;
            } else if (state < 0.86) {
                lastSeen = now.minus(Duration.ofMinutes(5 + random.nextInt(24))).minusMillis(random.nextInt(59_000));
                offline++;
            } else if (state < 0.995) {
                long minutes = (long) (31 + Math.pow(random.nextDouble(), 3) * 60 * 24 * 45);
                lastSeen = now.minus(Duration.ofMinutes(minutes)).minusMillis(random.nextInt(59_000));
                overdue++;
            } else {
                lastSeen = null;
                never++;
            }
            lastSeen = lastSeen == null ? null : Py.micros(lastSeen.minusNanos(random.nextInt(1000) * 1000L));
            Instant reference = lastSeen == null ? now : lastSeen;
            int ram = windows ? (server ? new int[] {16, 32, 64, 128} : new int[] {8, 16, 16, 32})[random.nextInt(4)]
                    : mac ? new int[] {8, 16, 24}[random.nextInt(3)] : new int[] {2, 4, 8, 16}[random.nextInt(4)];
            String user;
            String lastUser;
            if (windows) {
                String person = server ? "administrator" : USERS[random.nextInt(USERS.length)];
                user = !server && random.nextInt(10) < 7 ? person : "None";
                lastUser = person;
            } else if (mac) {
                user = USERS[random.nextInt(USERS.length)];
                lastUser = user;
            } else {
                user = random.nextInt(10) == 0 ? "root" : "";
                lastUser = user;
            }
            int total = random.nextInt(9);
            int failing = total > 0 && random.nextInt(6) == 0 ? 1 : 0;
            int warning = total > failing && random.nextInt(6) == 0 ? 1 : 0;
            Checks checks = new Checks(total, total - failing - warning, failing, warning, 0);
            Instant created = now.minus(Duration.ofDays(30 + random.nextInt(900))).minusMillis(random.nextInt(86_400_000));

            TacticalAgent agent = new TacticalAgent(pk, agentId(random), hostname, site.id())
                    .createdTime(Py.micros(created))
                    .modifiedTime(now.minus(Duration.ofMinutes(random.nextInt(4320))).truncatedTo(java.time.temporal.ChronoUnit.MINUTES))
                    .version(random.nextInt(10) < 8 ? "2.11.0" : random.nextInt(3) > 0 ? "2.10.0" : "2.9.1")
                    .operatingSystem(os).plat(plat).goarch(goarch).lastSeen(lastSeen)
                    .publicIp(publicNets.getOrDefault(site.client(), "203.0.113.9")).totalRam(ram)
                    .bootTime((double) reference.minus(Duration.ofMinutes(60 + random.nextInt(57_600))).getEpochSecond())
                    .loggedInUsername(user).lastLoggedInUser(lastUser)
                    .monitoringType(server ? "server" : "workstation")
                    .description(server ? SERVER_ROLES[random.nextInt(SERVER_ROLES.length)] : null)
                    .meshNodeId(meshNodeId(random))
                    .overdueDashboardAlert(server && random.nextInt(10) < 7)
                    .overdueEmailAlert(server && random.nextInt(5) == 0)
                    .needsReboot(windows && random.nextInt(8) == 0)
                    .chocoInstalled(windows && random.nextInt(10) < 3)
                    .patchesLastInstalled(windows && random.nextInt(4) > 0
                            ? Py.micros(reference.minus(Duration.ofHours(1 + random.nextInt(960)))) : null)
                    .timeZone(random.nextInt(6) == 0 ? "America/New_York" : null)
                    .maintenanceMode(random.nextInt(50) == 0)
                    .alertTemplate(template)
                    .checks(checks)
                    .pendingActionsCount(random.nextInt(12) == 0 ? 1 : 0)
                    .hasPatchesPending(windows && random.nextInt(5) == 0)
                    .hardware(new HardwareProfile(random.nextLong(), config.generatedServiceCount(),
                            config.generatedWmiExtraEntries()));
            store.putAgent(agent);
            if (failing > 0 || warning > 0) {
                FailingChecks before = siteFailing.getOrDefault(site.id(), FailingChecks.NONE);
                siteFailing.put(site.id(), new FailingChecks(before.error() || failing > 0, before.warning() || warning > 0));
            }
            if (windows && random.nextInt(10) < 9) {
                store.software.put(pk, SoftwareInventory.generated(store.nextSoftwareId++, pk, random.nextLong(),
                        8 + random.nextInt(10)));
            }

            String status = agent.status(now);
            if (AgentStatus.OVERDUE.equals(status) && (agent.overdueDashboardAlert() || agent.overdueEmailAlert())
                    && !agent.maintenanceMode()) {
                TacticalClient client = store.clients.get(site.client());
                Instant raised = lastSeen.plus(Duration.ofMinutes(agent.overdueTime())).plusSeconds(random.nextInt(150));
                store.alerts.put(store.nextAlertId, new TacticalAlert(store.nextAlertId).agent(pk).alertType("availability")
                        .severity("error").alertTime(Py.micros(raised.isAfter(now) ? now : raised))
                        .message(hostname + " in " + client.name() + ", " + site.name() + " is overdue."));
                store.nextAlertId++;
                alerts++;
            }
            if (failing > 0 || warning > 0) {
                String[] check = CHECKS[random.nextInt(CHECKS.length)];
                boolean resolved = random.nextInt(4) == 0;
                Instant raised = Py.micros(now.minus(Duration.ofMinutes(5 + random.nextInt(4000))));
                TacticalAlert alert = new TacticalAlert(store.nextAlertId).agent(pk).alertType("check")
                        .severity(failing > 0 ? "error" : "warning").alertTime(raised)
                        .message(hostname + " has a " + check[0] + " check: " + check[1] + " that failed.")
                        .hidden(random.nextInt(3) == 0).assignedCheck(1000 + pk)
                        .snoozed(!resolved && random.nextInt(8) == 0);
                if (resolved) {
                    alert.resolved(true).resolvedOn(Py.micros(raised.plus(Duration.ofMinutes(1 + random.nextInt(300)))));
                }
                if (alert.snoozed()) {
                    alert.snoozeUntil(Py.micros(now.plus(Duration.ofDays(1 + random.nextInt(7)))));
                }
                store.alerts.put(alert.id(), alert);
                store.nextAlertId++;
                alerts++;
            }
        }
        if (agentCount > 0 && clientCount > 0) {
            store.alerts.put(store.nextAlertId, new TacticalAlert(store.nextAlertId).alertType("custom").severity("info")
                    .alertTime(Py.micros(now.minus(Duration.ofHours(3)))).message("Nightly report job completed with warnings"));
            store.nextAlertId++;
            alerts++;
        }
        for (Map.Entry<Integer, FailingChecks> entry : siteFailing.entrySet()) {
            TacticalSite site = store.sites.get(entry.getKey());
            site.failingChecks(entry.getValue());
            TacticalClient client = store.clients.get(site.client());
            FailingChecks before = client.failingChecks();
            client.failingChecks(new FailingChecks(before.error() || entry.getValue().error(),
                    before.warning() || entry.getValue().warning()));
        }
        return new Summary(clientCount, clientCount * sitesPerClient, agentCount, online, offline, overdue, never,
                alerts, first, store.nextAgentId - 1);
    }

    private static String code(String name, int id) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split(" ")) {
            if (!word.isEmpty() && Character.isLetter(word.charAt(0)) && out.length() < 4) {
                out.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        String letters = name.replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
        String base = (letters.length() >= 4 ? letters.substring(0, 4) : out.toString());
        return base + id;
    }
}
