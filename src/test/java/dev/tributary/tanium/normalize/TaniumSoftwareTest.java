package dev.tributary.tanium.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tributary.integration.http.ProviderJson;
import dev.tributary.psa.AssetDetails.InstalledSoftware;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TaniumSoftwareTest {

    private static JsonNode json(String text) {
        return ProviderJson.MAPPER.readTree(text);
    }

    @Test
    void errorNamesAreDroppedAndDuplicatesCollapsed() {
        var software = TaniumSoftware.of(json("""
                [{"name":"Google Chrome","version":"126.0.6478.127"},
                 {"name":"TSE-Error: Failed to send to sensor child process: timed out","version":""},
                 {"name":"","version":"1.0"},
                 {"name":"Slack","version":""},
                 {"name":"Google Chrome","version":"126.0.6478.127"},
                 {"name":"Error: No inventory has been collected","version":"x"}]"""));
        assertThat(software).containsExactly(new InstalledSoftware("Google Chrome", "126.0.6478.127", null),
                new InstalledSoftware("Slack", null, null));
    }

    @Test
    void assetApiApplicationsKeepTheirVendor() {
        var software = TaniumSoftware.of(json("[{\"name\":\"Google Chrome\",\"vendor\":\"Google LLC\",\"version\":\"126\"}]"),
                "name", "version", "vendor");
        assertThat(software).containsExactly(new InstalledSoftware("Google Chrome", "126", "Google LLC"));
    }

    @Test
    void unknownOrErrorOnlyListsKeepStoredSoftware() {
        assertThat(TaniumSoftware.of(null)).isNull();
        assertThat(TaniumSoftware.of(json("null"))).isNull();
        assertThat(TaniumSoftware.of(json("[{\"name\":\"TSE-Error: timed out\",\"version\":\"\"}]"))).isNull();
        assertThat(TaniumSoftware.of(json("[]"))).isEmpty();
    }
}
