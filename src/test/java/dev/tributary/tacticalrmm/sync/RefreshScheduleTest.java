package dev.tributary.tacticalrmm.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RefreshScheduleTest {

    static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    final RefreshSchedule schedule = new RefreshSchedule(Duration.ofSeconds(2), Duration.ofSeconds(30));

    static Instant at(double seconds) {
        return T0.plusMillis(Math.round(seconds * 1000));
    }

    @Test
    void aRequestFallsDueAfterTheDelayAndABurstIsOneRead() {
        assertThat(schedule.offer("a", at(0))).contains(at(2));
        assertThat(schedule.offer("a", at(0.5))).as("already queued").isEmpty();
        assertThat(schedule.nextDue()).contains(at(2));
        assertThat(schedule.take(at(2), 10)).containsExactly("a");
        assertThat(schedule.queued()).isZero();
        assertThat(schedule.nextDue()).isEmpty();
    }

    /** When an agent read at 0 s and asked for again at {@code requested} is read next. */
    @ParameterizedTest(name = "read at 0 s, asked again at {0} s: due at {1} s, readable from {2} s")
    @CsvSource({
            "0.1, 30, 30",     // inside the spacing: a trailing read when it ends
            "10, 30, 30",
            "27.9, 30, 30",
            "28, 30, 30",      // the delay and the spacing end together
            "28.1, 30.1, 30",  // the delay ends after the spacing: the delay sets the due time
            "30, 32, 30",
            "45, 47, 45"})
    void aRequestInsideTheSpacingBecomesATrailingRead(double requested, double dueSeconds, double readable) {
        schedule.offer("a", at(-2));
        assertThat(schedule.take(at(0), 10)).containsExactly("a");

        assertThat(schedule.offer("a", at(requested))).contains(at(dueSeconds));
        assertThat(schedule.nextDue()).contains(at(dueSeconds));
        if (readable > requested) {
            assertThat(schedule.take(at(readable).minusMillis(1), 10)).as("not inside the spacing").isEmpty();
        }
        assertThat(schedule.take(at(Math.max(requested, readable)), 10)).containsExactly("a");
    }

    @Test
    void aStormOnOneAgentIsOneReadPerSpacingWithTheLastRequestNeverLost() {
        int reads = 0;
        // One alert for the agent every 100 ms for 95 s, reading whenever something falls due.
        for (int tenth = 0; tenth <= 950; tenth++) {
            Instant now = at(tenth / 10.0);
            schedule.offer("a", now);
            if (!schedule.nextDue().orElseThrow().isAfter(now)) {
                reads += schedule.take(now, 10).size();
            }
        }
        assertThat(reads).as("at 2, 32, 62 and 92 s").isEqualTo(4);
        assertThat(schedule.queued()).as("the request after the last read is still queued").isOne();
        assertThat(schedule.nextDue()).contains(at(122));
        assertThat(schedule.take(at(122), 10)).containsExactly("a");
    }

    @Test
    void theReadADueTimeTriggersTakesTheWholeBurstInRequestOrderUpToTheBatch() {
        schedule.offer("a", at(0));
        schedule.offer("b", at(1));
        schedule.offer("c", at(1.5));
        assertThat(schedule.nextDue()).contains(at(2));
        assertThat(schedule.take(at(2), 2)).as("b and c are not due yet but join a's batch").containsExactly("a", "b");
        assertThat(schedule.nextDue()).as("the rest of the batch").contains(at(3.5));
        assertThat(schedule.take(at(2), 2)).containsExactly("c");
        assertThat(schedule.nextDue()).isEmpty();
    }

    @Test
    void aTrailingReadDoesNotHoldBackAgentsThatAreDueSooner() {
        schedule.offer("a", at(0));
        schedule.take(at(2), 10);
        schedule.offer("a", at(3));  // due at 32 s
        schedule.offer("b", at(4));  // due at 6 s
        assertThat(schedule.nextDue()).contains(at(6));
        assertThat(schedule.take(at(6), 10)).as("a waits out its spacing").containsExactly("b");
        assertThat(schedule.nextDue()).contains(at(32));
    }

    @Test
    void readTimesAreForgottenOnceTheirSpacingHasPassed() {
        schedule.offer("a", at(0));
        assertThat(schedule.forgettable(at(0))).as("an agent is queued").isFalse();
        schedule.take(at(2), 10);
        assertThat(schedule.forgettable(at(31.9))).as("a read inside its spacing").isFalse();
        assertThat(schedule.forgettable(at(32))).isTrue();
        schedule.take(at(32), 10);
        assertThat(schedule.offer("a", at(40))).isPresent();
        assertThat(schedule.nextDue()).as("no spacing left to wait for").contains(at(42));
    }

    @Test
    void clearingDropsTheQueueButKeepsTheSpacing() {
        schedule.offer("a", at(0));
        schedule.take(at(2), 10);
        schedule.offer("a", at(3));
        schedule.offer("b", at(3));
        assertThat(schedule.clear()).isEqualTo(2);
        assertThat(schedule.queued()).isZero();
        schedule.offer("a", at(4));
        assertThat(schedule.nextDue()).contains(at(32));
    }
}
