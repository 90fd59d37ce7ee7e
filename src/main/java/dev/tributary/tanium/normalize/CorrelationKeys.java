package dev.tributary.tanium.normalize;

import java.util.Locale;
import java.util.Set;

/**
 * The keys that identify one machine across Tanium's two id spaces (Gateway endpoint ids and Asset
 * API asset ids): the Tanium Client computer id, the serial number and the computer name. Each is
 * normalized so both sides compare equal, and well-known junk values (firmware placeholders such as
 * "To Be Filled By O.E.M.", computer id "0") are no key at all.
 */
public record CorrelationKeys(String computerId, String serial, String name) {

    private static final Set<String> JUNK_SERIALS = Set.of("TO BE FILLED BY O.E.M.", "DEFAULT STRING", "SYSTEM SERIAL NUMBER",
            "CHASSIS SERIAL NUMBER", "NONE", "NULL", "UNKNOWN", "NOT SPECIFIED", "NOT APPLICABLE", "0", "00000000", "0000000000",
            "123456789", "0123456789", "1234567890", "SERIAL", "XXXXXXXX");

    public static CorrelationKeys of(String computerId, String serial, String name) {
        return new CorrelationKeys(computerIdKey(computerId), serialKey(serial), nameKey(name));
    }

    public static String computerIdKey(String raw) {
        return EndpointNormalizer.computerId(raw);
    }

    public static String serialKey(String raw) {
        String value = TaniumValues.clean(raw);
        if (value == null) {
            return null;
        }
        String upper = value.toUpperCase(Locale.ROOT);
        return JUNK_SERIALS.contains(upper) ? null : upper;
    }

    public static String nameKey(String raw) {
        String value = TaniumValues.clean(raw);
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    public boolean isEmpty() {
        return computerId == null && serial == null && name == null;
    }
}
