package dev.tributary.simulator.tactical;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Synthesises the agent-reported blobs of generated agents from a {@link HardwareProfile}: the
 * Windows services list, the disks list with human-readable sizes and {@code wmi_detail} in the
 * Windows nested list-of-list shape or the Linux/mac shape. Nothing is cached; the same profile
 * always gives the same JSON, so a large fleet costs a few bytes per agent.
 */
final class AgentHardware {

    private AgentHardware() {
    }

    /** A Windows machine model: what WMI reports for vendor, model, family, CPU and graphics. */
    record WindowsModel(String vendor, String model, String family, String boardMaker, String boardProduct,
                        String cpu, int cores, int threads, String graphics, String diskModel, String diskInterface) {
    }

    /** A Unix machine model. */
    record UnixModel(String makeModel, String cpu, String gpu, String diskModel) {
    }

    static final List<WindowsModel> WORKSTATIONS = List.of(
            new WindowsModel("Dell Inc.", "Latitude 5440", "Latitude", "Dell Inc.", "0K1C2T",
                    "13th Gen Intel(R) Core(TM) i5-1345U", 10, 12, "Intel(R) Iris(R) Xe Graphics",
                    "KIOXIA KBG50ZNS256G NVMe 256GB", "SCSI"),
            new WindowsModel("LENOVO", "21HMS0BJ00", "ThinkPad T14 Gen 4", "LENOVO", "21HMS0BJ00",
                    "13th Gen Intel(R) Core(TM) i7-1365U", 10, 12, "Intel(R) Iris(R) Xe Graphics",
                    "SAMSUNG MZVL4512HBLU-00BL7", "SCSI"),
            new WindowsModel("HP", "HP EliteBook 840 G9", "103C_5336AN HP EliteBook", "HP", "8AB8",
                    "12th Gen Intel(R) Core(TM) i5-1245U", 10, 12, "Intel(R) Iris(R) Xe Graphics",
                    "WD PC SN740 SDDPNQD-512G-1006", "SCSI"),
            new WindowsModel("Dell Inc.", "OptiPlex 7010", "OptiPlex", "Dell Inc.", "0W0CHX",
                    "13th Gen Intel(R) Core(TM) i7-13700", 16, 24, "Intel(R) UHD Graphics 770",
                    "SK hynix PC801 HFS512GEJ9X101N", "SCSI"),
            new WindowsModel("Microsoft Corporation", "Surface Laptop 5", "Surface", "Microsoft Corporation",
                    "Surface Laptop 5", "12th Gen Intel(R) Core(TM) i7-1265U", 10, 12, "Intel(R) Iris(R) Xe Graphics",
                    "Samsung KUS040205M-B001", "SCSI"),
            new WindowsModel("To Be Filled By O.E.M.", "To Be Filled By O.E.M.", "To Be Filled By O.E.M.",
                    "ASRock", "B660M Pro RS", "12th Gen Intel(R) Core(TM) i5-12400", 6, 12,
                    "NVIDIA GeForce RTX 3060", "Samsung SSD 980 1TB", "SCSI"));

    static final List<WindowsModel> SERVERS = List.of(
            new WindowsModel("Dell Inc.", "PowerEdge R650", "PowerEdge", "Dell Inc.", "0Y2G81",
                    "Intel(R) Xeon(R) Silver 4314 CPU @ 2.40GHz", 16, 32,
                    "Matrox G200eW3 (Nuvoton) WPCM450 (Microsoft Corporation - WDDM)",
                    "DELL PERC H755 Front SCSI Disk Device", "SCSI"),
            new WindowsModel("HPE", "ProLiant DL380 Gen10", "ProLiant", "HPE", "ProLiant DL380 Gen10",
                    "Intel(R) Xeon(R) Gold 6230R CPU @ 2.10GHz", 26, 52, "Matrox G200eH3 (HPE) WDDM 2.0",
                    "HPE LOGICAL VOLUME SCSI Disk Device", "SCSI"),
            new WindowsModel("VMware, Inc.", "VMware7,1", "", "Intel Corporation", "440BX Desktop Reference Platform",
                    "Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz", 4, 4, "VMware SVGA 3D",
                    "VMware Virtual disk SCSI Disk Device", "SCSI"),
            new WindowsModel("Microsoft Corporation", "Virtual Machine", "Hyper-V", "Microsoft Corporation",
                    "Virtual Machine", "AMD EPYC 7763 64-Core Processor", 4, 8, "Microsoft Hyper-V Video",
                    "Microsoft Virtual Disk", "SCSI"));

