package dev.tributary.huntress.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tributary.huntress.HuntressProperties;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The client's token bucket never releases more requests in any sliding window than Huntress allows.
 * Simulated on Bucket4j's own time meter (virtual time, no sleeping): a consumer takes every token the
 * moment it exists, for twenty windows, and every closed window {@code [t − window, t]} is counted.
 */
class RateBudgetTest {

    /** Virtual nanoseconds for Bucket4j. */
    static final class VirtualTime implements TimeMeter {
        long nanos;

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }

    /** Consumes greedily (as many waiting threads would) and returns the send times in nanoseconds. */
    static List<Long> greedySends(RateBudget budget, int windows) {
        VirtualTime time = new VirtualTime();
        // The same bandwidth the kernel's RateLimiters builds for a gate(key, burst, refill, period).
        Bucket bucket = Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(budget.burst()).refillGreedy(budget.refill(), budget.window())
                        .initialTokens(budget.burst()).build())
                .withCustomTimePrecision(time)
                .build();
        long end = budget.window().toNanos() * windows;
        List<Long> sends = new ArrayList<>();
        while (time.nanos <= end) {
            ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
            if (probe.isConsumed()) {
                sends.add(time.nanos);
            } else {
                time.nanos += Math.max(1, probe.getNanosToWaitForRefill());
            }
        }
        return sends;
    }

    /** The most sends in any closed window {@code [t − window, t]}. */
    static int maxInAnyWindow(List<Long> sends, Duration window) {
        int max = 0;
        int start = 0;
        for (int i = 0; i < sends.size(); i++) {
            while (sends.get(start) < sends.get(i) - window.toNanos()) {
                start++;
            }
            max = Math.max(max, i - start + 1);
        }
        return max;
    }

    @ParameterizedTest(name = "limit {0} per {1}s, burst {2}, headroom {3}")
    @CsvSource({"60, 60, 5, 3", "60, 60, 5, 0", "60, 3, 5, 3", "60, 60, 1, 0", "60, 60, 30, 0", "10, 1, 9, 0"})
    void neverMoreThanTheLimitInAnySlidingWindow(int limit, int windowSeconds, int burst, int headroom) {
        RateBudget budget = RateBudget.of(limit, Duration.ofSeconds(windowSeconds), burst, headroom);
        List<Long> sends = greedySends(budget, 20);
        int max = maxInAnyWindow(sends, budget.window());
        assertThat(max).isLessThanOrEqualTo(limit - headroom).isLessThanOrEqualTo(limit);
        // ...while still using the budget: over twenty windows close to refill per window is sent.
        assertThat(sends.size()).isGreaterThanOrEqualTo(budget.burst() + budget.refill() * 20 - 1);
    }

    @Test
    void theProductionDefaultsLeaveHeadroomUnderHuntressSixtyPerMinute() {
        var rate = HuntressProperties.defaults().rateLimit();
        RateBudget budget = RateBudget.of(rate.limit(), rate.window(), rate.burst(), rate.headroom());
        assertThat(rate.limit()).isEqualTo(60);
        assertThat(rate.window()).isEqualTo(Duration.ofSeconds(60));
        assertThat(budget.maxPerWindow()).isEqualTo(57);
        assertThat(maxInAnyWindow(greedySends(budget, 30), budget.window())).isEqualTo(57);
    }

    @Test
    void aBucketWhoseBurstPlusRefillExceedsTheLimitWouldBreakIt() {
        // The check above can fail: burst 10 + refill 55 per minute lets 65 requests into one window.
        RateBudget tooGenerous = new RateBudget(10, 55, Duration.ofSeconds(60));
        assertThat(maxInAnyWindow(greedySends(tooGenerous, 5), tooGenerous.window())).isGreaterThan(60);
    }

    @Test
    void refusesBudgetsWithoutRoomForARefill() {
        assertThatThrownBy(() -> RateBudget.of(60, Duration.ofSeconds(60), 58, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("burst (58) + headroom (2)");
    }

    @Test
    void timeForRequestsAtTheBudget() {
        RateBudget perMinute = new RateBudget(1, 59, Duration.ofSeconds(60));
        assertThat(perMinute.timeFor(1)).isZero();
        assertThat(perMinute.timeFor(60)).isEqualTo(Duration.ofSeconds(60));
    }
}
