package dev.tributary.simulator.tactical;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 TOTP as pyotp computes it for Tactical: HMAC-SHA1, 6 digits, 30 second steps, base32
 * secrets decoded case-insensitively with missing padding added. Tests and demo mode use
 * {@link #now(String, Clock)} to log in.
 */
public final class Totp {

    public static final int DIGITS = 6;
    public static final int STEP_SECONDS = 30;
    /** Tactical verifies with {@code valid_window=10}: ten steps either side. */
    public static final int TACTICAL_WINDOW = 10;

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Totp() {
    }

    /** The code valid at the clock's current instant. */
    public static String now(String base32Secret, Clock clock) {
        return at(base32Secret, clock.instant());
    }

    /** The code for the step containing {@code instant}. */
    public static String at(String base32Secret, Instant instant) {
        return forCounter(decode(base32Secret), Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS));
    }

    /**
     * pyotp's {@code verify(code, valid_window=window)}: any step within {@code window} of now, compared
     * as text ({@code str(code)}).
     */
    public static boolean verify(String base32Secret, String code, Instant instant, int window) {
        byte[] key = decode(base32Secret);
        long counter = Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
        for (int offset = -window; offset <= window; offset++) {
            byte[] expected = forCounter(key, counter + offset).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            if (MessageDigest.isEqual(expected, code.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
                return true;
            }
        }
        return false;
    }

    /** A new 32-character base32 secret, like {@code pyotp.random_base32()}. */
    public static String randomSecret(Random random) {
        StringBuilder out = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }

    private static String forCounter(byte[] key, long counter) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(counter).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 unavailable", e);
        }
    }

    /** {@code base64.b32decode(secret + padding, casefold=True)}. */
    static byte[] decode(String secret) {
        if (secret == null) {
            throw new IllegalArgumentException("TOTP secret is None");
        }
        String s = secret.toUpperCase(Locale.ROOT);
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '=') {
            end--;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (int i = 0; i < end; i++) {
            int value = ALPHABET.indexOf(s.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("Non-base32 digit found");
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