    static final List<UnixModel> LINUX = List.of(
            new UnixModel("QEMU pc-q35-8.1", "AMD EPYC 7302P 16-Core Processor", null,
                    "QEMU QEMU HARDDISK SCSI HDD sda 80.0 GB"),
            new UnixModel("Dell Inc. PowerEdge R640", "Intel(R) Xeon(R) Silver 4210 CPU @ 2.20GHz",
                    "Matrox Electronics Systems Ltd. Integrated Matrox G200eW3 Graphics Controller",
                    "DELL PERC H730P Mini SSD sda 446.6 GB"),
            new UnixModel("VMware, Inc. VMware Virtual Platform", "Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz",
                    "VMware SVGA II Adapter", "VMware Virtual disk HDD sda 100.0 GB"));

    static final List<UnixModel> MAC = List.of(
            new UnixModel("MacBookPro18,3", "Apple M1 Pro", "Apple M1 Pro", "APPLE SSD AP0512R 500.3 GB"),
            new UnixModel("Mac14,2", "Apple M2", "Apple M2", "APPLE SSD AP0256Z 251.0 GB"));

    /** Well-known Windows services: name, display name, binary path, account, start type, description. */
    private static final String[][] SERVICES = {
        {"Spooler", "Print Spooler", "C:\\Windows\\System32\\spoolsv.exe", "LocalSystem", "Automatic",
            "This service spools print jobs and handles interaction with the printer."},
        {"wuauserv", "Windows Update", "C:\\Windows\\system32\\svchost.exe -k netsvcs -p", "LocalSystem", "Manual",
            "Enables the detection, download, and installation of updates for Windows and other programs."},
        {"tacticalrmm", "Tactical RMM Agent", "\"C:\\Program Files\\TacticalAgent\\tacticalrmm.exe\" -m svc",
            "LocalSystem", "Automatic", "Tactical RMM Agent"},
        {"Mesh Agent", "Mesh Agent", "\"C:\\Program Files\\Mesh Agent\\MeshAgent.exe\"", "LocalSystem",
            "Automatic", "Mesh Agent background service"},
        {"BITS", "Background Intelligent Transfer Service", "C:\\Windows\\System32\\svchost.exe -k netsvcs -p",
            "LocalSystem", "Manual", "Transfers files in the background using idle network bandwidth."},
        {"Dhcp", "DHCP Client", "C:\\Windows\\system32\\svchost.exe -k LocalServiceNetworkRestricted -p",
            "NT Authority\\LocalService", "Automatic", "Registers and updates IP addresses and DNS records for this computer."},
        {"Dnscache", "DNS Client", "C:\\Windows\\system32\\svchost.exe -k NetworkService -p",
            "NT AUTHORITY\\NetworkService", "Automatic", "The DNS Client service (dnscache) caches Domain Name System (DNS) names."},
        {"EventLog", "Windows Event Log", "C:\\Windows\\System32\\svchost.exe -k LocalServiceNetworkRestricted -p",
            "NT AUTHORITY\\LocalService", "Automatic", "This service manages events and event logs."},
        {"LanmanServer", "Server", "C:\\Windows\\system32\\svchost.exe -k smbsvcs", "LocalSystem", "Automatic",
            "Supports file, print, and named-pipe sharing over the network for this computer."},
        {"LanmanWorkstation", "Workstation", "C:\\Windows\\System32\\svchost.exe -k NetworkService -p",
            "NT AUTHORITY\\NetworkService", "Automatic", "Creates and maintains client network connections to remote servers."},
        {"MpsSvc", "Windows Defender Firewall", "C:\\Windows\\system32\\svchost.exe -k LocalServiceNoNetworkFirewall -p",
            "NT Authority\\LocalService", "Automatic", "Windows Defender Firewall helps protect your computer."},
        {"WinDefend", "Microsoft Defender Antivirus Service",
            "\"C:\\ProgramData\\Microsoft\\Windows Defender\\Platform\\4.18.25040.2-0\\MsMpEng.exe\"", "LocalSystem",
            "Automatic", "Helps protect users from malware and other potentially unwanted software"},
        {"W32Time", "Windows Time", "C:\\Windows\\system32\\svchost.exe -k LocalService", "NT AUTHORITY\\LocalService",
            "Manual", "Maintains date and time synchronization on all clients and servers in the network."},
        {"WinRM", "Windows Remote Management (WS-Management)", "C:\\Windows\\System32\\svchost.exe -k NetworkService -p",
            "NT AUTHORITY\\NetworkService", "Automatic", "Windows Remote Management (WinRM) service implements the WS-Management protocol."},
        {"Schedule", "Task Scheduler", "C:\\Windows\\system32\\svchost.exe -k netsvcs -p", "LocalSystem", "Automatic",
            "Enables a user to configure and schedule automated tasks on this computer."},
        {"TermService", "Remote Desktop Services", "C:\\Windows\\System32\\svchost.exe -k NetworkService",
            "NT Authority\\NetworkService", "Manual", "Allows users to connect interactively to a remote computer."},
        {"VSS", "Volume Shadow Copy", "C:\\Windows\\system32\\vssvc.exe", "LocalSystem", "Manual",
            "Manages and implements Volume Shadow Copies used for backup and other purposes."},
        {"Winmgmt", "Windows Management Instrumentation", "C:\\Windows\\system32\\svchost.exe -k netsvcs -p",
            "localSystem", "Automatic", "Provides a common interface and object model to access management information."},
        {"CryptSvc", "Cryptographic Services", "C:\\Windows\\system32\\svchost.exe -k NetworkService -p",
            "NT Authority\\NetworkService", "Automatic", "Provides three management services."},
        {"AudioSrv", "Windows Audio", "C:\\Windows\\System32\\svchost.exe -k LocalServiceNetworkRestricted -p",
            "NT AUTHORITY\\LocalService", "Automatic", "Manages audio for Windows-based programs."},
        {"Themes", "Themes", "C:\\Windows\\System32\\svchost.exe -k netsvcs -p", "LocalSystem", "Automatic",
            "Provides user experience theme management."},
        {"WSearch", "Windows Search", "C:\\Windows\\system32\\SearchIndexer.exe /Embedding", "LocalSystem",
            "Automatic", "Provides content indexing, property caching, and search results for files, e-mail, and other content."},
        {"sppsvc", "Software Protection", "C:\\Windows\\system32\\sppsvc.exe", "NT AUTHORITY\\NetworkService",
            "Automatic", "Enables the download, installation and enforcement of digital licenses for Windows."},
        {"TrustedInstaller", "Windows Modules Installer", "C:\\Windows\\servicing\\TrustedInstaller.exe",
            "localSystem", "Manual", "Enables installation, modification, and removal of Windows updates and optional components."},
        {"UsoSvc", "Update Orchestrator Service", "C:\\Windows\\system32\\svchost.exe -k netsvcs -p", "LocalSystem",
            "Automatic", "Manages Windows Updates."},
        {"gpsvc", "Group Policy Client", "C:\\Windows\\system32\\svchost.exe -k netsvcs -p", "LocalSystem",
            "Automatic", "The service is responsible for applying settings configured by administrators."},
        {"LanmanServer2", "SMB 2.0 Server", "C:\\Windows\\system32\\svchost.exe -k smbsvcs", "LocalSystem",
            "Manual", "Server Message Block 2.0 support."},
        {"Netlogon", "Netlogon", "C:\\Windows\\system32\\lsass.exe", "LocalSystem", "Manual",
            "Maintains a secure channel between this computer and the domain controller."},
        {"PlugPlay", "Plug and Play", "C:\\Windows\\system32\\svchost.exe -k DcomLaunch -p", "LocalSystem", "Manual",
            "Enables a computer to recognize and adapt to hardware changes with little or no user input."},
        {"RpcSs", "Remote Procedure Call (RPC)", "C:\\Windows\\system32\\svchost.exe -k rpcss -p",
            "NT AUTHORITY\\NetworkService", "Automatic", "The RPCSS service is the Service Control Manager for COM and DCOM servers."},
        {"SamSs", "Security Accounts Manager", "C:\\Windows\\system32\\lsass.exe", "LocalSystem", "Automatic",
            "The startup of this service signals other services that the SAM is ready to accept requests."},
        {"ShellHWDetection", "Shell Hardware Detection", "C:\\Windows\\System32\\svchost.exe -k netsvcs -p",
            "LocalSystem", "Automatic", "Provides notifications for AutoPlay hardware events."},
        {"SysMain", "SysMain", "C:\\Windows\\system32\\svchost.exe -k LocalSystemNetworkRestricted -p", "LocalSystem",
            "Automatic", "Maintains and improves system performance over time."},
        {"wscsvc", "Security Center", "C:\\Windows\\System32\\svchost.exe -k LocalServiceNetworkRestricted -p",
            "NT AUTHORITY\\LocalService", "Automatic", "The WSCSVC (Windows Security Center) service monitors and reports security health settings."},
        {"BFE", "Base Filtering Engine", "C:\\Windows\\system32\\svchost.exe -k LocalServiceNoNetworkFirewall -p",
            "NT AUTHORITY\\LocalService", "Automatic", "The Base Filtering Engine (BFE) is a service that manages firewall and IPsec policies."},
        {"DPS", "Diagnostic Policy Service", "C:\\Windows\\System32\\svchost.exe -k LocalServiceNoNetwork -p",
            "NT AUTHORITY\\LocalService", "Automatic", "The Diagnostic Policy Service enables problem detection."},
        {"iphlpsvc", "IP Helper", "C:\\Windows\\System32\\svchost.exe -k NetSvcs -p", "LocalSystem", "Automatic",
            "Provides tunnel connectivity using IPv6 transition technologies."},
        {"LicenseManager", "Windows License Manager Service", "C:\\Windows\\System32\\svchost.exe -k LocalService -p",
            "NT Authority\\LocalService", "Manual", "Provides infrastructure support for the Microsoft Store."},
        {"NlaSvc", "Network Location Awareness", "C:\\Windows\\System32\\svchost.exe -k NetworkService -p",
            "NT AUTHORITY\\NetworkService", "Automatic", "Collects and stores configuration information for the network."},
        {"W3SVC", "World Wide Web Publishing Service", "C:\\Windows\\system32\\svchost.exe -k iissvcs", "LocalSystem",
            "Automatic", "Provides Web connectivity and administration through the Internet Information Services Manager"},
    };

