package dev.tributary.simulator.tactical;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A Tactical agent ({@code agents.Agent}). The big JSON blobs ({@code services}, {@code disks},
 * {@code wmi_detail}) are either set explicitly or, for generated agents, synthesised on demand from a
 * small {@link HardwareProfile} so that a fleet of 20,000 agents stays cheap. Mutate through
 * {@link TacticalSimulator#updateAgent} once the simulator serves requests.
 */
public final class TacticalAgent {

    private final int id;
    private String createdBy;
    private Instant createdTime;
    private String modifiedBy;
    private Instant modifiedTime;
    private String version = "2.11.0";
    private String operatingSystem;
    private String plat = "windows";
    private String goarch = "amd64";
    private String hostname;
    private String agentId;
    private Instant lastSeen;
    private String publicIp;
    private Integer totalRam;
    private Double bootTime;
    private String loggedInUsername;
    private String lastLoggedInUser;
    private String monitoringType = "server";
    private String description;
    private String meshNodeId;
    private boolean overdueEmailAlert = false;
    private boolean overdueTextAlert = false;
    private boolean overdueDashboardAlert = false;
    private int offlineTime = 4;
    private int overdueTime = 30;
    private int checkInterval = 120;
    private boolean needsReboot = false;
    private boolean chocoInstalled = false;
    private Instant patchesLastInstalled;
    private String timeZone;
    private boolean maintenanceMode = false;
    private boolean blockPolicyInheritance = false;
    private String defaultShell = "use_global";
    private String defaultShellCustom = "";
    private Integer alertTemplate;
    private int site = 0;
    private Integer policy;
    private Checks checks = Checks.NONE;
    private int pendingActionsCount = 0;
    private boolean hasPatchesPending = false;
    private JsonNode services;
    private JsonNode disks;
    private JsonNode wmiDetail;
    private HardwareProfile hardware;
    private List<CustomFieldValue> customFields = new ArrayList<>();

    public TacticalAgent(int id, String agentId, String hostname, int site) {
        this.id = id;
        this.agentId = agentId;
        this.hostname = hostname;
        this.site = site;
    }

    /** The integer pk (the beta detail route uses it). */
    public int id() {
        return id;
    }

    public String createdBy() {
        return createdBy;
    }

    public TacticalAgent createdBy(String value) {
        this.createdBy = value;
        return this;
    }

    public Instant createdTime() {
        return createdTime;
    }

    public TacticalAgent createdTime(Instant value) {
        this.createdTime = value;
        return this;
    }

    public String modifiedBy() {
        return modifiedBy;
    }

    public TacticalAgent modifiedBy(String value) {
        this.modifiedBy = value;
        return this;
    }

    public Instant modifiedTime() {
        return modifiedTime;
    }

    public TacticalAgent modifiedTime(Instant value) {
        this.modifiedTime = value;
        return this;
    }

    /** Agent version, e.g. {@code 2.11.0}. */
    public String version() {
        return version;
    }

    public TacticalAgent version(String value) {
        this.version = value;
        return this;
    }

    /** Windows: {@code <Caption>, 64 bit v<DisplayVersion> (build <build>)}; Unix: {@code <Platform> <version> <arch> <kernel>}. */
    public String operatingSystem() {
        return operatingSystem;
    }

    public TacticalAgent operatingSystem(String value) {
        this.operatingSystem = value;
        return this;
    }

    /** {@code windows}, {@code linux} or {@code darwin}. */
    public String plat() {
        return plat;
    }

    public TacticalAgent plat(String value) {
        this.plat = value;
        return this;
    }

    public String goarch() {
        return goarch;
    }

    public TacticalAgent goarch(String value) {
        this.goarch = value;
        return this;
    }

    public String hostname() {
        return hostname;
    }

    public TacticalAgent hostname(String value) {
        this.hostname = value;
        return this;
    }

    /** The 40-letter {@code agent_id}. */
    public String agentId() {
        return agentId;
    }

    public TacticalAgent agentId(String value) {
        this.agentId = value;
        return this;
    }

    /** Null means never seen (status {@code offline}). */
    public Instant lastSeen() {
        return lastSeen;
    }

    public TacticalAgent lastSeen(Instant value) {
        this.lastSeen = value;
        return this;
    }

    public String publicIp() {
        return publicIp;
    }

    public TacticalAgent publicIp(String value) {
        this.publicIp = value;
        return this;
    }

    /** Whole GB. */
    public Integer totalRam() {
        return totalRam;
    }

    public TacticalAgent totalRam(Integer value) {
        this.totalRam = value;
        return this;
    }

    /** Unix epoch seconds. */
    public Double bootTime() {
        return bootTime;
    }

    public TacticalAgent bootTime(Double value) {
        this.bootTime = value;
        return this;
    }

    /** {@code "None"} on idle Windows, {@code ""} on idle Linux. */
    public String loggedInUsername() {
        return loggedInUsername;
    }

    public TacticalAgent loggedInUsername(String value) {
        this.loggedInUsername = value;
        return this;
    }

    public String lastLoggedInUser() {
        return lastLoggedInUser;
    }

    public TacticalAgent lastLoggedInUser(String value) {
        this.lastLoggedInUser = value;
        return this;
    }

    /** {@code server} or {@code workstation}. */
    public String monitoringType() {
        return monitoringType;
    }

    public TacticalAgent monitoringType(String value) {
        this.monitoringType = value;
        return this;
    }

    public String description() {
        return description;
    }

    public TacticalAgent description(String value) {
        this.description = value;
        return this;
    }

    /** 96 hex characters, or null. */
    public String meshNodeId() {
        return meshNodeId;
    }

    public TacticalAgent meshNodeId(String value) {
        this.meshNodeId = value;
        return this;
    }

    public boolean overdueEmailAlert() {
        return overdueEmailAlert;
    }

    public TacticalAgent overdueEmailAlert(boolean value) {
        this.overdueEmailAlert = value;
        return this;
    }

    public boolean overdueTextAlert() {
        return overdueTextAlert;
    }

    public TacticalAgent overdueTextAlert(boolean value) {
        this.overdueTextAlert = value;
        return this;
    }

    public boolean overdueDashboardAlert() {
        return overdueDashboardAlert;
    }

    public TacticalAgent overdueDashboardAlert(boolean value) {
        this.overdueDashboardAlert = value;
        return this;
    }

    /** Minutes. */
    public int offlineTime() {
        return offlineTime;
    }

    public TacticalAgent offlineTime(int value) {
        this.offlineTime = value;
        return this;
    }

    /** Minutes. */
    public int overdueTime() {
        return overdueTime;
    }

    public TacticalAgent overdueTime(int value) {
        this.overdueTime = value;
        return this;
    }

    /** Seconds. */
    public int checkInterval() {
        return checkInterval;
    }

    public TacticalAgent checkInterval(int value) {
        this.checkInterval = value;
        return this;
    }

    public boolean needsReboot() {
        return needsReboot;
    }

    public TacticalAgent needsReboot(boolean value) {
        this.needsReboot = value;
        return this;
    }

    public boolean chocoInstalled() {
        return chocoInstalled;
    }

    public TacticalAgent chocoInstalled(boolean value) {
        this.chocoInstalled = value;
        return this;
    }

    public Instant patchesLastInstalled() {
        return patchesLastInstalled;
    }

    public TacticalAgent patchesLastInstalled(Instant value) {
        this.patchesLastInstalled = value;
        return this;
    }

    public String timeZone() {
        return timeZone;
    }

    public TacticalAgent timeZone(String value) {
        this.timeZone = value;
        return this;
    }

    public boolean maintenanceMode() {
        return maintenanceMode;
    }

    public TacticalAgent maintenanceMode(boolean value) {
        this.maintenanceMode = value;
        return this;
    }

    public boolean blockPolicyInheritance() {
        return blockPolicyInheritance;
    }

    public TacticalAgent blockPolicyInheritance(boolean value) {
        this.blockPolicyInheritance = value;
        return this;
    }

    public String defaultShell() {
        return defaultShell;
    }

    public TacticalAgent defaultShell(String value) {
        this.defaultShell = value;
        return this;
    }

    public String defaultShellCustom() {
        return defaultShellCustom;
    }

    public TacticalAgent defaultShellCustom(String value) {
        this.defaultShellCustom = value;
        return this;
    }

    /** Alert template pk. */
    public Integer alertTemplate() {
        return alertTemplate;
    }

    public TacticalAgent alertTemplate(Integer value) {
        this.alertTemplate = value;
        return this;
    }

    /** Site pk. */
    public int site() {
        return site;
    }

    public TacticalAgent site(int value) {
        this.site = value;
        return this;
    }

    /** Policy pk. */
    public Integer policy() {
        return policy;
    }

    public TacticalAgent policy(Integer value) {
        this.policy = value;
        return this;
    }

    public Checks checks() {
        return checks;
    }

    public TacticalAgent checks(Checks value) {
        this.checks = value;
        return this;
    }

    public int pendingActionsCount() {
        return pendingActionsCount;
    }

    public TacticalAgent pendingActionsCount(int value) {
        this.pendingActionsCount = value;
        return this;
    }

    public boolean hasPatchesPending() {
        return hasPatchesPending;
    }

    public TacticalAgent hasPatchesPending(boolean value) {
        this.hasPatchesPending = value;
        return this;
    }

    public boolean isPosix() {
        return "linux".equals(plat) || "darwin".equals(plat);
    }

    /** The Windows services list: explicit, or generated from the hardware profile, or JSON null. */
    public JsonNode services() {
        if (services != null) {
            return services;
        }
        return hardware != null ? AgentHardware.services(this, hardware) : JsonNodes.NULL;
    }

    /** {@link #services()} for a response body: pre-rendered when derived from the hardware profile. */
    JsonNode servicesForResponse() {
        return services == null && hardware != null ? JsonNodes.rendered(AgentHardware.renderedServices(this, hardware))
                : services();
    }

    /** Sets the services JSON; Java null means "derive from the hardware profile". */
    public TacticalAgent services(JsonNode value) {
        this.services = value;
        return this;
    }

    public JsonNode disks() {
        if (disks != null) {
            return disks;
        }
        return hardware != null ? AgentHardware.disks(this, hardware) : JsonNodes.NULL;
    }

    public TacticalAgent disks(JsonNode value) {
        this.disks = value;
        return this;
    }

    /** The {@code wmi_detail} object (Windows nested list-of-list shape, or the posix shape). */
    public JsonNode wmiDetail() {
        if (wmiDetail != null) {
            return wmiDetail;
        }
        return hardware != null ? AgentHardware.wmiDetail(this, hardware) : JsonNodes.NULL;
    }

    public TacticalAgent wmiDetail(JsonNode value) {
        this.wmiDetail = value;
        return this;
    }

    public HardwareProfile hardware() {
        return hardware;
    }

    public TacticalAgent hardware(HardwareProfile value) {
        this.hardware = value;
        return this;
    }

    public List<CustomFieldValue> customFields() {
        return customFields;
    }

    public TacticalAgent customFields(List<CustomFieldValue> value) {
        this.customFields = new ArrayList<>(value);
        return this;
    }

    /** {@code Agent.status} at {@code now}: see {@link AgentStatus#of}. */
    public String status(Instant now) {
        return AgentStatus.of(lastSeen, offlineTime, overdueTime, now);
    }

    @Override
    public String toString() {
        return hostname;
    }
}
