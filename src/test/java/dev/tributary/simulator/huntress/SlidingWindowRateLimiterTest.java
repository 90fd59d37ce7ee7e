package dev.tributary.simulator.huntress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tributary.simulator.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The limiter on its own, against the worked example of Huntress's docs (contract §2). */
class SlidingWindowRateLimiterTest {

    private static final Instant T0 = Instant.parse("2026-10-03T09:00:00Z");
    private static final long ACCOUNT = 48213;

    private final MutableClock clock = new MutableClock(T0);
    private final SlidingWindowRateLimiter limiter = new SlidingWindowRateLimiter(clock, 60, Duration.ofSeconds(60));

    private SlidingWindowRateLimiter.Decision at(double seconds) {
        clock.set(T0.plusMillis((long) (seconds * 1000)));
        return limiter.tryAcquire(ACCOUNT);
    }

    @Test
    void docsWorkedExample() {
        assertThat(at(0).accepted()).as("request 1 at T0").isTrue();
        assertThat(at(5).accepted()).as("request 2 at T5").isTrue();
        for (int i = 3; i <= 60; i++) {
            assertThat(at(10).accepted()).as("request %d at T10", i).isTrue();
        }
        SlidingWindowRateLimiter.Decision at55 = at(55);
        assertThat(at55.accepted()).as("request 61 at T55").isFalse();
        assertThat(at55.retryAfterSeconds()).as("T0 leaves the window after T60").isEqualTo(6);

        assertThat(at(61).accepted()).as("request 61 at T61").isTrue();
        SlidingWindowRateLimiter.Decision at61 = at(61);
        assertThat(at61.accepted()).as("request 62 at T61").isFalse();
        assertThat(at61.retryAfterSeconds()).as("T5 leaves the window after T65").isEqualTo(5);
        assertThat(at(63).accepted()).isFalse();
        assertThat(at(65).accepted()).as("exactly 60 s after request 2 is still inside the window").isFalse();
        assertThat(at(65.001).accepted()).as("request 62 just after T65").isTrue();
        assertThat(at(65.002).accepted()).as("the T10 burst still fills the window").isFalse();
        assertThat(at(70.001).accepted()).isTrue();
    }

    @Test
    void rejectedRequestsUseNoBudget() {
        SlidingWindowRateLimiter small = new SlidingWindowRateLimiter(clock, 3, Duration.ofSeconds(3));
        clock.set(T0);
        for (int i = 0; i < 3; i++) {
            assertThat(small.tryAcquire(ACCOUNT).accepted()).isTrue();
        }
        clock.set(T0.plusSeconds(2));
        for (int i = 0; i < 20; i++) {
            assertThat(small.tryAcquire(ACCOUNT).accepted()).isFalse();
        }
        clock.set(T0.plusMillis(3001));
        for (int i = 0; i < 3; i++) {
            assertThat(small.tryAcquire(ACCOUNT).accepted()).as("budget after the T0 burst left").isTrue();
        }
        assertThat(small.tryAcquire(ACCOUNT).accepted()).isFalse();
    }

    @Test
    void accountsHaveSeparateLogsAndLimitCanBeDisabled() {
        SlidingWindowRateLimiter small = new SlidingWindowRateLimiter(clock, 1, Duration.ofSeconds(60));
        assertThat(small.tryAcquire(1).accepted()).isTrue();
        assertThat(small.tryAcquire(1).accepted()).isFalse();
        assertThat(small.tryAcquire(2).accepted()).isTrue();
        small.configure(0, Duration.ofSeconds(60));
        assertThat(small.tryAcquire(1).accepted()).isTrue();
    }
}
