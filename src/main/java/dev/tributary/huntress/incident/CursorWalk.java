package dev.tributary.huntress.incident;

import dev.tributary.huntress.client.HuntressClient;
import dev.tributary.huntress.client.Incident;
import dev.tributary.huntress.client.Page;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The poll cycle's cursor logic, free of I/O so it is table-tested.
 *
 * <p><b>Walk.</b> Huntress has no "updated since" filter, so pages sorted {@code updated_at desc}
 * are read until an incident older than the boundary appears: {@code cursor − 60 s} (the overlap
 * absorbs clock skew; reprocessing is harmless), or {@code now − backfillDays} on the first run.
 * There is <em>no page cap</em>: a backlog of any size is read completely, so the cursor can never
 * move past incidents that were not read. Rows that moved between pages during the walk are
 * de-duplicated by id (the newest version wins). An incident whose {@code updated_at} does not
 * parse cannot be placed against the boundary: it is kept, processed last, and never moves the cursor.
 *
 * <p><b>Processing.</b> Incidents are handled oldest first. The cursor moves to the
 * {@code updated_at} of each success (never backwards) and is saved at checkpoints; at the first
 * failure processing stops, so that incident and everything newer are retried on the next cycle.
 */
public final class CursorWalk {

    public static final Duration OVERLAP = Duration.ofSeconds(60);
    static final int CHECKPOINT_EVERY = 100;

    /** One page of incident reports, newest first. */
    @FunctionalInterface
    public interface Pages {
        Page<Incident> fetch(String pageToken);
    }

    /** Processes one incident; throwing means it failed. */
    @FunctionalInterface
    public interface Handler {
        void handle(Incident incident) throws Exception;
    }

    /** Persists the cursor (never asked to move it backwards). */
    @FunctionalInterface
    public interface CursorSink {
        void save(Instant cursor);
    }

    /** Told after each incident: {@code done} of {@code total}. */
    @FunctionalInterface
    public interface Progress {
        void done(int done, int total);
    }

    /** What the walk collected, oldest first, and how many pages it read. */
    public record Collected(List<Incident> incidents, int pages) {
    }

    /** How processing ended: {@code failed} is null when every incident was processed. */
    public record Outcome(int processed, Instant cursor, Incident failed, Exception failure) {

        public boolean succeeded() {
            return failed == null;
        }
    }

    private CursorWalk() {
    }

    /** The oldest {@code updated_at} the walk must read back to. */
    public static Instant boundary(Instant cursor, Instant now, int backfillDays) {
        return cursor != null ? cursor.minus(OVERLAP) : now.minus(Duration.ofDays(backfillDays));
    }

    public static Collected walk(Pages pages, Instant boundary) {
        Map<String, Incident> byId = new LinkedHashMap<>();
        List<Incident> undated = new ArrayList<>();
        Set<String> tokens = new HashSet<>();
        String token = null;
        int read = 0;
        boolean reachedBoundary = false;
        do {
            Page<Incident> page = pages.fetch(token);
            read++;
            for (Incident incident : page.items()) {
                if (incident.updatedAt() == null) {
                    undated.removeIf(other -> other.id() != null && other.id().equals(incident.id()));
                    undated.add(incident);
                    continue;
                }
                if (incident.updatedAt().isBefore(boundary)) {
                    reachedBoundary = true;
                    break;
                }
                byId.merge(String.valueOf(incident.id()), incident,
                        (kept, other) -> other.updatedAt().isAfter(kept.updatedAt()) ? other : kept);
            }
            token = page.nextToken();
            if (token != null && !tokens.add(token)) {
                throw HuntressClient.repeatedToken("/v1/incident_reports");
            }
        } while (!reachedBoundary && token != null);
        List<Incident> ascending = new ArrayList<>(byId.values());
        ascending.sort(Comparator.comparing(Incident::updatedAt).thenComparing(CursorWalk::idOrder));
        for (Incident incident : undated) {
            if (!byId.containsKey(String.valueOf(incident.id()))) {
                ascending.add(incident);
            }
        }
        return new Collected(ascending, read);
    }

    /** Numeric ids in numeric order (shorter first), whatever their text form. */
    private static String idOrder(Incident incident) {
        String id = incident.id() == null ? "" : incident.id();
        return String.format("%20s", id);
    }

    public static Outcome process(List<Incident> ascending, Instant cursor, Handler handler, CursorSink sink, Progress progress) {
        Instant current = cursor;
        Instant saved = cursor;
        int done = 0;
        for (Incident incident : ascending) {
            try {
                handler.handle(incident);
            } catch (Exception failure) {
                if (current != null && !current.equals(saved)) {
                    sink.save(current);
                }
                return new Outcome(done, current, incident, failure);
            }
            done++;
            if (incident.updatedAt() != null && (current == null || incident.updatedAt().isAfter(current))) {
                current = incident.updatedAt();
            }
            progress.done(done, ascending.size());
            if (done % CHECKPOINT_EVERY == 0 && current != null && !current.equals(saved)) {
                sink.save(current);
                saved = current;
            }
        }
        if (current != null && !current.equals(saved)) {
            sink.save(current);
        }
        return new Outcome(done, current, null, null);
    }
}
