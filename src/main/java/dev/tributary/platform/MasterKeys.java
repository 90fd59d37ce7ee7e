package dev.tributary.platform;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

/** Generates a master keyset for {@code TRIBUTARY_MASTER_KEY} (shared by every instance of a cluster). */
public final class MasterKeys {

    private MasterKeys() {
    }

    /** A new AES-256-GCM Tink keyset, as base64 of its JSON form. */
    public static String generateBase64() {
        try {
            AeadConfig.register();
            String json = TinkJsonProtoKeysetFormat.serializeKeyset(
                    KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM), InsecureSecretKeyAccess.get());
            return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot generate a keyset", e);
        }
    }
}
