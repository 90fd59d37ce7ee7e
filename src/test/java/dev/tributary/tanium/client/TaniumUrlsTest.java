package dev.tributary.tanium.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tributary.platform.InvalidFieldException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaniumUrlsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "acme-api.cloud.tanium.com                                       | https://acme-api.cloud.tanium.com/plugin/products/gateway/graphql",
        "https://acme-api.cloud.tanium.com/                              | https://acme-api.cloud.tanium.com/plugin/products/gateway/graphql",
        "  https://acme-api.cloud.tanium.com  | https://acme-api.cloud.tanium.com/plugin/products/gateway/graphql",
        "https://acme-api.cloud.tanium.com/plugin/products/gateway       | https://acme-api.cloud.tanium.com/plugin/products/gateway/graphql",
        "https://acme-api.cloud.tanium.com/plugin/products/gateway/graphql/ | https://acme-api.cloud.tanium.com/plugin/products/gateway/graphql",
        "https://tanium.example.com:8443/proxy                           | https://tanium.example.com:8443/proxy/plugin/products/gateway/graphql",
        "http://127.0.0.1:9000/plugin/products/gateway/graphql           | http://127.0.0.1:9000/plugin/products/gateway/graphql",
    })
    void gatewayUrls(String raw, String expected) {
        assertThat(TaniumUrls.gateway(raw, "gatewayUrl", false)).isEqualTo(expected);
    }

    @Test
    void gatewayUrlsThatCannotBeRight() {
        assertThatThrownBy(() -> TaniumUrls.gateway("http://acme-api.cloud.tanium.com", "gatewayUrl", false))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("https");
        assertThatThrownBy(() -> TaniumUrls.gateway("https://acme-api.cloud.tanium.com/plugin/products/asset", "gatewayUrl", false))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("another Tanium module");
        assertThatThrownBy(() -> TaniumUrls.gateway("", "gatewayUrl", false))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("gatewayUrl"));
        assertThat(TaniumUrls.gateway("http://tanium.lan", "gatewayUrl", true))
                .as("plain http only when allowed").isEqualTo("http://tanium.lan/plugin/products/gateway/graphql");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "acme-api.cloud.tanium.com                                   | https://acme-api.cloud.tanium.com/plugin/products/asset",
        "https://acme-api.cloud.tanium.com/plugin/products/asset/    | https://acme-api.cloud.tanium.com/plugin/products/asset",
        "https://acme-api.cloud.tanium.com/plugin/products/asset/v1/assets | https://acme-api.cloud.tanium.com/plugin/products/asset",
    })
    void assetApiUrls(String raw, String expected) {
        assertThat(TaniumUrls.assetApi(raw, "assetApiUrl", false)).isEqualTo(expected);
    }

    @Test
    void assetApiDefaultsToTheGatewayHost() {
        assertThat(TaniumUrls.assetApiFromGateway("https://tanium.example.com:8443/proxy/plugin/products/gateway/graphql"))
                .isEqualTo("https://tanium.example.com:8443/proxy/plugin/products/asset");
    }
}
