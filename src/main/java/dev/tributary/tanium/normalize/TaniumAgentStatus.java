package dev.tributary.tanium.normalize;

import dev.tributary.psa.AgentStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * The Gateway has no "online" field; {@code eidLastSeen} is the only freshness signal. An endpoint seen
 * within the online window is online, one seen earlier is offline, one never seen is unknown.
 */
public final class TaniumAgentStatus {

    private TaniumAgentStatus() {
    }

    public static AgentStatus of(Instant lastSeen, Instant now, Duration onlineWindow) {
        if (lastSeen == null) {
            return AgentStatus.UNKNOWN;
        }
        return lastSeen.isBefore(now.minus(onlineWindow)) ? AgentStatus.OFFLINE : AgentStatus.ONLINE;
    }
}
