package dev.tributary.tanium.client;

import dev.tributary.platform.InvalidFieldException;
import dev.tributary.platform.Secret;
import java.util.Locale;

/** Tanium API tokens: sent in the {@code session} header, always with their {@code token-} prefix. */
public final class TaniumToken {

    public static final String PREFIX = "token-";

    private TaniumToken() {
    }

    /** The trimmed token; refuses a missing one and one without the {@code token-} prefix, naming the field. */
    public static Secret parse(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidFieldException(field, "is required: create an API token in the Tanium console under "
                    + "Administration > Permissions > API Tokens");
        }
        String token = raw.strip();
        if (!token.toLowerCase(Locale.ROOT).startsWith(PREFIX) || token.length() == PREFIX.length()) {
            throw new InvalidFieldException(field, "must be the whole Tanium API token including its \"token-\" prefix "
                    + "(e.g. token-0123abcd…), as shown once when the token was created");
        }
        if (token.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            throw new InvalidFieldException(field, "contains spaces or characters that are not part of a Tanium API token");
        }
        return Secret.of(token);
    }
}
