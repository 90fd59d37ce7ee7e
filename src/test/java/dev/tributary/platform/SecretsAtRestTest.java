package dev.tributary.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tributary.integration.TestProviderConfiguration;
import dev.tributary.testsupport.ApiClient;
import dev.tributary.testsupport.ApiTestSupport;
import dev.tributary.testsupport.TestDatabases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Credentials are encrypted with Tink AEAD bound to tenant and name: the plaintext never reaches a
 * database column, the database files, a log line or a response.
 */
@Import(TestProviderConfiguration.class)
@TestPropertySource(properties = "tributary.test.h2-file=true")
@ExtendWith(OutputCaptureExtension.class)
class SecretsAtRestTest extends ApiTestSupport {

    @Autowired SecretStore secrets;
    @Autowired Tenants tenants;
    @Autowired JdbcClient jdbc;
    @Autowired TributaryProperties properties;

    @Test
    void roundTripsAndEncryptsEachWriteDifferently() {
        UUID tenant = tenants.create("Secrets " + UUID.randomUUID(), false).id();
        secrets.put(tenant, "provider.api_key", Secret.of("plain-value-1"));
        String first = ciphertext(tenant, "provider.api_key");
        secrets.put(tenant, "provider.api_key", Secret.of("plain-value-1"));
        String second = ciphertext(tenant, "provider.api_key");
        assertThat(first).isNotEqualTo(second).doesNotContain("plain-value-1");
        assertThat(secrets.get(tenant, "provider.api_key")).map(Secret::reveal).contains("plain-value-1");
        secrets.delete(tenant, "provider.api_key");
        assertThat(secrets.get(tenant, "provider.api_key")).isEmpty();
    }

    @Test
    void aCiphertextCopiedToAnotherTenantOrNameDoesNotDecrypt() {
        UUID owner = tenants.create("Owner " + UUID.randomUUID(), false).id();
        UUID thief = tenants.create("Thief " + UUID.randomUUID(), false).id();
        secrets.put(owner, "provider.api_key", Secret.of("owner-only"));
        String stolen = ciphertext(owner, "provider.api_key");
        jdbc.sql("insert into tenant_secrets (tenant_id, name, ciphertext, updated_at) values (?, ?, ?, current_timestamp)")
                .params(thief, "provider.api_key", stolen).update();
        jdbc.sql("insert into tenant_secrets (tenant_id, name, ciphertext, updated_at) values (?, ?, ?, current_timestamp)")
                .params(owner, "provider.other", stolen).update();
        assertThatThrownBy(() -> secrets.get(thief, "provider.api_key")).isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("owner-only");
        assertThatThrownBy(() -> secrets.get(owner, "provider.other")).isInstanceOf(IllegalStateException.class);
        assertThat(secrets.get(owner, "provider.api_key")).map(Secret::reveal).contains("owner-only");
    }

    @Test
    void thePlaintextReachesNoColumnNoFileNoLogAndNoResponse(CapturedOutput output) throws Exception {
        String plaintext = "good-key";
        ApiClient api = newTenant(unique("Leak check"));
        var connected = api.put("/api/v1/integrations/testrmm/connection", Map.of("apiKey", plaintext));
        assertThat(connected.status()).isEqualTo(200);
        assertThat(connected.raw()).doesNotContain(plaintext);
        assertThat(api.get("/api/v1/integrations/testrmm").raw()).doesNotContain(plaintext);
        var refused = api.put("/api/v1/integrations/testrmm/connection", Map.of("apiKey", "bad-key-to-leak"));
        assertThat(refused.raw()).doesNotContain("bad-key-to-leak");

        assertThat(columnsContaining(plaintext)).as("columns holding the plaintext").isEmpty();
        if (!TestDatabases.postgres()) {
            jdbc.sql("checkpoint sync").update();
            assertThat(filesContaining(properties.dataDir(), plaintext)).as("database files holding the plaintext").isEmpty();
        }
        assertThat(output.getAll()).doesNotContain(plaintext).doesNotContain("bad-key-to-leak");
    }

    @Test
    void theMaskedValueShowsOnlyTheLastFourCharacters() {
        assertThat(Secret.of("abcdefghijklmnop").masked()).isEqualTo("••••mnop");
        assertThat(Secret.of("abc").masked()).isEqualTo("••••");
        assertThat(Secret.of("abcdefghijklmnop").toString()).doesNotContain("mnop");
        assertThat(String.valueOf(Map.of("key", Secret.of("abcdefghijklmnop")))).doesNotContain("abcdef");
    }

    private String ciphertext(UUID tenant, String name) {
        return jdbc.sql("select ciphertext from tenant_secrets where tenant_id = ? and name = ?").params(tenant, name)
                .query(String.class).single();
    }

    /** Every character column of every table, searched for the value. */
    private List<String> columnsContaining(String value) {
        List<Map<String, Object>> columns = jdbc.sql("""
                        select table_name, column_name from information_schema.columns
                         where table_schema = current_schema() and data_type in
                               ('character varying', 'text', 'character large object', 'CHARACTER VARYING',
                                'CHARACTER LARGE OBJECT', 'character')
                        """).query().listOfRows();
        assertThat(columns).isNotEmpty();
        return columns.stream()
                .filter(c -> jdbc.sql("select count(*) from " + c.get("table_name") + " where cast(" + c.get("column_name")
                        + " as varchar) like ?").param("%" + value + "%").query(Long.class).single() > 0)
                .map(c -> c.get("table_name") + "." + c.get("column_name"))
                .toList();
    }

    private static List<Path> filesContaining(Path dir, String value) throws IOException {
        byte[] needle = value.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> all = files.filter(Files::isRegularFile).toList();
            assertThat(all).anyMatch(p -> p.getFileName().toString().endsWith(".mv.db"));
            return all.stream().filter(p -> contains(read(p), needle)).toList();
        }
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
