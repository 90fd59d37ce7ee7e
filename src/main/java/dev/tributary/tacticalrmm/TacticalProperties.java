package dev.tributary.tacticalrmm;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tributary.tacticalrmm.*}.
 *
 * @param refresh how webhook-triggered agent refreshes are paced
 */
@ConfigurationProperties(prefix = "tributary.tacticalrmm")
public record TacticalProperties(Refresh refresh) {

    public TacticalProperties {
        refresh = refresh == null ? new Refresh(null, null, null) : refresh;
    }

    /**
     * @param delay          how long a webhook's agent waits for more alerts before it is read (one read per burst)
     * @param spacing        the least time between two reads of one agent; Tactical's agents check in every 30 to
     *                       60 s, so a read sooner mostly returns what the last one did
     * @param readsPerSecond the most agent and site reads per second per integration, across every Tributary
     *                       instance. Refreshes are a courtesy next to the alert itself: an alert storm over a whole
     *                       fleet must neither load the MSP's Tactical server nor take the CPU that accepts alerts;
     *                       it stretches the time between two refreshes of an agent instead
     */
    public record Refresh(Duration delay, Duration spacing, Integer readsPerSecond) {

        public Refresh {
            delay = delay == null ? Duration.ofSeconds(2) : delay;
            spacing = spacing == null ? Duration.ofSeconds(30) : spacing;
            readsPerSecond = readsPerSecond == null ? 10 : readsPerSecond;
            if (delay.isNegative() || spacing.isNegative()) {
                throw new IllegalArgumentException("tributary.tacticalrmm.refresh.delay and .spacing must not be negative");
            }
            if (readsPerSecond < 1) {
                throw new IllegalArgumentException("tributary.tacticalrmm.refresh.reads-per-second must be at least 1");
            }
        }
    }
}
