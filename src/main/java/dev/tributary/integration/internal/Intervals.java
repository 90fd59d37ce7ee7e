package dev.tributary.integration.internal;

import java.time.Duration;

/** Interval settings read defensively: missing or garbage gives the default, others are clamped. */
public final class Intervals {

    private Intervals() {
    }

    public static int clamp(Object value, int min, int max, int defaultValue) {
        Integer parsed = null;
        if (value instanceof Number number) {
            parsed = (int) Math.round(number.doubleValue());
        } else if (value instanceof String text) {
            try {
                parsed = (int) Math.round(Double.parseDouble(text.trim()));
            } catch (NumberFormatException ignored) {
                parsed = null;
            }
        }
        if (parsed == null) {
            return defaultValue;
        }
        return Math.max(min, Math.min(max, parsed));
    }

    public static Duration minutes(Object value, int min, int max, int defaultValue) {
        return Duration.ofMinutes(clamp(value, min, max, defaultValue));
    }
}
