package dev.tributary.platform.internal;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import dev.tributary.platform.TributaryProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The master AEAD that protects tenant secrets. The keyset comes from {@code TRIBUTARY_MASTER_KEY}
 * (Tink JSON, optionally base64) or, when that is blank, from a keyset generated once into the data
 * directory and readable by the owner only.
 */
@Component
class MasterKeyring {

    static final String KEYSET_FILE = "master-keyset.json";
    private static final Logger log = LoggerFactory.getLogger(MasterKeyring.class);

    private final Aead aead;

    MasterKeyring(TributaryProperties properties) {
        try {
            AeadConfig.register();
            KeysetHandle handle = load(properties);
            this.aead = handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            // The message of a Tink parse error never contains key material.
            throw new IllegalStateException("The master keyset could not be loaded: " + e.getMessage(), e);
        }
    }

    Aead aead() {
        return aead;
    }

    private static KeysetHandle load(TributaryProperties properties) throws GeneralSecurityException {
        String configured = properties.masterKey();
        if (configured != null && !configured.isBlank()) {
            String json = configured.trim().startsWith("{")
                    ? configured.trim()
                    : new String(Base64.getDecoder().decode(configured.trim()), StandardCharsets.UTF_8);
            return TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
        }
        Path file = properties.dataDir().resolve(KEYSET_FILE);
        try {
            if (!Files.exists(file)) {
                generate(file);
            }
            return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file), InsecureSecretKeyAccess.get());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the master keyset " + file, e);
        }
    }

    private static void generate(Path file) throws IOException, GeneralSecurityException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        String json = TinkJsonProtoKeysetFormat.serializeKeyset(
                KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM), InsecureSecretKeyAccess.get());
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException raced) {
            return; // another instance sharing the data directory created it first
        }
        Files.writeString(file, json);
        log.warn("Generated a new master keyset at {}. Back it up: without it stored credentials cannot be decrypted.",
                file.toAbsolutePath());
    }
}
