package dev.tributary.simulator.tanium;

import dev.tributary.simulator.tanium.TaniumEndpoint.Discover;
import dev.tributary.simulator.tanium.TaniumEndpoint.Disk;
import dev.tributary.simulator.tanium.TaniumEndpoint.InstalledApplication;
import dev.tributary.simulator.tanium.TaniumEndpoint.Memory;
import dev.tributary.simulator.tanium.TaniumEndpoint.NetworkAdapter;
import dev.tributary.simulator.tanium.TaniumEndpoint.Networking;
import dev.tributary.simulator.tanium.TaniumEndpoint.Os;
import dev.tributary.simulator.tanium.TaniumEndpoint.Processor;
import dev.tributary.simulator.tanium.TaniumEndpoint.User;
import dev.tributary.simulator.tanium.TaniumEndpoint.WindowsOs;
import dev.tributary.simulator.tanium.TaniumEndpoint.WirelessAdapter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A deterministic, lazily computed fleet: endpoint {@code i} is a pure function of (seed, i), so a
 * fleet of any size costs no memory until a page of it is rendered. Indexes {@code [0, endpoints)} are
 * visible on the Gateway; {@code [endpoints, endpoints + agedOut)} have aged out of TDS and exist only
 * in the Asset API.
 *
 * <p>Group membership is derived from the index: endpoint {@code i} belongs to group {@code i % groups},
 * and about one endpoint in forty also to one other group (a deterministic overlap).
 */
final class FleetGenerator {

    static final long GATEWAY_ID_BASE = 1_000_000L;
    static final long ASSET_ID_BASE = 5_000_000L;
    static final int GROUP_ID_BASE = 40_001;
    static final String CLONED_VM_UUID = "4203A1B2-7C3D-9E4F-1A2B-3C4D5E6F7081";

    private static final String[] COMPANIES = {"Northwind Traders", "Tailspin Toys", "Wide World Importers",
            "Adventure Works", "Litware Inc", "Proseware Inc", "Fourth Coffee", "Woodgrove Bank", "Alpine Ski House",
            "Coho Winery", "Lucerne Publishing", "Margie's Travel", "Trey Research", "Wingtip Toys",
            "Blue Yonder Airlines", "Graphic Design Institute", "Humongous Insurance", "School of Fine Art",
            "VanArsdel Ltd", "City Power & Light"};
    private static final String[] FIRST = {"Anna", "Ben", "Carla", "Dev", "Elif", "Femi", "Grace", "Hiro", "Ines",
            "Jonas", "Kai", "Lena", "Marek", "Nia", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tara", "Umar", "Vera",
            "Wei", "Yara", "Zoltan"};
    private static final String[] LAST = {"Andersen", "Bauer", "Costa", "Dubois", "Eriksen", "Fischer", "Garcia",
            "Hansen", "Ito", "Jovanovic", "Kowalski", "Larsen", "Moreau", "Novak", "Okafor", "Petrov", "Quist",
            "Rossi", "Schmidt", "Tanaka", "Ueda", "Vargas", "Weber", "Yilmaz", "Zimmermann"};
    private static final String ALNUM = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String HEX = "0123456789ABCDEF";
    static final String TSE_ERROR_APP = "TSE-Error: Failed to send to sensor child process: timed out";

    enum Kind { WINDOWS_WORKSTATION, WINDOWS_SERVER, MAC, LINUX_SERVER, LINUX_WORKSTATION, NETWORK_DEVICE,
        MOBILE_DEVICE, STUDIOS_PC }

    final int groups;
    final int endpoints;
    final int agedOut;
    final long seed;
    final Instant anchor;
    private final List<TaniumComputerGroup> groupInfos;
    private final String[] prefixes;
    private final String[] domains;

