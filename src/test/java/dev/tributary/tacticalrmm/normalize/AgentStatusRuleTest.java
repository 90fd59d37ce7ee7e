package dev.tributary.tacticalrmm.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tributary.psa.AgentStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgentStatusRuleTest {

    private static final Instant NOW = Instant.parse("2026-06-16T12:00:00Z");

    @ParameterizedTest(name = "seen {0}s ago, offline {1} min, overdue {2} min -> {3}")
    @CsvSource(nullValues = "null", value = {
        // defaults 4 / 30
        "0, 4, 30, ONLINE",
        "239, 4, 30, ONLINE",
        "240, 4, 30, ONLINE",       // exactly on the offline cut-off: online (strict <)
        "241, 4, 30, OFFLINE",
        "1799, 4, 30, OFFLINE",
        "1800, 4, 30, ONLINE",      // exactly on the overdue cut-off: falls through to online (server quirk)
        "1801, 4, 30, OVERDUE",
        "86400, 4, 30, OVERDUE",
        "-60, 4, 30, ONLINE",       // clock skew: seen in the future
        // missing thresholds take Tactical's defaults
        "241, null, null, OFFLINE",
        "1801, null, null, OVERDUE",
        // overdue shorter than offline: never offline
        "300, 10, 2, ONLINE",
        "601, 10, 2, OVERDUE",
        // alga's acceptance table: offline 5 / overdue 30
        "240, 5, 30, ONLINE",
        "600, 5, 30, OFFLINE",
        "2400, 5, 30, OVERDUE",
    })
    void tacticalsRule(long secondsAgo, Integer offline, Integer overdue, AgentStatus expected) {
        assertThat(AgentStatusRule.status(NOW.minus(Duration.ofSeconds(secondsAgo)), offline, overdue, NOW)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"4, 30", "null, null", "0, 0"})
    void neverSeenIsOffline(Integer offline, Integer overdue) {
        assertThat(AgentStatusRule.status(null, offline, overdue, NOW)).isEqualTo(AgentStatus.OFFLINE);
    }
}
