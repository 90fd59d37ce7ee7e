package dev.tributary.tanium.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaniumOsTest {

    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "Windows | Windows 11 Enterprise                | Windows",
        "Mac     | macOS (15.6.1)                       | macOS",
        "Linux   | Ubuntu 24.04.2 LTS                   | Linux",
        "AIX     | AIX 7.3                              | AIX",
        "Solaris | Oracle Solaris 11.4                  | Solaris",
        "Unknown | Cisco IOS XE 17.9.4a                 | Cisco IOS XE",
        "Unknown | iPadOS 17.5.1                        | iPadOS",
        "Unknown | Android 14                           | Android",
        "Unknown | FortiOS 7.2.8                        | FortiOS",
        "Unknown | ''                                   | NULL",
        "NULL    | Error: No inventory has been collected | NULL",
    })
    void family(String platform, String osName, String expected) {
        assertThat(TaniumOs.type(platform, osName)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} + {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "Windows 11 Enterprise       | 23H2 | Windows 11 Enterprise 23H2",
        "Windows 10 Pro 22H2         | 22H2 | Windows 10 Pro 22H2",
        "macOS (15.6.1)              | NULL | macOS (15.6.1)",
        "Ubuntu 24.04.2 LTS          | ''   | Ubuntu 24.04.2 LTS",
        "[no results]                | 23H2 | NULL",
    })
    void version(String osName, String release, String expected) {
        assertThat(TaniumOs.version(osName, release)).isEqualTo(expected);
    }
}
