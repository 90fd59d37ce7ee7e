package dev.tributary.tanium.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tributary.integration.http.ProviderException;
import dev.tributary.integration.http.ProviderJson;
import dev.tributary.integration.http.ProviderResponse;
import java.io.InputStream;
import java.net.http.HttpHeaders;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssetApiPageTest {

    private static final ProviderResponse RESPONSE = new ProviderResponse(200, HttpHeaders.of(Map.of(), (a, b) -> true), new byte[0],
            "/plugin/products/asset/v1/assets");

    @Test
    void topLevelEnvelopeAsLiveTenantsAnswer() throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("fixtures/tanium/asset_api_page.json")) {
            var page = AssetApiClient.parse(ProviderJson.MAPPER.readTree(in), RESPONSE);
            assertThat(page.rows()).hasSize(3);
            assertThat(page.nextAssetId()).isEqualTo(1046L);
            assertThat(page.endOfReader()).isFalse();
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("fixtures/tanium/asset_api_page_last.json")) {
            var last = AssetApiClient.parse(ProviderJson.MAPPER.readTree(in), RESPONSE);
            assertThat(last.rows()).isEmpty();
            assertThat(last.nextAssetId()).isNull();
            assertThat(last.endOfReader()).isTrue();
        }
    }

    @Test
    void nestedResponseEnvelopeAsTheOpenApiDocuments() {
        var page = AssetApiClient.parse(ProviderJson.MAPPER.readTree("""
                {"response":{"data":[{"id":7,"computer_name":"x"}],"meta":{"nextAssetId":8,"endOfReader":true}}}"""), RESPONSE);
        assertThat(page.rows()).hasSize(1);
        assertThat(page.nextAssetId()).isEqualTo(8L);
        assertThat(page.endOfReader()).isTrue();
    }

    @Test
    void anythingElseIsMalformed() {
        assertThatThrownBy(() -> AssetApiClient.parse(ProviderJson.MAPPER.readTree("{\"items\":[]}"), RESPONSE))
                .isInstanceOf(ProviderException.class).hasMessageContaining("Tanium Asset API");
    }
}
