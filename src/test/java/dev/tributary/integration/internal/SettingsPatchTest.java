package dev.tributary.integration.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tributary.integration.DeviceSyncSettings;
import dev.tributary.platform.InvalidFieldException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

class SettingsPatchTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void mergesNestedKeysAndKeepsTheRest() {
        var current = new java.util.LinkedHashMap<>(DeviceSyncSettings.defaults());
        current.put("providerKey", "kept");
        var result = SettingsPatch.applyKernelKeys(current, json.readTree("{\"deviceSync\":{\"enabled\":true}}"));
        assertThat(result.get("deviceSync")).isEqualTo(Map.of("enabled", true, "intervalMinutes", 60));
        assertThat(result).containsEntry("providerKey", "kept").containsEntry("markMissingInactive", false);
    }

    @ParameterizedTest(name = "{0} rejected on {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"deviceSync\":{\"intervalMinutes\":14}}       | deviceSync.intervalMinutes",
        "{\"deviceSync\":{\"intervalMinutes\":1441}}     | deviceSync.intervalMinutes",
        "{\"deviceSync\":{\"intervalMinutes\":\"60\"}}   | deviceSync.intervalMinutes",
        "{\"deviceSync\":{\"enabled\":\"yes\"}}          | deviceSync.enabled",
        "{\"deviceSync\":{\"colour\":1}}                 | deviceSync.colour",
        "{\"deviceSync\":5}                              | deviceSync",
        "{\"markMissingInactive\":1}                     | markMissingInactive",
    })
    void rejectsNamingTheField(String patch, String field) {
        assertThatThrownBy(() -> SettingsPatch.applyKernelKeys(DeviceSyncSettings.defaults(), json.readTree(patch)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void nullSwitchesOff() {
        var on = SettingsPatch.applyKernelKeys(DeviceSyncSettings.defaults(),
                json.readTree("{\"deviceSync\":{\"enabled\":true},\"markMissingInactive\":true}"));
        var off = SettingsPatch.applyKernelKeys(on, json.readTree("{\"deviceSync\":null,\"markMissingInactive\":null}"));
        assertThat(DeviceSyncSettings.enabled(off)).isFalse();
        assertThat(off).containsEntry("markMissingInactive", false);
    }
}
