package dev.tributary.simulator.tactical;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** {@code Agent.status} with its strict comparisons, and how the served status follows the clock. */
class TacticalStatusRuleTest extends TacticalTestSupport {

    private static final Instant NOW = Instant.parse("2026-06-16T12:00:00Z");

    @ParameterizedTest(name = "last seen {0}s ago, offline {1} min, overdue {2} min -> {3}")
    @CsvSource({
        "0, 4, 30, online",
        "239, 4, 30, online",
        "240, 4, 30, online",          // exactly on the offline cut-off: online
        "241, 4, 30, offline",
        "1799, 4, 30, offline",
        "1800, 4, 30, online",         // exactly on the overdue cut-off: falls through to online (quirk)
        "1801, 4, 30, overdue",
        "86400, 4, 30, overdue",
        "-60, 4, 30, online",          // seen in the future
        "300, 10, 5, online",          // overdue_time < offline_time: online until offline_time...
        "601, 10, 5, overdue",         // ...then overdue, never offline
        "420, 10, 5, online",
        "3599, 60, 60, online",
        "3601, 60, 60, overdue",
    })
    void ruleTable(long secondsAgo, int offlineMinutes, int overdueMinutes, String expected) {
        assertThat(AgentStatus.of(NOW.minusSeconds(secondsAgo), offlineMinutes, overdueMinutes, NOW))
                .isEqualTo(expected);
    }

    @Test
    void neverSeenIsOffline() {
        assertThat(AgentStatus.of(null, 4, 30, NOW)).isEqualTo("offline");
    }

    @Test
    void microsecondBoundaries() {
        Instant offline = NOW.minus(Duration.ofMinutes(4));
        assertThat(AgentStatus.of(offline.minusNanos(1000), 4, 30, NOW)).isEqualTo("offline");
        assertThat(AgentStatus.of(offline.plusNanos(1000), 4, 30, NOW)).isEqualTo("online");
        // the clock's sub-microsecond part is dropped, as Django's now() has microseconds only
        assertThat(AgentStatus.of(offline, 4, 30, NOW.plusNanos(999))).isEqualTo("online");
    }

    @Test
    void servedStatusFollowsTheClockAndTheMutators() {
        assertThat(get("/beta/v1/agent/11/").json().get("status").stringValue()).isEqualTo("online");
        clock.advance(Duration.ofMinutes(4).minusSeconds(31));
        assertThat(get("/beta/v1/agent/11/").json().get("status").stringValue()).isEqualTo("online");
        // last_seen 11:59:31.482913: at 12:03:31 the cut-off is 11:59:31.000000, still before it
        clock.advance(Duration.ofSeconds(2));
        assertThat(get("/beta/v1/agent/11/").json().get("status").stringValue()).isEqualTo("online");
        clock.advance(Duration.ofSeconds(1));
        assertThat(get("/beta/v1/agent/11/").json().get("status").stringValue()).isEqualTo("offline");

        sim.makeOverdue(11);
        assertThat(get("/beta/v1/agent/11/").json().get("status").stringValue()).isEqualTo("overdue");
        sim.makeOffline(11);
        assertThat(get("/beta/v1/agent/11/").json().get("status").stringValue()).isEqualTo("offline");
        sim.makeOnline(11);
        assertThat(get("/beta/v1/agent/11/").json().get("status").stringValue()).isEqualTo("online");
        sim.setLastSeen(11, null);
        assertThat(get("/beta/v1/agent/11/").json().get("status").stringValue()).isEqualTo("offline");
        assertThat(get("/beta/v1/agent/11/").json().get("last_seen").isNull()).isTrue();
    }

    @Test
    void agentTableLoggedUsernameDependsOnStatus() {
        // ACME-DC01: "None" and online -> last user in italics; once offline -> "-"
        assertThat(get("/agents/").json().get(0).get("logged_username").stringValue()).isEqualTo("administrator");
        sim.makeOffline(11);
        var row = get("/agents/").json().get(0);
        assertThat(row.get("logged_username").stringValue()).isEqualTo("-");
        assertThat(row.get("italic").booleanValue()).isFalse();
        assertThat(row.get("status").stringValue()).isEqualTo("offline");
    }
}
