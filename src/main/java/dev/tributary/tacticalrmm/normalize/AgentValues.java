package dev.tributary.tacticalrmm.normalize;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/** Small parsers for Tactical's agent values: users, boot time, RAM, OS, serials. Pure and null-safe. */
public final class AgentValues {

    private static final Set<String> PLACEHOLDER_SERIALS = Set.of("", "n/a", "na", "none", "0", "to be filled by o.e.m.",
            "default string", "system serial number", "not specified", "not applicable", "unknown", "0123456789");

    private AgentValues() {
    }

    /**
     * {@code logged_in_username}: Windows reports the literal {@code "None"} and Linux/mac an empty string when
     * nobody is logged on; both mean no user.
     */
    public static String loggedInUser(String raw) {
        if (raw == null) {
            return null;
        }
        String value = raw.trim();
        return value.isEmpty() || value.equals("None") ? null : value;
    }

    /** {@code boot_time} (unix epoch seconds, a float) as an instant; null, zero or negative is unknown. */
    public static Instant bootTime(Double epochSeconds) {
        if (epochSeconds == null || epochSeconds.isNaN() || epochSeconds <= 0 || epochSeconds.isInfinite()) {
            return null;
        }
        return Instant.ofEpochMilli(Math.round(epochSeconds * 1000d));
    }

    /**
     * Uptime as of the agent's last check-in ({@code last_seen − boot_time}), so it only changes when the
     * agent reports; null when either is unknown or the boot lies after the check-in.
     */
    public static Long uptimeSeconds(Instant bootTime, Instant lastSeen) {
        if (bootTime == null || lastSeen == null || bootTime.isAfter(lastSeen)) {
            return null;
        }
        return Duration.between(bootTime, lastSeen).getSeconds();
    }

    /** {@code total_ram}: whole GB (rounded up by the agent); zero or missing is unknown. */
    public static BigDecimal ramGb(Long totalRam) {
        return totalRam == null || totalRam <= 0 ? null : BigDecimal.valueOf(totalRam);
    }

    /** The operating-system family from {@code plat}, else from the OS string. */
    public static String osType(String plat, String operatingSystem) {
        String p = plat == null ? "" : plat.trim().toLowerCase(Locale.ROOT);
        switch (p) {
            case "windows":
                return "Windows";
            case "linux":
                return "Linux";
            case "darwin":
                return "macOS";
            default:
                break;
        }
        String os = operatingSystem == null ? "" : operatingSystem.toLowerCase(Locale.ROOT);
        if (os.contains("windows")) {
            return "Windows";
        }
        if (os.contains("mac") || os.contains("darwin")) {
            return "macOS";
        }
        if (os.isBlank()) {
            return null;
        }
        return "Linux";
    }

    /**
     * The version part of {@code operating_system}: Windows {@code "Microsoft Windows 11 Pro, 64 bit v23H2 (build
     * 22631.5472)"} loses its {@code "Microsoft "}; Unix {@code "Ubuntu 24.04 x86_64 6.8.0-60-generic"} is kept whole.
     */
    public static String osVersion(String operatingSystem) {
        if (operatingSystem == null || operatingSystem.isBlank()) {
            return null;
        }
        String os = operatingSystem.trim();
        return os.startsWith("Microsoft ") ? os.substring("Microsoft ".length()) : os;
    }

    /** A hardware serial, or null for the placeholders firmware and Tactical report when there is none. */
    public static String serial(String raw) {
        if (raw == null) {
            return null;
        }
        String value = raw.trim();
        return PLACEHOLDER_SERIALS.contains(value.toLowerCase(Locale.ROOT)) ? null : value;
    }

    /** Text that is not one of Tactical's error placeholders ({@code "error getting ..."}, {@code "unknown ..."}). */
    public static String meaningful(String raw) {
        if (raw == null) {
            return null;
        }
        String value = raw.trim();
        String lower = value.toLowerCase(Locale.ROOT);
        return value.isEmpty() || lower.startsWith("error") || lower.startsWith("unknown") ? null : value;
    }
}