    FleetGenerator(int groups, int endpoints, int agedOut, long seed, Instant anchor) {
        if (groups < 1 || endpoints < 0 || agedOut < 0) {
            throw new IllegalArgumentException("groups must be >= 1 and counts >= 0");
        }
        this.groups = groups;
        this.endpoints = endpoints;
        this.agedOut = agedOut;
        this.seed = seed;
        this.anchor = anchor;
        this.groupInfos = new ArrayList<>(groups);
        this.prefixes = new String[groups];
        this.domains = new String[groups];
        for (int g = 0; g < groups; g++) {
            String company = COMPANIES[g % COMPANIES.length];
            int round = g / COMPANIES.length;
            String suffix = round == 0 ? "" : String.valueOf(round + 1);
            String letters = company.replaceAll("[^A-Za-z]", "").substring(0, 3).toUpperCase(Locale.ROOT);
            prefixes[g] = letters + suffix;
            domains[g] = company.split(" ")[0].replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT) + suffix + ".local";
            String name = round == 0 ? company : company + " " + (round + 1);
            groupInfos.add(new TaniumComputerGroup(String.valueOf(GROUP_ID_BASE + g), name, "STANDARD", true, false,
                    "Computer Name starts with " + prefixes[g] + "-"));
        }
    }

    int total() {
        return endpoints + agedOut;
    }

    List<TaniumComputerGroup> groupInfos() {
        return groupInfos;
    }

    /** Index of the generated group with this id, or -1. */
    int groupIndex(String groupId) {
        try {
            long g = Long.parseLong(groupId) - GROUP_ID_BASE;
            return g >= 0 && g < groups ? (int) g : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    int primaryGroup(int i) {
        return i % groups;
    }

    /** The second group of an overlapping endpoint, or -1. */
    int secondaryGroup(int i) {
        if (groups < 2 || pick(i, 3, 40) != 0) {
            return -1;
        }
        return (primaryGroup(i) + 1 + pick(i, 4, groups - 1)) % groups;
    }

    boolean isMember(int i, int group) {
        return i < endpoints && (primaryGroup(i) == group || secondaryGroup(i) == group);
    }

    String gatewayId(int i) {
        return String.valueOf(GATEWAY_ID_BASE + i);
    }

    /** The generated index for a Gateway id, or -1. */
    int indexOfGatewayId(String id) {
        try {
            long i = Long.parseLong(id) - GATEWAY_ID_BASE;
            return i >= 0 && i < total() ? (int) i : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    long assetId(int i) {
        return ASSET_ID_BASE + i;
    }

    Kind kind(int i) {
        int k = pick(i, 1, 100);
        if (k < 50) {
            return Kind.WINDOWS_WORKSTATION;
        } else if (k < 62) {
            return Kind.WINDOWS_SERVER;
        } else if (k < 74) {
            return Kind.MAC;
        } else if (k < 86) {
            return Kind.LINUX_SERVER;
        } else if (k < 88) {
            return Kind.NETWORK_DEVICE;
        } else if (k < 90) {
            return Kind.MOBILE_DEVICE;
        } else if (k < 93) {
            return Kind.STUDIOS_PC;
        }
        return Kind.LINUX_WORKSTATION;
    }

    /** Endpoint {@code i} as generated (id and last-seen overrides are applied by the caller). */
    TaniumEndpoint endpoint(int i) {
        Kind kind = kind(i);
        int g = primaryGroup(i);
        String prefix = prefixes[g];
        String lower = prefix.toLowerCase(Locale.ROOT);
        String domain = domains[g];
        String num = pad6(i);
        Instant lastSeen = lastSeen(i);
        Instant firstSeen = lastSeen.minus(Duration.ofHours(24L * (30 + pick(i, 5, 1500)) + pick(i, 6, 24)));
        String computerId = Long.toString((h(i, 7) >>> 32) & 0xFFFFFFFFL);
        boolean laptop = pick(i, 8, 100) < 60;
        String ip = "10." + (20 + g % 200) + "." + ((i / groups) / 250 % 250) + "." + ((i / groups) % 250 + 2);
        Boolean encrypted = pick(i, 9, 100) < 8 ? null : pick(i, 10, 100) < 75;
        boolean noResultsUser = pick(i, 11, 100) < 7;
        String natIp = pick(i, 12, 100) < 20 ? null : "203.0.113." + (1 + g % 250);
        Discover discover = natIp == null ? null : new Discover(natIp, null, null, null);
        boolean disksNull = pick(i, 13, 100) < 5;
        List<String> dns = List.of("10." + (20 + g % 200) + ".0.10", "10." + (20 + g % 200) + ".0.11");

        String name;
        String domainName;
        String serial;
        String manufacturer;
        String model;
        String chassis;
        Boolean virtual;
        String uuid;
        String lastUser;
        User user;
        Os os;
        Processor cpu;
        Memory memory;
        List<Disk> disks;
        List<String> macs;
        List<String> ips;
        Networking networking;
        List<InstalledApplication> apps;
        String firstName = FIRST[pick(i, 14, FIRST.length)];
        String lastName = LAST[pick(i, 15, LAST.length)];
        String person = firstName + " " + lastName;
        String login = (firstName.charAt(0) + lastName).toLowerCase(Locale.ROOT);

        switch (kind) {
            case WINDOWS_WORKSTATION, STUDIOS_PC -> {
                boolean dell = pick(i, 16, 2) == 0;
                name = (kind == Kind.STUDIOS_PC ? prefix + "-STUDIOS-PC-" + num : prefix + (laptop ? "-LT-" : "-WS-") + num)
                        + "." + domain;
                domainName = domain;
                manufacturer = dell ? "Dell Inc." : "LENOVO";
                model = dell ? (laptop ? "Latitude 7440" : "OptiPlex 7010") : (laptop ? "20XW0026US" : "11T7000AUS");
                serial = dell ? alnum(i, 17, 7) : "PF" + alnum(i, 17, 6);
                chassis = laptop ? (pick(i, 18, 3) == 0 ? "Notebook" : "Laptop") : "Desktop";
                virtual = false;
                uuid = uuid(i, true);
                String mac = mac(i, dell ? "F4:6B:8C" : "6C:24:08", true);
                macs = List.of(mac);
                ips = List.of(ip, "fe80::" + hex(i, 19, 4).toLowerCase(Locale.ROOT) + ":" + hex(i, 20, 4).toLowerCase(Locale.ROOT));
                lastUser = noResultsUser ? "[no results]" : prefix + "\\" + login;
                user = windowsUser(i, person, login, domain);
                boolean win11 = pick(i, 21, 100) < 65;
                os = new Os(win11 ? "Windows 11 Enterprise" : "Windows 10 Pro", "Windows", win11 ? "Windows 11" : "Windows 10",
                        "English", new WindowsOs("Windows Workstation", "10.0", win11 ? "23H2" : "22H2"));
                int cores = pick(i, 22, 2) == 0 ? 8 : 12;
                cpu = new Processor(cores == 12 ? "13th Gen Intel(R) Core(TM) i7-1365U" : "Intel(R) Core(TM) i5-10500T CPU @ 2.30GHz",
                        "x64-based PC", "L2 " + (cores * 128) + " KB", pick(i, 23, 40) + " %", "0", "Intel64 Family 6",
                        "GenuineIntel", cores == 12 ? "1800 Mhz" : "2304 Mhz", "Model 186 Stepping 3", cores);
                String mb = pick(i, 24, 2) == 0 ? "16384 MB" : "32768 MB";
                memory = new Memory(mb, mb);
                disks = disksNull ? null : List.of(windowsDisk("C:", laptop ? 476 : 237, i));
                networking = new Networking(dns, List.of(new NetworkAdapter(
                        laptop ? "Intel(R) Wi-Fi 6 AX201 160MHz" : "Intel(R) Ethernet Connection (17) I219-LM",
                        "Intel Corporation", laptop ? "Wireless" : "Ethernet 802.3", mac, laptop ? "866 Mbps" : "1000 Mbps",
                        laptop ? "Wi-Fi" : "Ethernet")),
                        laptop ? List.of(new WirelessAdapter(prefix + "-CORP", pick(i, 25, 4) == 0 ? "DISCONNECTED" : "CONNECTED"))
                                : List.of());
                apps = windowsApps(i, kind == Kind.STUDIOS_PC);
            }
            case WINDOWS_SERVER -> {
                String[] roles = {"DC", "FS", "SQL", "APP", "RDS", "PRINT"};
                name = prefix + "-" + roles[pick(i, 16, roles.length)] + "-" + num + "." + domain;
                domainName = domain;
                virtual = pick(i, 17, 100) < 70;
                manufacturer = virtual ? "VMware, Inc." : "Dell Inc.";
                model = virtual ? "VMware7,1" : "PowerEdge R750";
                uuid = uuid(i, true);
                serial = virtual ? vmwareSerial(uuid) : alnum(i, 18, 7);
                chassis = virtual ? "Virtual" : "Server";
                String mac = mac(i, virtual ? "00:50:56" : "B0:7B:25", true);
                macs = List.of(mac);
                ips = List.of(ip);
                lastUser = noResultsUser ? "[no results]" : prefix + "\\svc_" + roles[pick(i, 16, roles.length)].toLowerCase(Locale.ROOT);
                user = User.named(pick(i, 19, 3) == 0 ? "" : "Error: No inventory has been collected");
                boolean y2022 = pick(i, 20, 100) < 60;
                os = new Os(y2022 ? "Windows Server 2022 Standard" : "Windows Server 2019 Datacenter", "Windows",
                        y2022 ? "Windows Server 2022" : "Windows Server 2019", "English",
                        new WindowsOs("Windows Server", "10.0", y2022 ? "21H2" : "1809"));
                int cores = 4 << pick(i, 21, 3);
                cpu = new Processor("Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz", "x64-based PC", "L2 " + (cores * 1280) + " KB",
                        pick(i, 22, 90) + " %", "0", "Intel64 Family 6", "GenuineIntel", "2000 Mhz", "Model 106 Stepping 6", cores);
                String mb = (8192 << pick(i, 23, 4)) + " MB";
                memory = new Memory(mb, mb);
                disks = disksNull ? null : List.of(windowsDisk("C:", 127, i), windowsDisk("D:", 1024, i + 1));
                networking = new Networking(dns, List.of(new NetworkAdapter(virtual ? "vmxnet3 Ethernet Adapter"
                        : "Broadcom NetXtreme E-Series", virtual ? "VMware, Inc." : "Broadcom Inc.", "Ethernet 802.3", mac,
                        "10000 Mbps", "Ethernet0")), List.of());
                apps = serverApps(i);
            }
            case MAC -> {
                name = prefix + "-MBP-" + num;
                domainName = "No Domain";
                manufacturer = "Apple";
                model = pick(i, 16, 2) == 0 ? "Mac15,7" : "MacBookPro18,3";
                serial = "C02" + alnum(i, 17, 9);
                chassis = "Laptop";
                virtual = false;
                uuid = uuid(i, true);
                String mac = mac(i, "a4:cf:99", false);
                macs = List.of(mac);
                String homeIp = "192.168." + pick(i, 18, 5) + "." + (10 + pick(i, 19, 200));
                ips = List.of(homeIp, "fe80::" + hex(i, 20, 4).toLowerCase(Locale.ROOT) + ":" + hex(i, 21, 4).toLowerCase(Locale.ROOT));
                lastUser = noResultsUser ? "[no results]" : login;
                user = pick(i, 22, 100) < 60 ? User.named("Error: No inventory has been collected") : User.named(person);
                boolean sequoia = pick(i, 23, 100) < 70;
                os = new Os(sequoia ? "macOS (15.6.1)" : "macOS (14.7.2)", "Mac", sequoia ? "macOS 15.6" : "macOS 14.7",
                        "English", null);
                boolean m3 = model.equals("Mac15,7");
                cpu = new Processor(m3 ? "Apple M3 Pro" : "Apple M1 Pro", "arm64", "", pick(i, 24, 30) + " %", "0", "",
                        "Apple", m3 ? "4050 Mhz" : "3228 Mhz", "", m3 ? 12 : 10);
                String gb = m3 ? "36 GB" : "32 GB";
                memory = new Memory(gb, gb);
                disks = disksNull ? null : List.of(unixDisk("/", 460, i));
                networking = new Networking(List.of("192.168.1.1"), List.of(new NetworkAdapter("en0", "Apple",
                        "Wireless", mac, "", "Wi-Fi")), List.of(new WirelessAdapter("HOME-" + alnum(i, 25, 4), "CONNECTED")));
                apps = macApps(i);
                ip = homeIp;
            }
            case LINUX_SERVER, LINUX_WORKSTATION -> {
                boolean server = kind == Kind.LINUX_SERVER;
                boolean cloud = server && pick(i, 16, 2) == 0;
                String[] roles = {"web", "db", "batch", "k8s-node", "mq"};
                name = server ? lower + "-" + roles[pick(i, 17, roles.length)] + "-" + num : lower + "-dev-" + num;
                domainName = server ? domain : "";
                virtual = server;
                uuid = cloud ? uuid(i, false) : (server && pick(i, 18, 200) == 0 ? CLONED_VM_UUID : uuid(i, true));
                manufacturer = cloud ? "Amazon EC2" : server ? "VMware, Inc." : "LENOVO";
                model = cloud ? "t3.large" : server ? "VMware7,1" : "ThinkStation P360";
                serial = cloud ? uuid : server ? vmwareSerial(uuid) : "PF" + alnum(i, 19, 6);
                chassis = server ? "Virtual" : "Desktop";
                String mac = mac(i, cloud ? "0a:ab:3c" : server ? "00:50:56" : "6c:24:08", false);
                macs = List.of(mac);
                ips = List.of(ip, "fe80::" + hex(i, 20, 4).toLowerCase(Locale.ROOT) + ":" + hex(i, 21, 4).toLowerCase(Locale.ROOT));
                lastUser = noResultsUser ? "[no results]" : cloud ? "ubuntu" : server ? "root" : login;
                user = User.named("N/A on Linux");
                boolean ubuntu = pick(i, 22, 100) < 60;
                os = new Os(ubuntu ? "Ubuntu 24.04.2 LTS" : "Red Hat Enterprise Linux 9.4 (Plow)", "Linux",
                        ubuntu ? "Ubuntu 24.04" : "Red Hat Enterprise Linux 9", "English", null);
                int cores = server ? 2 << pick(i, 23, 3) : 16;
                cpu = new Processor(server ? "Intel(R) Xeon(R) Platinum 8259CL CPU @ 2.50GHz" : "12th Gen Intel(R) Core(TM) i7-12700",
                        "x86_64", "36608 KB", pick(i, 24, 90) + " %", "0", "6", "GenuineIntel", "2500 Mhz", "7", cores);
                memory = pick(i, 25, 2) == 0 ? new Memory("7941 MB", "7941 MB") : new Memory("15G", "15G");
                disks = disksNull ? null : List.of(unixDisk("/", server ? 97 : 995, i));
                networking = new Networking(dns, List.of(new NetworkAdapter(server ? "eth0" : "enp0s31f6",
                        cloud ? "Amazon.com, Inc." : "Intel Corporation", "Ethernet", mac, "10000 Mbps", server ? "eth0" : "enp0s31f6")),
                        List.of());
                apps = linuxApps(i, ubuntu);
            }
            case NETWORK_DEVICE -> {
                boolean cisco = pick(i, 16, 2) == 0;
                name = prefix + (cisco ? "-SW-CORE-" : "-FW-") + num;
                domainName = "";
                manufacturer = cisco ? "Cisco Systems, Inc." : "Fortinet";
                model = cisco ? "C9300-48P" : "FortiGate-60F";
                serial = (cisco ? "FOC" : "FGT60F") + alnum(i, 17, 8);
                chassis = "Network Device";
                virtual = false;
                encrypted = null;
                uuid = "";
                String mac = mac(i, cisco ? "00:1B:54" : "04:D5:90", true);
                macs = List.of(mac);
                ips = List.of(ip);
                lastUser = "[no results]";
                user = User.named("");
                os = new Os(cisco ? "Cisco IOS XE 17.9.4a" : "FortiOS 7.2.8", "Unknown", cisco ? "IOS XE 17" : "FortiOS 7",
                        "", null);
                cpu = new Processor("", "", "", "", "", "", "", "", "", 0);
                memory = new Memory("8 GB", "8 GB");
                disks = null;
                networking = new Networking(List.of(), List.of(new NetworkAdapter("GigabitEthernet0/0", manufacturer,
                        "Ethernet", mac, "1000 Mbps", "Gi0/0")), List.of());
                apps = List.of();
            }
            default -> { // MOBILE_DEVICE
                boolean apple = pick(i, 16, 3) != 0;
                boolean tablet = pick(i, 17, 2) == 0;
                name = prefix + (apple ? (tablet ? "-IPAD-" : "-IPHONE-") : "-ANDROID-") + num;
                domainName = "";
                manufacturer = apple ? "Apple" : "samsung";
                model = apple ? (tablet ? "iPad14,3" : "iPhone15,2") : "SM-S918B";
                serial = apple ? "DMP" + alnum(i, 18, 9) : "R5CR" + alnum(i, 18, 7);
                chassis = "Mobile Device";
                virtual = false;
                uuid = "";
                String mac = mac(i, apple ? "f0:99:b6" : "8c:79:f5", false);
                macs = List.of(mac);
                ips = List.of(ip);
                lastUser = "[no results]";
                user = User.named(person);
                os = new Os(apple ? (tablet ? "iPadOS 17.5.1" : "iOS 17.5.1") : "Android 14", "Unknown",
                        apple ? (tablet ? "iPadOS 17" : "iOS 17") : "Android 14", "English", null);
                cpu = new Processor(apple ? "Apple A15 Bionic" : "Snapdragon 8 Gen 2", "arm64", "", "", "", "",
                        apple ? "Apple" : "Qualcomm", "", "", apple ? 6 : 8);
                memory = new Memory(apple ? "6 GB" : "8 GB", apple ? "6 GB" : "8 GB");
                disks = null;
                networking = new Networking(List.of(), List.of(), List.of(new WirelessAdapter(prefix + "-GUEST", "CONNECTED")));
                apps = List.of();
                discover = null;
            }
        }
        return new TaniumEndpoint(gatewayId(i), name, computerId, uuid, "", domainName, serial, manufacturer, model,
                chassis, virtual, encrypted, firstSeen, lastSeen, ip, ips, macs, lastUser, user, os, cpu, memory, disks,
                networking, discover, apps);
    }

    /** Spread last-seen times: most endpoints online, some days old, a few near the 30-day TDS limit. */
    Instant lastSeen(int i) {
        if (i >= endpoints) { // aged out of TDS: more than 30 days ago
            return anchor.minus(Duration.ofMinutes(60L * 24 * (31 + pick(i, 2, 150)) + pick(i, 26, 1440)));
        }
        int bucket = pick(i, 2, 100);
        long minutes;
        if (bucket < 60) {
            minutes = pick(i, 26, 15);
        } else if (bucket < 85) {
            minutes = 60 + pick(i, 26, 7 * 24 * 60);
        } else if (bucket < 97) {
            minutes = 7 * 24 * 60 + pick(i, 26, 22 * 24 * 60);
        } else {
            minutes = 29 * 24 * 60 + pick(i, 26, 24 * 60);
        }
        return anchor.minus(Duration.ofMinutes(minutes)).minusSeconds(pick(i, 27, 60));
    }

    private User windowsUser(int i, String person, String login, String domain) {
        int q = pick(i, 30, 100);
        if (q < 15) {
            return User.named("Error: No inventory has been collected");
        } else if (q < 25) {
            return User.named("");
        }
        return new User(person, login + "@" + domain.replace(".local", ".example"), "", "Operations", "Springfield", "US");
    }

    private Disk windowsDisk(String drive, int totalGb, int i) {
        int usedPct = 10 + pick(i, 31, 80);
        int used = totalGb * usedPct / 100;
        return new Disk(drive, (totalGb - used) + " GB", totalGb + " GB", used + " GB", usedPct + "%");
    }

    private Disk unixDisk(String mount, int totalG, int i) {
        int usedPct = 10 + pick(i, 31, 80);
        int used = totalG * usedPct / 100;
        return new Disk(mount, (totalG - used) + "G", totalG + "G", used + "G", usedPct + "%");
    }

    private List<InstalledApplication> windowsApps(int i, boolean studio) {
        List<InstalledApplication> apps = new ArrayList<>();
        apps.add(new InstalledApplication("Google Chrome", "126.0.6478.127", "", true));
        apps.add(new InstalledApplication("Microsoft 365 Apps for enterprise - en-us", "16.0.17628.20144", "", true));
        apps.add(new InstalledApplication("Tanium Client 7.6.2.1218", "7.6.2.1218", "", false));
        if (pick(i, 32, 2) == 0) {
            apps.add(new InstalledApplication("7-Zip 23.01 (x64)", "23.01", "\"C:\\Program Files\\7-Zip\\Uninstall.exe\" /S", true));
        }
        if (studio) {
            apps.add(new InstalledApplication("Adobe Premiere Pro 2024", "24.5.0", "", true));
        }
        addTseError(apps, i);
        return apps;
    }

    private List<InstalledApplication> serverApps(int i) {
        List<InstalledApplication> apps = new ArrayList<>();
        apps.add(new InstalledApplication("Microsoft SQL Server 2019 (64-bit)", "15.0.2000.5", "", false));
        apps.add(new InstalledApplication("VMware Tools", "12.3.5.22544099", "", true));
        apps.add(new InstalledApplication("Tanium Client 7.6.2.1218", "7.6.2.1218", "", false));
        addTseError(apps, i);
        return apps;
    }

    private List<InstalledApplication> macApps(int i) {
        List<InstalledApplication> apps = new ArrayList<>();
        apps.add(new InstalledApplication("Google Chrome", "126.0.6478.127", "", null));
        apps.add(new InstalledApplication("Slack", "4.39.95", "", null));
        apps.add(new InstalledApplication("Tanium Client", "7.6.2.1218", "", false));
        addTseError(apps, i);
        return apps;
    }

    private List<InstalledApplication> linuxApps(int i, boolean ubuntu) {
        List<InstalledApplication> apps = new ArrayList<>();
        apps.add(new InstalledApplication("openssh-server", ubuntu ? "1:9.6p1-3ubuntu13.5" : "8.7p1-38.el9", "", false));
        apps.add(new InstalledApplication("taniumclient", "7.6.2.1218", "", false));
        addTseError(apps, i);
        return apps;
    }

    private void addTseError(List<InstalledApplication> apps, int i) {
        if (pick(i, 33, 100) < 3) {
            apps.add(new InstalledApplication(TSE_ERROR_APP, "", "", null));
        }
    }

    private static String pad6(int i) {
        String digits = Integer.toString(i);
        return digits.length() >= 6 ? digits : "000000".substring(digits.length()) + digits;
    }

    private String uuid(int i, boolean upper) {
        String raw = hex(i, 40, 8) + "-" + hex(i, 41, 4) + "-" + hex(i, 42, 4) + "-" + hex(i, 43, 4) + "-" + hex(i, 44, 12);
        return upper ? raw : raw.toLowerCase(Locale.ROOT);
    }

    private static String vmwareSerial(String uuid) {
        String hex = uuid.replace("-", "").toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder("VMware-");
        for (int k = 0; k < 16; k++) {
            sb.append(hex, 2 * k, 2 * k + 2);
            sb.append(k == 7 ? "-" : k == 15 ? "" : " ");
        }
        return sb.toString();
    }

    private String mac(int i, String oui, boolean upper) {
        String tail = hex(i, 45, 6);
        String mac = oui + ":" + tail.substring(0, 2) + ":" + tail.substring(2, 4) + ":" + tail.substring(4, 6);
        return upper ? mac.toUpperCase(Locale.ROOT) : mac.toLowerCase(Locale.ROOT);
    }

    private String alnum(int i, int salt, int length) {
        StringBuilder sb = new StringBuilder(length);
        long bits = h(i, salt);
        for (int k = 0; k < length; k++) {
            if (k % 10 == 9) {
                bits = h(i, salt + 1000 + k);
            }
            sb.append(ALNUM.charAt((int) Math.floorMod(bits, (long) ALNUM.length())));
            bits /= ALNUM.length();
        }
        return sb.toString();
    }

    private String hex(int i, int salt, int length) {
        StringBuilder sb = new StringBuilder(length);
        long bits = h(i, salt);
        for (int k = 0; k < length; k++) {
            if (k % 16 == 15) {
                bits = h(i, salt + 1000 + k);
            }
            sb.append(HEX.charAt((int) (bits & 0xF)));
            bits >>>= 4;
        }
        return sb.toString();
    }

    int pick(int i, int salt, int n) {
        return (int) Math.floorMod(h(i, salt), (long) n);
    }

    /** SplitMix64 over (seed, i, salt): cheap, well mixed, deterministic. */
    long h(int i, int salt) {
        long z = seed + (long) i * 0x9E3779B97F4A7C15L + (long) salt * 0xD1B54A32D192ED03L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
