package dev.tributary.tanium.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaniumNetworkTest {

    @ParameterizedTest(name = "[{0}] → [{1}]")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "00:0C:29:68:6A:D8 | 00:0C:29:68:6A:D8",
        "a4:cf:99:12:34:56 | A4:CF:99:12:34:56",
        "F4-6B-8C-21-9A-0E | F4:6B:8C:21:9A:0E",
        "f46b.8c21.9a0e    | F4:6B:8C:21:9A:0E",
        "f46b8c219a0e      | F4:6B:8C:21:9A:0E",
        "00:00:00:00:00:00 | NULL",
        "Error: No inventory has been collected | NULL",
        "zz:zz:zz:zz:zz:zz | NULL",
        "00:0C:29:68:6A    | NULL",
        "''                | NULL",
    })
    void macs(String raw, String expected) {
        assertThat(TaniumNetwork.mac(raw)).isEqualTo(expected);
    }

    @Test
    void macListsAreCanonicalAndDistinct() {
        assertThat(TaniumNetwork.macs(Arrays.asList("f4:6b:8c:21:9a:0e", "F4:6B:8C:21:9A:0E", "[no results]", null)))
                .containsExactly("F4:6B:8C:21:9A:0E");
        assertThat(TaniumNetwork.macs(null)).isEmpty();
    }

    @ParameterizedTest(name = "[{0}] → [{1}]")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "10.20.4.117                 | 10.20.4.117",
        "fe80::9C41:2b7e:51a0:33d1   | fe80::9c41:2b7e:51a0:33d1",
        "fe80::1%en0                 | fe80::1%en0",
        "::1                         | ::1",
        "256.1.1.1                   | NULL",
        "10.20.4                     | NULL",
        "N/A                         | NULL",
        "host.example.com            | NULL",
        "''                          | NULL",
    })
    void ips(String raw, String expected) {
        assertThat(TaniumNetwork.ip(raw)).isEqualTo(expected);
    }

    @Test
    void lanAddressPrefersTheClientAddressThenARoutableIpv4() {
        assertThat(TaniumNetwork.lanIp("10.20.4.117", List.of("fe80::1", "192.168.1.5"))).isEqualTo("10.20.4.117");
        assertThat(TaniumNetwork.lanIp("", List.of("fe80::1", "127.0.0.1", "169.254.3.4", "192.168.1.5"))).isEqualTo("192.168.1.5");
        assertThat(TaniumNetwork.lanIp("[no results]", List.of("fe80::1"))).isEqualTo("fe80::1");
        assertThat(TaniumNetwork.lanIp(null, null)).isNull();
        assertThat(TaniumNetwork.ips("10.0.0.1", List.of("10.0.0.1", "fe80::1", "Error: x"))).containsExactly("10.0.0.1", "fe80::1");
    }
}
