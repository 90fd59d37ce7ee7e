package dev.tributary.simulator.tanium;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One endpoint as the Gateway's {@code Endpoint} type exposes it (only the fields of the contract
 * subset). Component names equal the GraphQL field names, so the record is served as is.
 *
 * <p>Values keep the real quirks: non-null strings may carry sensor error text such as
 * {@code "Error: No inventory has been collected"} or {@code "[no results]"}, sizes are strings with
 * mixed units. Null {@code String!} fields are normalised to {@code ""} and null required objects to
 * empty ones, so a hand-built endpoint never breaks the schema's non-null rules.
 */
public record TaniumEndpoint(
        String id,
        String name,
        String computerID,
        String systemUUID,
        String namespace,
        String domainName,
        String serialNumber,
        String manufacturer,
        String model,
        String chassisType,
        Boolean isVirtual,
        Boolean isEncrypted,
        Instant eidFirstSeen,
        Instant eidLastSeen,
        String ipAddress,
        List<String> ipAddresses,
        List<String> macAddresses,
        String lastLoggedInUser,
        User primaryUser,
        Os os,
        Processor processor,
        Memory memory,
        List<Disk> disks,
        Networking networking,
        Discover discover,
        List<InstalledApplication> installedApplications) {

    public TaniumEndpoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        computerID = orEmpty(computerID);
        systemUUID = orEmpty(systemUUID);
        namespace = orEmpty(namespace);
        domainName = orEmpty(domainName);
        serialNumber = orEmpty(serialNumber);
        manufacturer = orEmpty(manufacturer);
        model = orEmpty(model);
        chassisType = orEmpty(chassisType);
        ipAddress = orEmpty(ipAddress);
        lastLoggedInUser = orEmpty(lastLoggedInUser);
        ipAddresses = ipAddresses == null ? null : List.copyOf(ipAddresses);
        macAddresses = macAddresses == null ? null : List.copyOf(macAddresses);
        primaryUser = primaryUser == null ? new User("", "", "", "", "", "") : primaryUser;
        os = os == null ? new Os("", "Unknown", "", "", null) : os;
        processor = processor == null ? new Processor("", "", "", "", "", "", "", "", "", 0) : processor;
        memory = memory == null ? new Memory("", "") : memory;
        disks = disks == null ? null : List.copyOf(disks);
        networking = networking == null ? new Networking(List.of(), List.of(), List.of()) : networking;
        installedApplications = installedApplications == null ? List.of() : List.copyOf(installedApplications);
    }

    public TaniumEndpoint withId(String newId) {
        return new TaniumEndpoint(newId, name, computerID, systemUUID, namespace, domainName, serialNumber,
                manufacturer, model, chassisType, isVirtual, isEncrypted, eidFirstSeen, eidLastSeen, ipAddress,
                ipAddresses, macAddresses, lastLoggedInUser, primaryUser, os, processor, memory, disks, networking,
                discover, installedApplications);
    }

    public TaniumEndpoint withEidLastSeen(Instant lastSeen) {
        return new TaniumEndpoint(id, name, computerID, systemUUID, namespace, domainName, serialNumber,
                manufacturer, model, chassisType, isVirtual, isEncrypted, eidFirstSeen, lastSeen, ipAddress,
                ipAddresses, macAddresses, lastLoggedInUser, primaryUser, os, processor, memory, disks, networking,
                discover, installedApplications);
    }

    /** A builder with empty values, for hand-made endpoints in tests. */
    public static Builder builder(String id, String name) {
        return new Builder(id, name);
    }

    /** A builder preset with this endpoint's values. */
    public Builder toBuilder() {
        Builder b = new Builder(id, name);
        b.computerID = computerID;
        b.systemUUID = systemUUID;
        b.namespace = namespace;
        b.domainName = domainName;
        b.serialNumber = serialNumber;
        b.manufacturer = manufacturer;
        b.model = model;
        b.chassisType = chassisType;
        b.isVirtual = isVirtual;
        b.isEncrypted = isEncrypted;
        b.eidFirstSeen = eidFirstSeen;
        b.eidLastSeen = eidLastSeen;
        b.ipAddress = ipAddress;
        b.ipAddresses = ipAddresses;
        b.macAddresses = macAddresses;
        b.lastLoggedInUser = lastLoggedInUser;
        b.primaryUser = primaryUser;
        b.os = os;
        b.processor = processor;
        b.memory = memory;
        b.disks = disks;
        b.networking = networking;
        b.discover = discover;
        b.installedApplications = installedApplications;
        return b;
    }

    /** Fluent construction; unset values become {@code ""}, empty objects or null as the schema allows. */
    public static final class Builder {
        private String id;
        private String name;
        private String computerID;
        private String systemUUID;
        private String namespace;
        private String domainName;
        private String serialNumber;
        private String manufacturer;
        private String model;
        private String chassisType;
        private Boolean isVirtual;
        private Boolean isEncrypted;
        private Instant eidFirstSeen;
        private Instant eidLastSeen;
        private String ipAddress;
        private List<String> ipAddresses;
        private List<String> macAddresses;
        private String lastLoggedInUser;
        private User primaryUser;
        private Os os;
        private Processor processor;
        private Memory memory;
        private List<Disk> disks;
        private Networking networking;
        private Discover discover;
        private List<InstalledApplication> installedApplications;

        private Builder(String id, String name) {
            this.id = id;
            this.name = name;
        }

        public Builder id(String value) { this.id = value; return this; }
        public Builder name(String value) { this.name = value; return this; }
        public Builder computerID(String value) { this.computerID = value; return this; }
        public Builder systemUUID(String value) { this.systemUUID = value; return this; }
        public Builder namespace(String value) { this.namespace = value; return this; }
        public Builder domainName(String value) { this.domainName = value; return this; }
        public Builder serialNumber(String value) { this.serialNumber = value; return this; }
        public Builder manufacturer(String value) { this.manufacturer = value; return this; }
        public Builder model(String value) { this.model = value; return this; }
        public Builder chassisType(String value) { this.chassisType = value; return this; }
        public Builder isVirtual(Boolean value) { this.isVirtual = value; return this; }
        public Builder isEncrypted(Boolean value) { this.isEncrypted = value; return this; }
        public Builder eidFirstSeen(Instant value) { this.eidFirstSeen = value; return this; }
        public Builder eidLastSeen(Instant value) { this.eidLastSeen = value; return this; }
        public Builder ipAddress(String value) { this.ipAddress = value; return this; }
        public Builder ipAddresses(List<String> value) { this.ipAddresses = value; return this; }
        public Builder macAddresses(List<String> value) { this.macAddresses = value; return this; }
        public Builder lastLoggedInUser(String value) { this.lastLoggedInUser = value; return this; }
        public Builder primaryUser(User value) { this.primaryUser = value; return this; }
        public Builder os(Os value) { this.os = value; return this; }
        public Builder processor(Processor value) { this.processor = value; return this; }
        public Builder memory(Memory value) { this.memory = value; return this; }
        public Builder disks(List<Disk> value) { this.disks = value; return this; }
        public Builder networking(Networking value) { this.networking = value; return this; }
        public Builder discover(Discover value) { this.discover = value; return this; }
        public Builder installedApplications(List<InstalledApplication> value) { this.installedApplications = value; return this; }

        public TaniumEndpoint build() {
            return new TaniumEndpoint(id, name, computerID, systemUUID, namespace, domainName, serialNumber,
                    manufacturer, model, chassisType, isVirtual, isEncrypted, eidFirstSeen, eidLastSeen, ipAddress,
                    ipAddresses, macAddresses, lastLoggedInUser, primaryUser, os, processor, memory, disks, networking,
                    discover, installedApplications);
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** {@code EndpointUser}: Active Directory data, often a sensor error string instead. */
    public record User(String name, String email, String phoneNumber, String department, String city,
                       String country) {
        public User {
            name = orEmpty(name);
            email = orEmpty(email);
            phoneNumber = orEmpty(phoneNumber);
            department = orEmpty(department);
            city = orEmpty(city);
            country = orEmpty(country);
        }

        public static User named(String name) {
            return new User(name, "", "", "", "", "");
        }
    }

    /** {@code EndpointOS}; {@code platform} is one of AIX, Linux, Mac, Solaris, Unknown, Windows. */
    public record Os(String name, String platform, String generation, String language, WindowsOs windows) {
        public Os {
            name = orEmpty(name);
            platform = platform == null ? "Unknown" : platform;
            generation = orEmpty(generation);
            language = orEmpty(language);
        }
    }

    /** {@code EndpointWindowsOS}, null on non-Windows endpoints. */
    public record WindowsOs(String type, String majorVersion, String releaseId) {
        public WindowsOs {
            type = orEmpty(type);
            majorVersion = orEmpty(majorVersion);
            releaseId = orEmpty(releaseId);
        }
    }

    public record Processor(String cpu, String architecture, String cacheSize, String consumption,
                            String highConsumption, String family, String manufacturer, String speed,
                            String revision, int logicalProcessors) {
        public Processor {
            cpu = orEmpty(cpu);
            architecture = orEmpty(architecture);
            cacheSize = orEmpty(cacheSize);
            consumption = orEmpty(consumption);
            highConsumption = orEmpty(highConsumption);
            family = orEmpty(family);
            manufacturer = orEmpty(manufacturer);
            speed = orEmpty(speed);
            revision = orEmpty(revision);
        }
    }

    /** Sizes as strings in mixed units, e.g. {@code "32768 MB"}, {@code "36 GB"}, {@code "15G"}. */
    public record Memory(String total, String ram) {
        public Memory {
            total = orEmpty(total);
            ram = orEmpty(ram);
        }
    }

    /** {@code EndpointDisk}, e.g. {@code "40 GB"} / {@code "24%"} on Windows, {@code "995G"} on Linux and Mac. */
    public record Disk(String name, String free, String total, String usedSpace, String usedPercentage) {
        public Disk {
            name = orEmpty(name);
        }
    }

    public record Networking(List<String> dnsServers, List<NetworkAdapter> adapters,
                             List<WirelessAdapter> wirelessAdapters) {
        public Networking {
            dnsServers = dnsServers == null ? List.of() : List.copyOf(dnsServers);
            adapters = adapters == null ? List.of() : List.copyOf(adapters);
            wirelessAdapters = wirelessAdapters == null ? List.of() : List.copyOf(wirelessAdapters);
        }
    }

    public record NetworkAdapter(String name, String manufacturer, String type, String macAddress, String speed,
                                 String connectionId) {
        public NetworkAdapter {
            name = orEmpty(name);
            manufacturer = orEmpty(manufacturer);
            type = orEmpty(type);
            macAddress = orEmpty(macAddress);
            speed = orEmpty(speed);
            connectionId = orEmpty(connectionId);
        }
    }

    /** {@code state} is CONNECTED, DISCONNECTED or UNKNOWN. */
    public record WirelessAdapter(String ssid, String state) {
        public WirelessAdapter {
            ssid = orEmpty(ssid);
            state = state == null ? "UNKNOWN" : state;
        }
    }

    /** {@code EndpointDiscover} (needs the Discover solution; null where it is not installed). */
    public record Discover(String natIpAddress, String discoverMethod, String discoverProfile,
                           List<Integer> openPorts) {
        public Discover {
            openPorts = openPorts == null ? null : List.copyOf(openPorts);
        }
    }

    /** Names may be sensor errors such as {@code "TSE-Error: Failed to send to sensor child process: timed out"}. */
    public record InstalledApplication(String name, String version, String silentUninstallString,
                                       Boolean uninstallable) {
        public InstalledApplication {
            name = orEmpty(name);
            version = orEmpty(version);
            silentUninstallString = orEmpty(silentUninstallString);
        }
    }
}
