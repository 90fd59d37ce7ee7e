package dev.tributary.simulator.tactical;

import java.time.Duration;
import java.time.Instant;

/**
 * {@code Agent.status} exactly as Tactical computes it, strict comparisons included:
 *
 * <pre>
 * offline = now - offline_time minutes; overdue = now - overdue_time minutes
 * last_seen null                              -> offline
 * last_seen &lt; offline and last_seen &gt; overdue -> offline
 * last_seen &lt; offline and last_seen &lt; overdue -> overdue
 * otherwise                                   -> online
 * </pre>
 *
 * So a {@code last_seen} exactly on either cut-off is {@code online}, and with
 * {@code overdue_time < offline_time} an agent is never {@code offline}.
 */
public final class AgentStatus {

    public static final String ONLINE = "online";
    public static final String OFFLINE = "offline";
    public static final String OVERDUE = "overdue";

    private AgentStatus() {
    }

    public static String of(Instant lastSeen, int offlineMinutes, int overdueMinutes, Instant now) {
        if (lastSeen == null) {
            return OFFLINE;
        }
        Instant current = Py.micros(now);
        Instant offline = current.minus(Duration.ofMinutes(offlineMinutes));
        Instant overdue = current.minus(Duration.ofMinutes(overdueMinutes));
        if (lastSeen.isBefore(offline) && lastSeen.isAfter(overdue)) {
            return OFFLINE;
        }
        if (lastSeen.isBefore(offline) && lastSeen.isBefore(overdue)) {
            return OVERDUE;
        }
        return ONLINE;
    }
}
