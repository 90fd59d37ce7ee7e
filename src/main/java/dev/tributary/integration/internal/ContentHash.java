package dev.tributary.integration.internal;

import dev.tributary.integration.DeviceSnapshot;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fingerprint of what a snapshot would write. Equal fingerprints mean the asset is already up
 * to date, so re-ingesting an unchanged fleet writes nothing. The owning client is part of it, so
 * remapping a scope to another client rewrites its assets.
 */
public final class ContentHash {

    /** Bump when the meaning of stored fields changes, to force one rewrite of every asset. */
    private static final String VERSION = "1";
    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private ContentHash() {
    }

    public static String of(String provider, UUID clientId, DeviceSnapshot snapshot) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((VERSION + "|" + provider + "|" + clientId + "|").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            // Serialized straight into the digest: no copy of the document is kept.
            CANONICAL.writeValue(new java.security.DigestOutputStream(java.io.OutputStream.nullOutputStream(), digest), snapshot);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
