package dev.tributary.tacticalrmm.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tributary.psa.AssetType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgentTypesTest {

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(nullValues = "null", delimiter = '|', value = {
        "server      | Microsoft Windows 11 Pro, 64 bit v23H2 (build 22631.5472)            | SERVER",
        "workstation | Microsoft Windows Server 2022 Standard, 64 bit v21H2 (build 20348) | WORKSTATION",
        "Server      | Ubuntu 24.04 x86_64 6.8.0-60-generic                                | SERVER",
        "null        | Microsoft Windows Server 2022 Standard, 64 bit v21H2 (build 20348) | SERVER",
        "''          | Ubuntu Server 22.04 x86_64 5.15.0-105-generic                       | SERVER",
        "null        | Ubuntu 24.04 x86_64 6.8.0-60-generic                                | WORKSTATION",
        "null        | Microsoft Windows 11 Pro, 64 bit v23H2 (build 22631.5472)            | WORKSTATION",
        "other       | macOS 14.5 arm64 23.5.0                                             | WORKSTATION",
        "null        | Serverless Toolkit Host                                             | WORKSTATION",
        "null        | null                                                                | WORKSTATION",
    })
    void monitoringTypeThenOperatingSystem(String monitoringType, String os, AssetType expected) {
        assertThat(AgentTypes.of(monitoringType, os)).isEqualTo(expected);
    }
}
