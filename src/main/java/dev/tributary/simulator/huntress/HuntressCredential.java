package dev.tributary.simulator.huntress;

import java.util.Objects;

/**
 * An API key pair. The account is decided by the credentials alone. A {@code readOnly} credential
 * behaves like Huntress's default account key: write endpoints answer 403. {@code user} is who
 * write actions (approval) are attributed to; it may be null.
 */
public record HuntressCredential(String key, String secret, long accountId, boolean readOnly, HuntressUser user) {

    public HuntressCredential {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(secret, "secret");
        if (key.contains(":")) {
            throw new IllegalArgumentException("An API key cannot contain ':' (HTTP Basic separator)");
        }
    }
}
