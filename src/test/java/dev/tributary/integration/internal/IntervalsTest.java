package dev.tributary.integration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tributary.integration.DeviceSyncSettings;
import dev.tributary.integration.RunKind;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class IntervalsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "null", value = {
        "null, 60", "'', 60", "garbage, 60", "0, 15", "14, 15", "15, 15", "90, 90", "90.4, 90", "'120', 120", "1440, 1440",
        "1441, 1440", "-5, 15",
    })
    void clampsToTheDocumentedBounds(String value, int expected) {
        Object input = value == null ? null : value.matches("-?\\d+(\\.\\d+)?") ? (Object) Double.valueOf(value) : value;
        assertThat(Intervals.clamp(input, 15, 1440, 60)).isEqualTo(expected);
    }

    @Test
    void deviceSyncIsScheduledOnlyWhenEnabled() {
        assertThat(DeviceSyncSettings.schedules(Map.of())).isEmpty();
        assertThat(DeviceSyncSettings.schedules(Map.of("deviceSync", Map.of("enabled", false, "intervalMinutes", 30)))).isEmpty();
        assertThat(DeviceSyncSettings.schedules(Map.of("deviceSync", Map.of("enabled", true, "intervalMinutes", 5))))
                .containsEntry(RunKind.INCREMENTAL_SYNC, Duration.ofMinutes(15))
                .containsEntry(RunKind.FULL_SYNC, Duration.ofHours(24));
    }
}
