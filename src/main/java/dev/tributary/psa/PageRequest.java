package dev.tributary.psa;

import dev.tributary.platform.InvalidFieldException;

/** {@code limit} (default 100, at most 1000; larger values are clamped) and {@code offset}. */
public record PageRequest(int limit, long offset) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    public static PageRequest of(Integer limit, Long offset) {
        int l = limit == null ? DEFAULT_LIMIT : limit;
        long o = offset == null ? 0 : offset;
        if (l < 1) {
            throw new InvalidFieldException("limit", "must be at least 1");
        }
        if (o < 0) {
            throw new InvalidFieldException("offset", "must not be negative");
        }
        return new PageRequest(Math.min(l, MAX_LIMIT), o);
    }
}
