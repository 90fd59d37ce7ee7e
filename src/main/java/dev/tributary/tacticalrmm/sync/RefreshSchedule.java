package dev.tributary.tacticalrmm.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * When each agent of one integration is read. A request falls due {@code delay} after it arrives, so the alerts of a
 * burst join one read, and the read that its due time triggers takes every queued agent that may be read, so the
 * agents of a burst share one batch. No agent is read sooner than {@code spacing} after its last read, so an alert storm
 * costs the Tactical server at most one read per agent per {@code spacing}. A request inside the spacing is kept, not
 * dropped: it becomes a trailing read when the spacing ends, so the asset always ends on the agent's latest state.
 *
 * <p>Pure and not thread-safe: the caller holds its lock and passes the time.
 */
final class RefreshSchedule {

    private final Duration delay;
    private final Duration spacing;
    /** Queued agents, in request order. */
    private final Map<String, Queued> due = new LinkedHashMap<>();
    /** When each agent was last taken for a read; entries whose spacing has passed are pruned. */
    private final Map<String, Instant> lastRead = new HashMap<>();

    RefreshSchedule(Duration delay, Duration spacing) {
        this.delay = delay;
        this.spacing = spacing;
    }

    /** Queues the agent unless it is queued already; returns when it falls due, or empty when it was queued already. */
    Optional<Instant> offer(String agentId, Instant now) {
        if (due.containsKey(agentId)) {
            return Optional.empty();
        }
        Instant last = lastRead.get(agentId);
        Instant notBefore = last == null ? now : last.plus(spacing);
        Instant at = now.plus(delay);
        Queued queued = new Queued(notBefore.isAfter(at) ? notBefore : at, notBefore);
        due.put(agentId, queued);
        return Optional.of(queued.due());
    }

    /** A queued agent: when it triggers a read, and the earliest it may be read (its spacing's end). */
    private record Queued(Instant due, Instant notBefore) {
    }

    /**
     * Takes up to {@code max} queued agents that may be read at {@code now} (due or not: a batch takes the whole
     * burst), in request order, and records them as read now.
     */
    List<String> take(Instant now, int max) {
        lastRead.values().removeIf(last -> !last.plus(spacing).isAfter(now));
        List<String> batch = new ArrayList<>();
        Iterator<Map.Entry<String, Queued>> entries = due.entrySet().iterator();
        while (entries.hasNext() && batch.size() < max) {
            Map.Entry<String, Queued> entry = entries.next();
            if (!entry.getValue().notBefore().isAfter(now)) {
                batch.add(entry.getKey());
                lastRead.put(entry.getKey(), now);
                entries.remove();
            }
        }
        return batch;
    }

    /** The earliest due time of a queued agent; empty when nothing is queued. */
    Optional<Instant> nextDue() {
        return due.values().stream().map(Queued::due).min(Instant::compareTo);
    }

    /** Agents queued. */
    int queued() {
        return due.size();
    }

    /** Drops every queued agent (a full executor), keeping the read times; returns how many were dropped. */
    int clear() {
        int dropped = due.size();
        due.clear();
        return dropped;
    }

    /** Whether the schedule holds nothing worth keeping: no queued agent and no read still inside its spacing. */
    boolean forgettable(Instant now) {
        return due.isEmpty() && lastRead.values().stream().noneMatch(last -> last.plus(spacing).isAfter(now));
    }
}
