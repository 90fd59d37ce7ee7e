package dev.tributary.platform.internal;

import dev.tributary.platform.Secret;
import dev.tributary.platform.SecretStore;
import dev.tributary.platform.SqlTime;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Secrets encrypted with Tink AEAD. The associated data is {@code tenant/name}, so a ciphertext
 * copied to another tenant or another name fails authentication instead of decrypting.
 */
@Repository
class TinkSecretStore implements SecretStore {

    private final JdbcClient jdbc;
    private final MasterKeyring keyring;
    private final Clock clock;

    TinkSecretStore(JdbcClient jdbc, MasterKeyring keyring, Clock clock) {
        this.jdbc = jdbc;
        this.keyring = keyring;
        this.clock = clock;
    }

    @Override
    public Optional<Secret> get(UUID tenantId, String name) {
        return jdbc.sql("select ciphertext from tenant_secrets where tenant_id = ? and name = ?")
                .params(tenantId, name)
                .query(String.class)
                .optional()
                .map(ciphertext -> decrypt(tenantId, name, ciphertext));
    }

    @Override
    @Transactional
    public void put(UUID tenantId, String name, Secret secret) {
        String ciphertext = encrypt(tenantId, name, secret);
        int updated = jdbc.sql("update tenant_secrets set ciphertext = ?, updated_at = ? where tenant_id = ? and name = ?")
                .params(ciphertext, SqlTime.bind(clock.instant()), tenantId, name)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into tenant_secrets (tenant_id, name, ciphertext, updated_at) values (?, ?, ?, ?)")
                    .params(tenantId, name, ciphertext, SqlTime.bind(clock.instant()))
                    .update();
        }
    }

    @Override
    public void delete(UUID tenantId, String name) {
        jdbc.sql("delete from tenant_secrets where tenant_id = ? and name = ?").params(tenantId, name).update();
    }

    private String encrypt(UUID tenantId, String name, Secret secret) {
        try {
            byte[] ciphertext = keyring.aead().encrypt(secret.reveal().getBytes(StandardCharsets.UTF_8), associatedData(tenantId, name));
            return Base64.getEncoder().encodeToString(ciphertext);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Credential " + name + " could not be encrypted", e);
        }
    }

    private Secret decrypt(UUID tenantId, String name, String ciphertext) {
        try {
            byte[] plaintext = keyring.aead().decrypt(Base64.getDecoder().decode(ciphertext), associatedData(tenantId, name));
            return Secret.of(new String(plaintext, StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Stored credential " + name
                    + " cannot be decrypted (wrong master key, or the value was not written for this tenant)");
        }
    }

    private static byte[] associatedData(UUID tenantId, String name) {
        return (tenantId + "/" + name).getBytes(StandardCharsets.UTF_8);
    }
}
