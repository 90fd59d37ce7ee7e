package dev.tributary.tacticalrmm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tributary.integration.RunKind;
import dev.tributary.platform.InvalidFieldException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TacticalSettingsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    private static Map<String, Object> settings(String patch) {
        Map<String, Object> base = new LinkedHashMap<>(TacticalSettings.defaults());
        return TacticalSettings.applyPatch(base, json(patch));
    }

    @Test
    void nothingIsScheduledByDefault() {
        assertThat(TacticalSettings.schedules(TacticalSettings.defaults())).isEmpty();
    }

    @Test
    void enabledRunsAreScheduledWithTheirIntervals() {
        Map<String, Object> s = settings("{\"alertBackfill\": {\"enabled\": true, \"intervalMinutes\": 10}, \"softwareSync\": {\"enabled\": true}}");
        s.put("deviceSync", Map.of("enabled", true, "intervalMinutes", 30));
        assertThat(TacticalSettings.schedules(s)).containsEntry(RunKind.ALERTS_BACKFILL, Duration.ofMinutes(10))
                .containsEntry(RunKind.SOFTWARE_SYNC, Duration.ofMinutes(1440))
                .containsEntry(RunKind.INCREMENTAL_SYNC, Duration.ofMinutes(30))
                .containsEntry(RunKind.FULL_SYNC, Duration.ofHours(24));
    }

    @Test
    void aPatchMergesIntoTheGroup() {
        Map<String, Object> s = settings("{\"alertBackfill\": {\"days\": 7}}");
        assertThat(s.get("alertBackfill")).isEqualTo(Map.of("enabled", false, "intervalMinutes", 15, "days", 7));
        assertThat(TacticalSettings.backfillDays(s)).isEqualTo(7);
    }

    @Test
    void storedValuesOutOfRangeAreClamped() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("alertBackfill", Map.of("enabled", true, "intervalMinutes", 1, "days", 500));
        assertThat(TacticalSettings.schedules(s)).containsEntry(RunKind.ALERTS_BACKFILL, Duration.ofMinutes(5));
        assertThat(TacticalSettings.backfillDays(s)).isEqualTo(90);
    }

    @Test
    void invalidPatchesNameTheField() {
        assertThatThrownBy(() -> settings("{\"alertBackfill\": {\"intervalMinutes\": 61}}")).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("alertBackfill.intervalMinutes");
        assertThatThrownBy(() -> settings("{\"alertBackfill\": {\"enabled\": \"yes\"}}")).hasMessageContaining("alertBackfill.enabled");
        assertThatThrownBy(() -> settings("{\"softwareSync\": {\"days\": 3}}")).hasMessageContaining("softwareSync.days");
        assertThatThrownBy(() -> settings("{\"alertBackfill\": 5}")).hasMessageContaining("alertBackfill");
        assertThatThrownBy(() -> settings("{\"pollIntervalMinutes\": 5}")).hasMessageContaining("pollIntervalMinutes");
    }
}
