package dev.tributary.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tributary.testsupport.ApiTestSupport;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/** The community edition hides enterprise-only providers from the API and refuses their runs. */
@Import(TestProviderConfiguration.class)
@TestPropertySource(properties = "tributary.edition=community")
class EditionTest extends ApiTestSupport {

    @Test
    void enterpriseProvidersAreInvisibleInTheCommunityEdition() {
        var list = admin().get("/api/v1/integrations").json().path("items");
        var ids = list.valueStream().map(n -> n.path("provider").asString()).toList();
        assertThat(ids).contains("testrmm").doesNotContain("testent");
        assertThat(admin().get("/api/v1/integrations/testent").status()).isEqualTo(404);
        assertThat(admin().put("/api/v1/integrations/testent/connection", Map.of("apiKey", "good-key")).status()).isEqualTo(404);
        assertThat(admin().post("/api/v1/integrations/testent/runs", Map.of("kind", "full_sync")).status()).isEqualTo(404);
        assertThat(admin().get("/api/v1/integrations/testrmm").status()).isEqualTo(200);
    }
}
