package dev.tributary.tanium.normalize;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sizes as Tanium reports them ("32768 MB", "36 GB", "460G", "1.5 TB", "8000 MB") in GB, as a decimal
 * with two places. The units are the operating system's binary ones (a 32 GiB machine reports
 * "32768 MB"), so 1 GB = 1024 MB and 1 TB = 1024 GB. A value without a unit, or anything else that
 * does not parse, is unknown (null): a wrong size is worse than none.
 */
public final class TaniumSizes {

    private static final Pattern SIZE = Pattern.compile("^([0-9]+(?:\\.[0-9]+)?)\\s*([KMGTP])?(I)?(B)?$");
    private static final Pattern PERCENT = Pattern.compile("^([0-9]+(?:\\.[0-9]+)?)\\s*%$");
    private static final BigDecimal KIB = BigDecimal.valueOf(1024);
    private static final BigDecimal BYTES_PER_GB = BigDecimal.valueOf(1024L * 1024 * 1024);

    private TaniumSizes() {
    }

    public static BigDecimal gigabytes(String raw) {
        String value = TaniumValues.clean(raw);
        if (value == null) {
            return null;
        }
        Matcher m = SIZE.matcher(value.toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        String prefix = m.group(2);
        boolean bytes = m.group(4) != null;
        if (prefix == null && !bytes) {
            return null;
        }
        if (m.group(3) != null && (prefix == null || !bytes)) {
            return null;
        }
        BigDecimal number = new BigDecimal(m.group(1));
        BigDecimal gb = switch (prefix == null ? "" : prefix) {
            case "" -> number.divide(BYTES_PER_GB, 10, RoundingMode.HALF_UP);
            case "K" -> number.divide(KIB.multiply(KIB), 10, RoundingMode.HALF_UP);
            case "M" -> number.divide(KIB, 10, RoundingMode.HALF_UP);
            case "G" -> number;
            case "T" -> number.multiply(KIB);
            default -> number.multiply(KIB).multiply(KIB);
        };
        return gb.setScale(2, RoundingMode.HALF_UP);
    }

    /** A byte count (the Asset API's numeric sizes) in GB with two places; null stays null. */
    public static BigDecimal gigabytesFromBytes(Long bytes) {
        if (bytes == null || bytes < 0) {
            return null;
        }
        return BigDecimal.valueOf(bytes).divide(BYTES_PER_GB, 2, RoundingMode.HALF_UP);
    }

    /** "37%" or "37.5 %" as a whole percentage (0–100); anything else is null. */
    public static Integer percent(String raw) {
        String value = TaniumValues.clean(raw);
        if (value == null) {
            return null;
        }
        Matcher m = PERCENT.matcher(value);
        if (!m.matches()) {
            return null;
        }
        int rounded = new BigDecimal(m.group(1)).setScale(0, RoundingMode.HALF_UP).intValue();
        return rounded > 100 ? null : rounded;
    }
}
