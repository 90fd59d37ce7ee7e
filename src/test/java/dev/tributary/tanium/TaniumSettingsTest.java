package dev.tributary.tanium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tributary.integration.http.ProviderJson;
import dev.tributary.platform.InvalidFieldException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaniumSettingsTest {

    private static Map<String, Object> patch(Map<String, Object> current, String json) {
        return TaniumSettings.applyPatch(current, ProviderJson.MAPPER.readTree(json), false);
    }

    @Test
    void defaults() {
        TaniumSettings s = TaniumSettings.of(TaniumSettings.defaults());
        assertThat(s.pageSize()).isEqualTo(1000);
        assertThat(s.onlineWindow()).isEqualTo(Duration.ofMinutes(15));
        assertThat(s.useAssetApiFallback()).isFalse();
        assertThat(s.assetApiUrl()).isNull();
        assertThat(s.effectiveAssetApiUrl("https://a-api.cloud.tanium.com/plugin/products/gateway/graphql"))
                .isEqualTo("https://a-api.cloud.tanium.com/plugin/products/asset");
    }

    @Test
    void validPatches() {
        Map<String, Object> next = patch(TaniumSettings.defaults(), """
                {"pageSize": 5000, "onlineWindowMinutes": 60, "useAssetApiFallback": true,
                 "assetApiUrl": "assets-api.example.com"}""");
        TaniumSettings s = TaniumSettings.of(next);
        assertThat(s.pageSize()).isEqualTo(5000);
        assertThat(s.onlineWindow()).isEqualTo(Duration.ofHours(1));
        assertThat(s.useAssetApiFallback()).isTrue();
        assertThat(s.assetApiUrl()).isEqualTo("https://assets-api.example.com/plugin/products/asset");
        Map<String, Object> reset = patch(next, "{\"pageSize\": null, \"assetApiUrl\": null}");
        assertThat(reset).containsEntry("pageSize", 1000).doesNotContainKey("assetApiUrl");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"pageSize\": 0}                  | pageSize",
        "{\"pageSize\": 5001}               | pageSize",
        "{\"pageSize\": \"100\"}            | pageSize",
        "{\"pageSize\": 10.5}               | pageSize",
        "{\"onlineWindowMinutes\": 0}       | onlineWindowMinutes",
        "{\"onlineWindowMinutes\": 1441}    | onlineWindowMinutes",
        "{\"useAssetApiFallback\": \"yes\"} | useAssetApiFallback",
        "{\"assetApiUrl\": \"http://assets.example.com\"} | assetApiUrl",
        "{\"assetApiUrl\": 12}              | assetApiUrl",
        "{\"colour\": \"blue\"}             | colour",
    })
    void invalidPatchesNameTheField(String json, String field) {
        assertThatThrownBy(() -> patch(TaniumSettings.defaults(), json))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void oddStoredValuesFallBackOrClamp() {
        TaniumSettings s = TaniumSettings.of(Map.of("pageSize", 99999, "onlineWindowMinutes", "x"));
        assertThat(s.pageSize()).isEqualTo(5000);
        assertThat(s.onlineWindow()).isEqualTo(Duration.ofMinutes(15));
    }
}
