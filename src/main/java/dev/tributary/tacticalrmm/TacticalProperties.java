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
        refresh = refresh == null ? new Refresh(null, null) : refresh;
    }

    /**
     * @param delay   how long a webhook's agent waits for more alerts before it is read (one read per burst)
     * @param spacing the least time between two reads of one agent; Tactical's agents check in every 30 to 60 s, so
     *                a read sooner mostly returns what the last one did, and an alert storm would otherwise become
     *                a stream of agent reads against the Tactical server
     */
    public record Refresh(Duration delay, Duration spacing) {

        public Refresh {
            delay = delay == null ? Duration.ofSeconds(2) : delay;
            spacing = spacing == null ? Duration.ofSeconds(30) : spacing;
            if (delay.isNegative() || spacing.isNegative()) {
                throw new IllegalArgumentException("tributary.tacticalrmm.refresh.delay and .spacing must not be negative");
            }
        }
    }
}
