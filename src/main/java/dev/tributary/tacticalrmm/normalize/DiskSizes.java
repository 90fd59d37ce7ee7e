package dev.tributary.tacticalrmm.normalize;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tactical's human-readable sizes ({@code "446.3 GB"}, {@code "822.9 MB"}, {@code "1.8 TB"}, {@code "0 B"}):
 * 1024-based, labelled B/kB/MB/GB/TB/PB. Stored, like every provider's disks, as GB in the operating system's
 * binary units with two decimals ({@code "1.8 TB"} → 1843.20).
 */
public final class DiskSizes {

    private static final Pattern SIZE = Pattern.compile("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([kKMGTP]?i?B)\\s*$");

    private DiskSizes() {
    }

    public static BigDecimal gigabytes(String raw) {
        if (raw == null) {
            return null;
        }
        Matcher m = SIZE.matcher(raw);
        if (!m.matches()) {
            return null;
        }
        BigDecimal value = new BigDecimal(m.group(1));
        String unit = m.group(2).toUpperCase(Locale.ROOT).replace("I", "");
        int power = switch (unit) {
            case "B" -> -3;
            case "KB" -> -2;
            case "MB" -> -1;
            case "GB" -> 0;
            case "TB" -> 1;
            case "PB" -> 2;
            default -> Integer.MIN_VALUE;
        };
        if (power == Integer.MIN_VALUE) {
            return null;
        }
        BigDecimal factor = BigDecimal.valueOf(1024).pow(Math.abs(power));
        BigDecimal gb = power >= 0 ? value.multiply(factor) : value.divide(factor, 10, RoundingMode.HALF_UP);
        return gb.setScale(2, RoundingMode.HALF_UP);
    }
}
