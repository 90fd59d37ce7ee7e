package dev.tributary.tanium.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tributary.tanium.normalize.CorrelationKeys;
import org.junit.jupiter.api.Test;

class KeyFingerprintsTest {

    @Test
    void anyKeyOfAReturnedEndpointMatches() {
        KeyFingerprints keys = new KeyFingerprints();
        for (int i = 0; i < 20_000; i++) {
            keys.add(CorrelationKeys.of(String.valueOf(1_000_000 + i), "SN" + i, "host-" + i + ".example.local"));
        }
        assertThat(keys.size()).isEqualTo(60_000);
        assertThat(keys.matchesAny(CorrelationKeys.of("1000042", null, null))).isTrue();
        assertThat(keys.matchesAny(CorrelationKeys.of(null, "sn77", null))).as("serials compare upper-case").isTrue();
        assertThat(keys.matchesAny(CorrelationKeys.of(null, null, "HOST-19999.example.local"))).isTrue();
        assertThat(keys.matchesAny(CorrelationKeys.of("999", "SN-X", "other"))).isFalse();
        assertThat(keys.matchesAny(CorrelationKeys.of(null, "1000042", null))).as("a computer id is not a serial").isFalse();
        assertThat(keys.matchesAny(CorrelationKeys.of(null, null, null))).isFalse();
    }
}
