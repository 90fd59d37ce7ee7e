package dev.tributary.tacticalrmm.normalize;

import dev.tributary.psa.AgentStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * Tactical's server-side status rule ({@code Agent.status}), with its strict comparisons:
 * seen within {@code offline_time} minutes is online; older but newer than {@code overdue_time} is
 * offline; older than both is overdue; never seen is offline. A {@code last_seen} exactly on a
 * cut-off counts as online (the server's quirk), and with {@code overdue_time < offline_time} an agent
 * goes straight from online to overdue.
 */
public final class AgentStatusRule {

    /** Tactical's defaults, used when the row carries no value. */
    public static final int DEFAULT_OFFLINE_MINUTES = 4;
    public static final int DEFAULT_OVERDUE_MINUTES = 30;

    private AgentStatusRule() {
    }

    public static AgentStatus status(Instant lastSeen, Integer offlineMinutes, Integer overdueMinutes, Instant now) {
        if (lastSeen == null) {
            return AgentStatus.OFFLINE;
        }
        Instant offline = now.minus(Duration.ofMinutes(offlineMinutes == null ? DEFAULT_OFFLINE_MINUTES : offlineMinutes));
        Instant overdue = now.minus(Duration.ofMinutes(overdueMinutes == null ? DEFAULT_OVERDUE_MINUTES : overdueMinutes));
        if (lastSeen.isBefore(offline) && lastSeen.isAfter(overdue)) {
            return AgentStatus.OFFLINE;
        }
        if (lastSeen.isBefore(offline) && lastSeen.isBefore(overdue)) {
            return AgentStatus.OVERDUE;
        }
        return AgentStatus.ONLINE;
    }
}
