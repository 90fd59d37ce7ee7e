package dev.tributary.tanium.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tributary.integration.http.ProviderJson;
import dev.tributary.psa.AssetType;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The type heuristic as a table: OS platform and name, Windows type, chassis, manufacturer, model. */
class TaniumAssetTypesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        // case                            | platform | os name                          | windows type        | chassis        | manufacturer        | model          | virtual | expected
        "Windows 11 laptop                 | Windows  | Windows 11 Enterprise            | Windows Workstation | Laptop         | Dell Inc.           | Latitude 7440  | false   | WORKSTATION",
        "STUDIOS-PC (Windows desktop)      | Windows  | Windows 11 Pro                   | Windows Workstation | Desktop        | Dell Inc.           | Precision 3660 | false   | WORKSTATION",
        "Windows Server 2022 VM            | Windows  | Windows Server 2022 Standard     | Windows Server      | Virtual        | VMware, Inc.        | VMware7,1      | true    | SERVER",
        "Windows Server by OS name only    | Windows  | Windows Server 2019 Datacenter   | ''                  | ''             | ''                  | ''             | NULL    | SERVER",
        "Windows 10 virtual machine        | Windows  | Windows 10 Enterprise            | Windows Workstation | Virtual        | VMware, Inc.        | VMware7,1      | true    | WORKSTATION",
        "macOS laptop                      | Mac      | macOS (15.6.1)                   | NULL                | Laptop         | Apple               | Mac15,7        | false   | WORKSTATION",
        "macOS with iOS-like model         | Mac      | macOS (14.7.2)                   | NULL                | MacBookPro16,1 | Apple               | MacBookPro16,1 | false   | WORKSTATION",
        "Cisco IOS XE switch               | Unknown  | Cisco IOS XE 17.9.4a             | NULL                | Network Device | Cisco Systems, Inc. | C9300-48P      | false   | NETWORK_DEVICE",
        "IOS XE without chassis            | Unknown  | Cisco IOS XE 17.9.4a             | NULL                | ''             | ''                  | ''             | NULL    | NETWORK_DEVICE",
        "FortiGate by vendor               | Unknown  | ''                               | NULL                | ''             | Fortinet            | FortiGate-60F  | NULL    | NETWORK_DEVICE",
        "Juniper by NOS                    | Unknown  | Junos OS 22.4R3                  | NULL                | ''             | ''                  | ''             | NULL    | NETWORK_DEVICE",
        "iPad                              | Unknown  | iPadOS 17.5.1                    | NULL                | Mobile Device  | Apple               | iPad14,3       | false   | MOBILE_DEVICE",
        "iPhone by OS name                 | Unknown  | iOS 17.5.1                       | NULL                | ''             | Apple               | ''             | NULL    | MOBILE_DEVICE",
        "iPhone by model                   | Unknown  | ''                               | NULL                | ''             | Apple               | iPhone15,2     | NULL    | MOBILE_DEVICE",
        "Android phone                     | Unknown  | Android 14                       | NULL                | ''             | samsung             | SM-S918B       | NULL    | MOBILE_DEVICE",
        "Linux server VM                   | Linux    | Debian GNU/Linux 12 (bookworm)   | NULL                | Virtual        | VMware, Inc.        | VMware7,1      | true    | SERVER",
        "Linux cloud instance              | Linux    | Ubuntu 24.04.2 LTS               | NULL                | Virtual        | Amazon EC2          | t3.large       | true    | SERVER",
        "Linux rack server                 | Linux    | Red Hat Enterprise Linux 9.4     | NULL                | Rack Mount Chassis | Dell Inc.       | PowerEdge R750 | false   | SERVER",
        "Linux unknown chassis             | Linux    | Rocky Linux 9.3                  | NULL                | ''             | ''                  | ''             | NULL    | SERVER",
        "Linux desktop                     | Linux    | Ubuntu 24.04 LTS                 | NULL                | Desktop        | LENOVO              | ThinkStation P360 | false | WORKSTATION",
        "Linux workstation by OS name      | Linux    | Red Hat Enterprise Linux Workstation 9 | NULL          | ''             | ''                  | ''             | NULL    | WORKSTATION",
        "Linux server made by Cisco        | Linux    | Red Hat Enterprise Linux 8.10    | NULL                | Rack Mount Chassis | Cisco Systems Inc | UCSC-C220-M5SX | false | SERVER",
        "AIX                               | AIX      | AIX 7.3                          | NULL                | ''             | IBM                 | 9009-42A       | NULL    | SERVER",
        "Unknown platform virtual          | Unknown  | ''                               | NULL                | ''             | ''                  | ''             | true    | SERVER",
        "Unknown platform laptop           | Unknown  | ''                               | NULL                | Notebook       | ''                  | ''             | NULL    | WORKSTATION",
        "Nothing known                     | Unknown  | [no results]                     | NULL                | ''             | ''                  | ''             | NULL    | UNKNOWN",
        "Errors only                       | NULL     | Error: No inventory has been collected | NULL          | Error: x       | ''                  | ''             | NULL    | UNKNOWN",
    })
    void classify(String label, String platform, String osName, String windowsType, String chassis, String manufacturer, String model,
                  Boolean virtual, AssetType expected) {
        assertThat(TaniumAssetTypes.classify(new TaniumAssetTypes.Facts(platform, osName, windowsType, chassis, manufacturer, model,
                virtual))).as(label).isEqualTo(expected);
    }

    /** Host names are not an input at all: names that contain "ios", "server" or "switch" change nothing. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "FAB-STUDIOS-PC.fabrikam.local | Windows | Windows 11 Pro       | Desktop | WORKSTATION",
        "STUDIOS-PC                    | Windows | Windows 10 Pro       | Desktop | WORKSTATION",
        "ios-build-01                  | Linux   | Ubuntu 24.04.2 LTS   | Desktop | WORKSTATION",
        "SERVER-ROOM-KIOSK             | Windows | Windows 11 Pro       | Desktop | WORKSTATION",
        "switchboard-pc                | Windows | Windows 11 Pro       | Laptop  | WORKSTATION",
        "CON-SQL-01                    | Windows | Windows Server 2022 Standard | Virtual | SERVER",
    })
    void hostNamesNeverDecideTheType(String name, String platform, String osName, String chassis, AssetType expected) {
        var node = ProviderJson.MAPPER.createObjectNode();
        node.put("id", "1");
        node.put("name", name);
        node.put("chassisType", chassis);
        node.putObject("os").put("name", osName).put("platform", platform).putNull("windows");
        var snapshot = EndpointNormalizer.normalize(node, "g", Instant.EPOCH, Duration.ofMinutes(15));
        assertThat(snapshot.assetType()).isEqualTo(expected);
    }

    @Test
    void wordsAreWholeWords() {
        assertThat(TaniumAssetTypes.words("Cisco IOS-XE 17.9")).containsExactly("cisco", "ios", "xe", "17", "9");
        assertThat(TaniumAssetTypes.words("STUDIOS")).containsExactly("studios");
        assertThat(TaniumAssetTypes.words("[no results]")).isEmpty();
    }
}