    private static final String[] USB_CONTROLLERS = {
        "Intel(R) USB 3.1 eXtensible Host Controller - 1.10 (Microsoft)",
        "USB Root Hub (USB 3.0)",
        "Generic USB Hub",
        "USB Composite Device",
        "USB Input Device",
    };

    // ------------------------------------------------------------------ services

    /**
     * Generated Windows agents list one of this many service variants (which services run, their pids). Machines of
     * a fleet share their service lists much like this, and it lets each variant be rendered once: a page of 1,000
     * agents carries about 12 MB of services, which the simulator would otherwise rebuild and render per request.
     */
    static final int SERVICE_VARIANTS = 64;
    private static final java.util.concurrent.ConcurrentMap<List<Integer>, String> RENDERED_SERVICES =
            new java.util.concurrent.ConcurrentHashMap<>();

    static JsonNode services(TacticalAgent agent, HardwareProfile profile) {
        ArrayNode list = JsonNodes.array();
        if (agent.isPosix()) {
            return list;
        }
        SplittableRandom random = new SplittableRandom(serviceVariant(profile) ^ 0x5E5E5E5EL);
        for (int i = 0; i < profile.serviceCount(); i++) {
            String[] base = SERVICES[i % SERVICES.length];
            int round = i / SERVICES.length;
            String suffix = round == 0 ? "" : "_" + Integer.toHexString(0x1a2b3 + round * 0x111);
            boolean running = "Automatic".equals(base[4]) ? random.nextInt(10) > 0 : random.nextInt(4) == 0;
            ObjectNode service = list.addObject();
            service.put("pid", running ? 400 + random.nextInt(12000) * 4 : 0);
            service.put("name", base[0] + suffix);
            service.put("status", running ? "running" : "stopped");
            service.put("binpath", base[2]);
            service.put("username", base[3]);
            service.put("autodelay", "wuauserv".equals(base[0]) || "BITS".equals(base[0]));
            service.put("start_type", base[4]);
            service.put("description", base[5]);
            service.put("display_name", base[1] + (round == 0 ? "" : suffix));
        }
        return list;
    }

