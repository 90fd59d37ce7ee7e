package dev.tributary.tanium.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tributary.platform.InvalidFieldException;
import org.junit.jupiter.api.Test;

class TaniumTokenTest {

    @Test
    void tokensKeepTheirPrefix() {
        assertThat(TaniumToken.parse("  token-5f3c0a9e7b2d  ", "apiToken").reveal()).isEqualTo("token-5f3c0a9e7b2d");
        assertThat(TaniumToken.parse("Token-ABC", "apiToken").reveal()).isEqualTo("Token-ABC");
    }

    @Test
    void tokensWithoutThePrefixAreRefusedNamingTheField() {
        for (String bad : new String[] {"5f3c0a9e7b2d", "Bearer token-5f3c", "token-", "token-abc def", ""}) {
            assertThatThrownBy(() -> TaniumToken.parse(bad, "apiToken")).as(bad)
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("apiToken"));
        }
        assertThatThrownBy(() -> TaniumToken.parse("5f3c0a9e", "apiToken")).hasMessageContaining("\"token-\" prefix")
                .as("the value is never echoed").hasMessageNotContaining("5f3c0a9e");
        assertThatThrownBy(() -> TaniumToken.parse(null, "apiToken")).hasMessageContaining("is required");
    }
}
