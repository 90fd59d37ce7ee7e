package dev.tributary.integration.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tributary.platform.InvalidFieldException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlPolicyTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "https://api.example.com/, https://api.example.com",
        "api.example.com, https://api.example.com",
        "https://api.example.com/tactical//, https://api.example.com/tactical",
        "http://127.0.0.1:8081, http://127.0.0.1:8081",
        "http://localhost:9000/, http://localhost:9000",
    })
    void normalizes(String input, String expected) {
        assertThat(UrlPolicy.normalize(input, "instanceUrl", false)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://api.example.com", "ftp://x", "https://", "https://x.example?y=1", "  ", "https://exa mple.com"})
    void rejectsNamingTheField(String input) {
        assertThatThrownBy(() -> UrlPolicy.normalize(input, "instanceUrl", false))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("instanceUrl"));
    }
}
