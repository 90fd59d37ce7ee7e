package dev.tributary.simulator.huntress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An agent (host). Every field except the ids may be null, as in practice. Mutable; stored as copies. */
public final class HuntressAgent {

    /** 0 on {@code add} means "assign the next id". */
    public long id;
    public long accountId;
    public long organizationId;
    public String arch;
    public Instant createdAt;
    public String domainName;
    /** Null when EDR is not installed. */
    public String edrVersion;
    public String externalIp;
    public String hostname;
    public String defenderPolicyStatus;
    public String defenderStatus;
    public String defenderSubstatus;
    /** {@code Disabled | Enabled | Pending Isolation | Isolated | Pending Release}. */
    public String firewallStatus;
    public Boolean tamperProtectionConfigured;
    public Boolean tamperProtectionActual;
    public String ipv4Address;
    public Instant lastCallbackAt;
    public Instant lastSurveyAt;
    public List<String> macAddresses = new ArrayList<>();
    public Integer servicePackMajor;
    public Integer servicePackMinor;
    public String os;
    public String osBuildVersion;
    public Integer osMajor;
    public Integer osMinor;
    public Integer osPatch;
    /** {@code windows | darwin | linux}. */
    public String platform;
    public String serialNumber;
    public List<String> tags = new ArrayList<>();
    public Instant updatedAt;
    public String version;
    public Integer versionNumber;
    public Integer winBuildNumber;

    public HuntressAgent() {
    }

    public HuntressAgent(long id, long accountId, long organizationId, String hostname, String platform) {
        this.id = id;
        this.accountId = accountId;
        this.organizationId = organizationId;
        this.hostname = hostname;
        this.platform = platform;
    }

    public HuntressAgent copy() {
        HuntressAgent copy = new HuntressAgent(id, accountId, organizationId, hostname, platform);
        copy.arch = arch;
        copy.createdAt = createdAt;
        copy.domainName = domainName;
        copy.edrVersion = edrVersion;
        copy.externalIp = externalIp;
        copy.defenderPolicyStatus = defenderPolicyStatus;
        copy.defenderStatus = defenderStatus;
        copy.defenderSubstatus = defenderSubstatus;
        copy.firewallStatus = firewallStatus;
        copy.tamperProtectionConfigured = tamperProtectionConfigured;
        copy.tamperProtectionActual = tamperProtectionActual;
        copy.ipv4Address = ipv4Address;
        copy.lastCallbackAt = lastCallbackAt;
        copy.lastSurveyAt = lastSurveyAt;
        copy.macAddresses = macAddresses == null ? null : new ArrayList<>(macAddresses);
        copy.servicePackMajor = servicePackMajor;
        copy.servicePackMinor = servicePackMinor;
        copy.os = os;
        copy.osBuildVersion = osBuildVersion;
        copy.osMajor = osMajor;
        copy.osMinor = osMinor;
        copy.osPatch = osPatch;
        copy.serialNumber = serialNumber;
        copy.tags = tags == null ? null : new ArrayList<>(tags);
        copy.updatedAt = updatedAt;
        copy.version = version;
        copy.versionNumber = versionNumber;
        copy.winBuildNumber = winBuildNumber;
        return copy;
    }
}
