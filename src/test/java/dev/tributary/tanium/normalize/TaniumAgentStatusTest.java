package dev.tributary.tanium.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tributary.psa.AgentStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TaniumAgentStatusTest {

    private static final Instant NOW = Instant.parse("2026-08-21T14:00:00Z");

    @Test
    void onlineWithinTheWindowElseOffline() {
        Duration window = Duration.ofMinutes(15);
        assertThat(TaniumAgentStatus.of(NOW.minusSeconds(60), NOW, window)).isEqualTo(AgentStatus.ONLINE);
        assertThat(TaniumAgentStatus.of(NOW.minus(window), NOW, window)).isEqualTo(AgentStatus.ONLINE);
        assertThat(TaniumAgentStatus.of(NOW.minus(window).minusSeconds(1), NOW, window)).isEqualTo(AgentStatus.OFFLINE);
        assertThat(TaniumAgentStatus.of(NOW.minus(Duration.ofDays(12)), NOW, window)).isEqualTo(AgentStatus.OFFLINE);
        assertThat(TaniumAgentStatus.of(NOW.plusSeconds(30), NOW, window)).as("clock skew").isEqualTo(AgentStatus.ONLINE);
        assertThat(TaniumAgentStatus.of(null, NOW, window)).isEqualTo(AgentStatus.UNKNOWN);
    }

    @Test
    void theWindowIsConfigurable() {
        Instant lastSeen = NOW.minus(Duration.ofMinutes(30));
        assertThat(TaniumAgentStatus.of(lastSeen, NOW, Duration.ofMinutes(15))).isEqualTo(AgentStatus.OFFLINE);
        assertThat(TaniumAgentStatus.of(lastSeen, NOW, Duration.ofMinutes(60))).isEqualTo(AgentStatus.ONLINE);
    }
}
