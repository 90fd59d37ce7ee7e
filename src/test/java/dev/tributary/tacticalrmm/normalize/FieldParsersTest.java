package dev.tributary.tacticalrmm.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The field parsers on Tactical's real formats (reference §3.1, §3.3, §8.7–8.8). */
class FieldParsersTest {

    @ParameterizedTest(name = "local_ips \"{0}\" -> {1}")
    @CsvSource(nullValues = "null", delimiter = '|', value = {
        "10.0.1.10                                                   | 10.0.1.10",      // Windows, single IP
        "192.168.20.57, 10.8.0.2                                     | 192.168.20.57",  // Windows, several
        "10.20.0.15/24, fe80::5054:ff:fe4e:1a2b/64                   | 10.20.0.15",     // Linux with CIDR and IPv6
        "fe80::5054:ff:fe4e:1a2b/64, 172.17.0.1/16                   | 172.17.0.1",     // IPv6 first
        "169.254.3.7, 127.0.0.1/8, 10.1.2.3                          | 10.1.2.3",       // link-local and loopback skipped
        "0.0.0.0, 224.0.0.1, 300.1.1.1, 10.0.0.256, 10.1             | null",
        "error getting local ips                                     | null",
        "''                                                          | null",
        "null                                                        | null",
    })
    void firstUsableIpv4(String localIps, String expected) {
        assertThat(LocalIps.firstUsableIpv4(localIps)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "logged_in_username \"{0}\" -> {1}")
    @CsvSource(nullValues = "null", delimiter = '|', value = {
        "None    | null",      // idle Windows
        "''      | null",      // idle Linux
        "'   '   | null",
        "null    | null",
        "jdoe    | jdoe",
        "ACME\\jdoe | ACME\\jdoe",
        "NoneUser | NoneUser",
    })
    void loggedInUser(String raw, String expected) {
        assertThat(AgentValues.loggedInUser(raw)).isEqualTo(expected);
    }

    @Test
    void bootTimeIsAnEpochFloatAndUptimeIsAsOfLastCheckIn() {
        Instant boot = AgentValues.bootTime(1749525164.0);
        assertThat(boot).isEqualTo(Instant.parse("2025-06-10T03:12:44Z"));
        assertThat(AgentValues.bootTime(1749525164.75)).isEqualTo(Instant.parse("2025-06-10T03:12:44.750Z"));
        assertThat(AgentValues.bootTime(null)).isNull();
        assertThat(AgentValues.bootTime(0.0)).isNull();
        assertThat(AgentValues.uptimeSeconds(boot, Instant.parse("2025-06-10T04:12:44Z"))).isEqualTo(3600);
        assertThat(AgentValues.uptimeSeconds(boot, Instant.parse("2025-06-10T03:00:00Z"))).as("boot after last seen").isNull();
        assertThat(AgentValues.uptimeSeconds(boot, null)).isNull();
    }

    @ParameterizedTest(name = "\"{0}\" -> {1} GB")
    @CsvSource(nullValues = "null", delimiter = '|', value = {
        "446.3 GB | 446.30",
        "1.8 TB   | 1843.20",
        "822.9 MB | 0.80",
        "1.0 GB   | 1.00",
        "512.0 kB | 0.00",
        "0 B      | 0.00",
        "6.1 MB   | 0.01",
        "12 GiB   | 12.00",
        "lots     | null",
        "12       | null",
        "null     | null",
    })
    void humanReadableSizes(String raw, BigDecimal expected) {
        assertThat(DiskSizes.gigabytes(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} / {1} -> {2} | {3}")
    @CsvSource(nullValues = "null", delimiter = '|', value = {
        "windows | Microsoft Windows 11 Pro, 64 bit v23H2 (build 22631.5472)  | Windows | Windows 11 Pro, 64 bit v23H2 (build 22631.5472)",
        "linux   | Ubuntu 24.04 x86_64 6.8.0-60-generic                       | Linux   | Ubuntu 24.04 x86_64 6.8.0-60-generic",
        "darwin  | macOS 14.5 arm64 23.5.0                                    | macOS   | macOS 14.5 arm64 23.5.0",
        "null    | Microsoft Windows Server 2022 Standard, 64 bit v21H2       | Windows | Windows Server 2022 Standard, 64 bit v21H2",
        "null    | null                                                       | null    | null",
    })
    void operatingSystem(String plat, String os, String type, String version) {
        assertThat(AgentValues.osType(plat, os)).isEqualTo(type);
        assertThat(AgentValues.osVersion(os)).isEqualTo(version);
    }

    @ParameterizedTest(name = "serial \"{0}\" -> {1}")
    @CsvSource(nullValues = "null", delimiter = '|', value = {
        "7QX9H23 | 7QX9H23", "' PF4XK2L9 ' | PF4XK2L9", "n/a | null", "'' | null", "To be filled by O.E.M. | null",
        "Default string | null", "null | null"})
    void serials(String raw, String expected) {
        assertThat(AgentValues.serial(raw)).isEqualTo(expected);
    }

    @Test
    void ramIsWholeGigabytes() {
        assertThat(AgentValues.ramGb(64L)).isEqualByComparingTo("64");
        assertThat(AgentValues.ramGb(0L)).isNull();
        assertThat(AgentValues.ramGb(null)).isNull();
    }

    @Test
    void entriesOfALocalIpsString() {
        assertThat(LocalIps.entries("10.20.0.15/24, fe80::5054:ff:fe4e:1a2b/64,")).containsExactly("10.20.0.15/24",
                "fe80::5054:ff:fe4e:1a2b/64");
        assertThat(LocalIps.firstUsableIpv4(List.of("fe80::1", "192.0.2.5/32"))).isEqualTo("192.0.2.5");
    }
}
