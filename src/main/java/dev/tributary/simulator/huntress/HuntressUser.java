package dev.tributary.simulator.huntress;

import java.util.Objects;

/**
 * A Huntress user as it appears in {@code approved_by}. The {@code id} is a {@link Long} or a
 * {@link String}: the swagger's User model says int64, but the official example (and some real
 * responses) carry {@code "id": "123123"}.
 */
public record HuntressUser(Object id, String email, String name) {

    public HuntressUser {
        Objects.requireNonNull(id, "id");
        if (!(id instanceof Long || id instanceof String)) {
            throw new IllegalArgumentException("User id must be a Long or a String, got " + id.getClass().getName());
        }
    }

    public static HuntressUser of(long id, String email, String name) {
        return new HuntressUser(id, email, name);
    }

    /** The same user rendered with a string {@code id}, as in the official example. */
    public HuntressUser withStringId() {
        return new HuntressUser(String.valueOf(id), email, name);
    }
}
