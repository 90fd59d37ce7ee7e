package dev.tributary.simulator.tanium;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Cursored collections and their opaque cursors. A collection is the result of one query field with one
 * filter/source/sort; its cursors are valid only for that same combination, until 5 minutes after the
 * most recent request on the collection, and never more than 1 hour after it was created.
 */
final class CursorRegistry {

    /** A frozen result: endpoint refs or computer groups, plus the TS collection numbers when relevant. */
    static final class Collection {
        final String key;
        final String field;
        final String fingerprint;
        final Instant created;
        volatile Instant lastAccess;
        final int[] refs;
        final List<TaniumComputerGroup> groups;
        final CollectionNumbers numbers;

        Collection(String key, String field, String fingerprint, Instant created, int[] refs,
                   List<TaniumComputerGroup> groups, CollectionNumbers numbers) {
            this.key = key;
            this.field = field;
            this.fingerprint = fingerprint;
            this.created = created;
            this.lastAccess = created;
            this.refs = refs;
            this.groups = groups;
            this.numbers = numbers;
        }

        int size() {
            return refs != null ? refs.length : groups.size();
        }
    }

    /** The Tanium Server (live) source numbers for {@code collectionInfo}; null for TDS. */
    record CollectionNumbers(int expectedTotal, int respondedTotal) {
    }

    record Position(Collection collection, int index) {
    }

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final Clock clock;
    private final Duration idle;
    private final Duration maxLifetime;
    private final int maxLive;
    private final int salt = ThreadLocalRandom.current().nextInt();
    private int counter;
    private final LinkedHashMap<String, Collection> live = new LinkedHashMap<>(64, 0.75f, true);

    CursorRegistry(Clock clock, Duration idle, Duration maxLifetime, int maxLive) {
        this.clock = clock;
        this.idle = idle;
        this.maxLifetime = maxLifetime;
        this.maxLive = maxLive;
    }

    synchronized Collection register(String field, String fingerprint, int[] refs, List<TaniumComputerGroup> groups,
                                     CollectionNumbers numbers) {
        Instant now = clock.instant();
        purgeExpired(now);
        int x = (counter++) * 0x9E3779B1 ^ salt;
        x ^= x >>> 16;
        x *= 0x85EBCA6B;
        x ^= x >>> 13;
        String key = String.format("%08x", x);
        Collection collection = new Collection(key, field, fingerprint, now, refs, groups, numbers);
        live.put(key, collection);
        while (live.size() > maxLive) {
            Iterator<String> eldest = live.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
        return collection;
    }

    String cursor(Collection collection, int index) {
        String raw = prefix(collection.field) + ":" + collection.key + ":" + index;
        return ENCODER.encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Finds the collection and position of a cursor, or fails like the Gateway does. */
    synchronized Position resolve(String cursor, String field, String fingerprint) {
        String[] parts = decode(cursor);
        if (parts == null) {
            throw new GatewayError("invalid cursor: \"" + cursor + "\" was not issued by this Gateway; pass "
                    + "pageInfo.endCursor exactly as returned");
        }
        if (!parts[0].equals(prefix(field))) {
            throw foreign(field);
        }
        Collection collection = live.get(parts[1]);
        Instant now = clock.instant();
        if (collection != null && expired(collection, now)) {
            live.remove(parts[1]);
            collection = null;
        }
        if (collection == null) {
            throw expired(field);
        }
        if (!collection.fingerprint.equals(fingerprint)) {
            throw foreign(field);
        }
        int index;
        try {
            index = Integer.parseInt(parts[2]);
        } catch (NumberFormatException e) {
            throw foreign(field);
        }
        if (index < -1 || index >= collection.size()) {
            throw foreign(field);
        }
        collection.lastAccess = now;
        return new Position(collection, index);
    }

    synchronized void invalidate(Collection collection) {
        live.remove(collection.key);
    }

    synchronized void expireAll() {
        live.clear();
    }

    synchronized int liveCount() {
        purgeExpired(clock.instant());
        return live.size();
    }

    private void purgeExpired(Instant now) {
        live.values().removeIf(c -> expired(c, now));
    }

    private boolean expired(Collection c, Instant now) {
        return now.isAfter(c.lastAccess.plus(idle)) || now.isAfter(c.created.plus(maxLifetime));
    }

    static GatewayError expired(String field) {
        return new GatewayError("invalid cursor: the " + field + " collection for this cursor has expired or was "
                + "invalidated; restart pagination without 'after'");
    }

    private static GatewayError foreign(String field) {
        return new GatewayError("invalid cursor: the cursor belongs to a different collection; a " + field
                + " cursor is valid only with the query, filter and source that produced it");
    }

    private static String prefix(String field) {
        return switch (field) {
            case "endpoints" -> "ep";
            case "computerGroups" -> "cg";
            default -> field;
        };
    }

    private static String[] decode(String cursor) {
        try {
            String raw = new String(DECODER.decode(cursor), StandardCharsets.UTF_8);
            String[] parts = raw.split(":", -1);
            return parts.length == 3 && !parts[1].isEmpty() ? parts : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