    /** {@link #services} as {@link PyJson#compact(JsonNode)} renders it, rendered once per variant and size. */
    static String renderedServices(TacticalAgent agent, HardwareProfile profile) {
        if (agent.isPosix()) {
            return "[]";
        }
        return RENDERED_SERVICES.computeIfAbsent(List.of(serviceVariant(profile), profile.serviceCount()),
                key -> PyJson.compact(services(agent, profile)));
    }

    private static int serviceVariant(HardwareProfile profile) {
        return (int) Math.floorMod(profile.seed(), (long) SERVICE_VARIANTS);
    }

    // ------------------------------------------------------------------ disks

    static JsonNode disks(TacticalAgent agent, HardwareProfile profile) {
        SplittableRandom random = new SplittableRandom(profile.seed() ^ 0xD15CD15CL);
        ArrayNode list = JsonNodes.array();
        if ("linux".equals(agent.plat())) {
            long root = gib(new long[] {38, 78, 98, 196}[random.nextInt(4)]) + random.nextLong(gib(1));
            addDisk(list, "/dev/sda2", "ext4", root, 0.05 + random.nextDouble() * 0.7);
            addDisk(list, "/dev/sda1", "vfat", gib(1), 0.006);
        } else if ("darwin".equals(agent.plat())) {
            long root = gib(new long[] {228, 460, 926}[random.nextInt(3)]);
            addDisk(list, "/dev/disk3s1s1", "apfs", root, 0.1 + random.nextDouble() * 0.6);
        } else {
            boolean server = "server".equals(agent.monitoringType());
            long c = server ? gib(446) + mib(300) : new long[] {gib(237) + mib(900), gib(476) + mib(300),
                gib(953) + mib(300)}[random.nextInt(3)];
            addDisk(list, "C:", "NTFS", c, 0.2 + random.nextDouble() * 0.65);
            if (server && random.nextBoolean()) {
                addDisk(list, "D:", "NTFS", gib(1863), 0.05 + random.nextDouble() * 0.6);
            }
        }
        return list;
    }

