package dev.tributary.platform;

import java.util.Objects;

/**
 * A credential in memory. Its {@link #toString()} never reveals the value, so a secret that ends
 * up in a log line, an exception message or a debugger view stays masked.
 */
public final class Secret {

    private static final String BULLETS = "••••";
    private final String value;

    private Secret(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    public static Secret of(String value) {
        return new Secret(value);
    }

    /** The plaintext; call it only at the point where the credential is sent to its provider. */
    public String reveal() {
        return value;
    }

    /** {@code ••••1234}: the last four characters, or only bullets when the value is that short. */
    public String masked() {
        return mask(value);
    }

    public static String mask(String value) {
        if (value == null || value.length() <= 4) {
            return BULLETS;
        }
        return BULLETS + value.substring(value.length() - 4);
    }

    public boolean isBlank() {
        return value.isBlank();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret secret && java.security.MessageDigest.isEqual(
                value.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                secret.value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "Secret[" + BULLETS + "]";
    }
}
