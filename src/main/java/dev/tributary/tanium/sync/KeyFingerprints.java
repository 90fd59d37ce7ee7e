package dev.tributary.tanium.sync;

import dev.tributary.tanium.normalize.CorrelationKeys;
import java.nio.charset.StandardCharsets;

/**
 * The correlation keys (computer id, serial, name) of every endpoint the Gateway returned in a run,
 * kept as 64-bit fingerprints in an open-addressing table: about 48 bytes per endpoint instead of the
 * strings themselves, so a 100,000-endpoint walk costs a few megabytes. A false match needs a 64-bit
 * collision; its only effect would be an Asset API row being skipped, never a duplicate asset.
 */
final class KeyFingerprints {

    private long[] table = new long[1 << 12];
    private int size;

    void add(CorrelationKeys keys) {
        if (keys.computerId() != null) {
            insert(fingerprint('c', keys.computerId()));
        }
        if (keys.serial() != null) {
            insert(fingerprint('s', keys.serial()));
        }
        if (keys.name() != null) {
            insert(fingerprint('n', keys.name()));
        }
    }

    /** Whether any of the keys belongs to an endpoint the Gateway returned. */
    boolean matchesAny(CorrelationKeys keys) {
        return keys.computerId() != null && contains(fingerprint('c', keys.computerId()))
                || keys.serial() != null && contains(fingerprint('s', keys.serial()))
                || keys.name() != null && contains(fingerprint('n', keys.name()));
    }

    int size() {
        return size;
    }

    private void insert(long fp) {
        if ((size + 1) * 2L > table.length) {
            grow();
        }
        if (place(table, fp)) {
            size++;
        }
    }

    private boolean contains(long fp) {
        int mask = table.length - 1;
        for (int i = (int) fp & mask; ; i = (i + 1) & mask) {
            long v = table[i];
            if (v == 0) {
                return false;
            }
            if (v == fp) {
                return true;
            }
        }
    }

    private static boolean place(long[] into, long fp) {
        int mask = into.length - 1;
        for (int i = (int) fp & mask; ; i = (i + 1) & mask) {
            long v = into[i];
            if (v == 0) {
                into[i] = fp;
                return true;
            }
            if (v == fp) {
                return false;
            }
        }
    }

    private void grow() {
        long[] bigger = new long[table.length * 2];
        for (long v : table) {
            if (v != 0) {
                place(bigger, v);
            }
        }
        table = bigger;
    }

    /** FNV-1a over the kind and UTF-8 bytes, then a 64-bit finalizer; never 0 (the empty slot). */
    static long fingerprint(char kind, String key) {
        long h = 0xcbf29ce484222325L;
        h = (h ^ kind) * 0x100000001b3L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