    private static void addDisk(ArrayNode list, String device, String fstype, long total, double usedFraction) {
        long used = (long) (total * usedFraction);
        ObjectNode disk = list.addObject();
        disk.put("free", humanBytes(total - used));
        disk.put("used", humanBytes(used));
        disk.put("total", humanBytes(total));
        disk.put("device", device);
        disk.put("fstype", fstype);
        disk.put("percent", (int) (used * 100.0 / total));
    }

    /** 1024-based sizes with one decimal, as the agent reports them: {@code 446.3 GB}, {@code 0 B}. */
    static String humanBytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"kB", "MB", "GB", "TB", "PB", "EB"};
        double value = bytes / 1024.0;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    private static long gib(long n) {
        return n << 30;
    }

    private static long mib(long n) {
        return n << 20;
    }

    // ------------------------------------------------------------------ wmi_detail

    static JsonNode wmiDetail(TacticalAgent agent, HardwareProfile profile) {
        SplittableRandom random = new SplittableRandom(profile.seed() ^ 0x3A1B2C3DL);
        if (agent.isPosix()) {
            return unixWmi(agent, profile, random);
        }
        boolean server = "server".equals(agent.monitoringType());
        List<WindowsModel> catalog = server ? SERVERS : WORKSTATIONS;
        WindowsModel model = catalog.get((int) Math.floorMod(profile.seed(), (long) catalog.size()));
        String serial = serial(random, 7);
        String localIp = localIp(profile.seed());
        String caption = agent.operatingSystem() == null ? "Microsoft Windows"
                : agent.operatingSystem().split(",", 2)[0];
        String build = buildNumber(agent.operatingSystem());
        int ram = agent.totalRam() == null ? 8 : agent.totalRam();

        ObjectNode wmi = JsonNodes.object();
        ObjectNode os = instance(wmi.putArray("os"));
        os.put("Caption", caption);
        os.put("BuildNumber", build);
        os.put("OSArchitecture", "386".equals(agent.goarch()) ? "32-bit" : "64-bit");
        os.put("LastBootUpTime", agent.bootTime() == null ? "" : Py.drfDateTime(
                java.time.Instant.ofEpochSecond(agent.bootTime().longValue())));
        os.put("InstallDate", "2023-11-02T10:21:09Z");
        os.put("CSName", agent.hostname());
        os.put("Version", "10.0." + build);

        ObjectNode cpu = instance(wmi.putArray("cpu"));
        cpu.put("Name", model.cpu());
        cpu.put("Manufacturer", model.cpu().startsWith("AMD") ? "AuthenticAMD" : "GenuineIntel");
        cpu.put("NumberOfCores", model.cores());
        cpu.put("NumberOfLogicalProcessors", model.threads());
        cpu.put("MaxClockSpeed", 2000 + random.nextInt(8) * 100);
        cpu.put("DeviceID", "CPU0");
        cpu.put("SocketDesignation", "CPU1");

        ArrayNode mem = wmi.putArray("mem");
        int banks = ram >= 16 ? 2 : 1;
        for (int bank = 0; bank < banks + Math.min(profile.extraWmiEntries(), 2); bank++) {
            ObjectNode stick = instance(mem);
            stick.put("BankLabel", "BANK " + bank);
            stick.put("Capacity", bank < banks ? ((long) ram << 30) / banks : 0L);
            stick.put("Manufacturer", bank < banks ? "Samsung" : "");
            stick.put("PartNumber", bank < banks ? "M425R1GB4BB0-CQKOL" : "");
            stick.put("Speed", bank < banks ? 4800 : 0);
        }

        ArrayNode usb = wmi.putArray("usb");
        for (int i = 0; i < 1 + profile.extraWmiEntries(); i++) {
            ObjectNode controller = instance(usb);
            controller.put("Caption", USB_CONTROLLERS[i % USB_CONTROLLERS.length]);
            controller.put("Manufacturer", i == 0 ? "Generic USB xHCI Host Controller" : "(Standard USB Host Controller)");
            controller.put("Status", "OK");
        }

        ObjectNode bios = instance(wmi.putArray("bios"));
        bios.put("Manufacturer", model.boardMaker());
        bios.put("SerialNumber", serial);
        bios.put("SMBIOSBIOSVersion", "1." + (10 + random.nextInt(20)) + "." + random.nextInt(5));
        bios.put("ReleaseDate", "2025-03-14T00:00:00Z");
        bios.put("Version", model.boardMaker().toUpperCase(Locale.ROOT).split(" ")[0] + " - 1072009");

        ArrayNode disks = wmi.putArray("disk");
        ObjectNode disk = instance(disks);
        long diskBytes = server ? 479_559_942_144L : new long[] {256_052_966_400L, 512_110_190_592L,
            1_024_209_543_168L}[random.nextInt(3)];
        disk.put("Caption", model.diskModel());
        disk.put("Model", model.diskModel());
        disk.put("Size", diskBytes);
        disk.put("InterfaceType", model.diskInterface());
        disk.put("MediaType", "Fixed hard disk media");
        disk.put("SerialNumber", serial(random, 16).toLowerCase(Locale.ROOT));
        disk.put("Status", "OK");
        disk.put("Partitions", 3);
        if (!server && random.nextInt(5) == 0) {
            ObjectNode stick = instance(disks);
            stick.put("Caption", "SanDisk Ultra USB Device");
            stick.put("Model", "SanDisk Ultra USB Device");
            stick.put("Size", 61_530_439_680L);
            stick.put("InterfaceType", "USB");
            stick.put("MediaType", "Removable Media");
            stick.put("SerialNumber", "4C530001230528101245");
            stick.put("Status", "OK");
            stick.put("Partitions", 1);
        }

        ObjectNode compSys = instance(wmi.putArray("comp_sys"));
        compSys.put("Name", agent.hostname());
        compSys.put("Model", model.model());
        compSys.put("Manufacturer", model.vendor());
        compSys.put("SystemFamily", model.family());
        compSys.put("Domain", "WORKGROUP");
        compSys.put("PartOfDomain", false);
        compSys.put("TotalPhysicalMemory", ((long) ram << 30) - 412_000_256L);
        compSys.put("NumberOfProcessors", 1);
        compSys.put("SystemType", "x64-based PC");

        ObjectNode board = instance(wmi.putArray("base_board"));
        board.put("Manufacturer", model.boardMaker());
        board.put("Product", model.boardProduct());
        board.put("SerialNumber", "." + serial + ".CNFCP0019A00PL.");

        ObjectNode product = instance(wmi.putArray("comp_sys_prod"));
        product.put("Name", model.model());
        product.put("Vendor", model.vendor());
        product.put("Version", "");
        product.put("IdentifyingNumber", serial);
        product.put("UUID", uuid(profile.seed()));
        product.put("Caption", "Computer System Product");

        ArrayNode network = wmi.putArray("network_config");
        ObjectNode debug = instance(network);
        debug.put("Index", 0);
        debug.put("Caption", "[00000000] Microsoft Kernel Debug Network Adapter");
        debug.put("IPEnabled", false);
        debug.putNull("IPAddress");
        debug.put("MACAddress", "");
        debug.put("DHCPEnabled", true);
        ObjectNode nic = instance(network);
        String mac = mac(profile.seed());
        nic.put("Index", 1);
        nic.put("Caption", "[00000001] Intel(R) Ethernet Connection I219-LM");
        nic.put("IPEnabled", true);
        ArrayNode addresses = nic.putArray("IPAddress");
        addresses.add(localIp);
        addresses.add("fe80::" + Long.toHexString((profile.seed() >>> 16) & 0xffff) + ":3b2a:91e0:4c11");
        ArrayNode subnets = nic.putArray("IPSubnet");
        subnets.add("255.255.255.0");
        subnets.add("64");
        nic.putArray("DefaultIPGateway").add(localIp.substring(0, localIp.lastIndexOf('.')) + ".1");
        nic.put("MACAddress", mac);
        nic.put("DHCPEnabled", !server);
        nic.put("DNSHostName", agent.hostname());

        ObjectNode monitor = instance(wmi.putArray("desktop_monitor"));
        monitor.put("Name", "Generic PnP Monitor");
        monitor.put("ScreenHeight", 1080);
        monitor.put("ScreenWidth", 1920);

        ArrayNode adapters = wmi.putArray("network_adapter");
        for (int i = 0; i < 1 + profile.extraWmiEntries(); i++) {
            ObjectNode adapter = instance(adapters);
            adapter.put("Name", i == 0 ? "Intel(R) Ethernet Connection I219-LM" : "WAN Miniport (IP) #" + i);
            adapter.put("MACAddress", i == 0 ? mac : "");
            adapter.put("NetEnabled", i == 0);
            adapter.put("PhysicalAdapter", i == 0);
            adapter.put("Speed", i == 0 ? 1_000_000_000L : 0L);
        }

        ArrayNode graphics = wmi.putArray("graphics");
        ObjectNode gpu = instance(graphics);
        gpu.put("Caption", model.graphics());
        gpu.put("Name", model.graphics());
        gpu.put("AdapterRAM", 16_777_216L);
        gpu.put("DriverVersion", "9.15.1.0");
        gpu.put("Status", "OK");
        if (server) {
            ObjectNode rdp = instance(graphics);
            rdp.put("Caption", "Microsoft Remote Display Adapter");
            rdp.put("Name", "Microsoft Remote Display Adapter");
            rdp.put("AdapterRAM", 0L);
            rdp.put("DriverVersion", "10.0.20348.1");
            rdp.put("Status", "OK");
        }
        return wmi;
    }

    private static JsonNode unixWmi(TacticalAgent agent, HardwareProfile profile, SplittableRandom random) {
        boolean mac = "darwin".equals(agent.plat());
        List<UnixModel> catalog = mac ? MAC : LINUX;
        UnixModel model = catalog.get((int) Math.floorMod(profile.seed(), (long) catalog.size()));
        ObjectNode wmi = JsonNodes.object();
        wmi.putArray("cpus").add(model.cpu());
        ArrayNode gpus = wmi.putArray("gpus");
        if (model.gpu() != null) {
            gpus.add(model.gpu());
        }
        wmi.putArray("disks").add(model.diskModel());
        ArrayNode ips = wmi.putArray("local_ips");
        ips.add(localIp(profile.seed()) + "/24");
        ips.add("fe80::5054:ff:fe" + String.format("%02x:%04x", (profile.seed() >>> 8) & 0xff,
                (profile.seed() >>> 16) & 0xffff) + "/64");
        wmi.put("make_model", model.makeModel());
        wmi.put("serialnumber", mac ? "C02" + serial(random, 9) : (model.makeModel().startsWith("QEMU") ? ""
                : serial(random, 7)));
        return wmi;
    }

    private static ObjectNode instance(ArrayNode list) {
        return list.addArray().addObject();
    }

    private static String serial(SplittableRandom random, int length) {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    /** A private IPv4 address stable for the seed. */
    static String localIp(long seed) {
        long mixed = seed * 0x9E3779B97F4A7C15L;
        int second = (int) ((mixed >>> 40) & 0xff);
        int third = (int) ((mixed >>> 32) & 0xff);
        int fourth = 10 + (int) Math.floorMod(mixed >>> 8, 240L);
        return "10." + second + "." + third + "." + fourth;
    }

    private static String mac(long seed) {
        long mixed = seed * 0xC2B2AE3D27D4EB4FL;
        return String.format("B4:45:%02X:%02X:%02X:%02X", (mixed >>> 8) & 0xff, (mixed >>> 16) & 0xff,
                (mixed >>> 24) & 0xff, (mixed >>> 32) & 0xff);
    }

    private static String uuid(long seed) {
        long mixed = seed * 0x9E3779B97F4A7C15L;
        String hex = String.format("%016X%016X", mixed, Long.rotateLeft(mixed, 17) ^ seed);
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20, 32);
    }

    private static String buildNumber(String operatingSystem) {
        if (operatingSystem != null) {
            int at = operatingSystem.indexOf("(build ");
            if (at >= 0) {
                String build = operatingSystem.substring(at + 7);
                int dot = build.indexOf('.');
                return dot > 0 ? build.substring(0, dot) : build.replace(")", "");
            }
        }
        return "19045";
    }
}
