package dev.tributary.simulator.tanium;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The registered sensors the fake Tanium Data Service knows, for {@code sensorReadings},
 * {@code sensorReading} and sensor filters. Any other name is "not available from the data source":
 * the whole query fails with an error that says the sensor must refer to an existing sensor.
 */
final class Sensors {

    private static final DateTimeFormatter REBOOT = DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final Map<String, String> DISPLAY = new LinkedHashMap<>();
    private static final Map<String, Function<TaniumEndpoint, List<String>>> KNOWN = new LinkedHashMap<>();

    static {
        add("Computer Name", e -> List.of(e.name()));
        add("Domain Name", e -> List.of(e.domainName()));
        add("Operating System", e -> List.of(e.os().name()));
        add("IP Address", e -> e.ipAddresses() == null ? List.of(e.ipAddress()) : e.ipAddresses());
        add("MAC Address", e -> e.macAddresses() == null ? List.of() : e.macAddresses());
        add("Last Logged In User", e -> List.of(e.lastLoggedInUser()));
        add("Chassis Type", e -> List.of(e.chassisType()));
        add("Manufacturer", e -> List.of(e.manufacturer()));
        add("Model", e -> List.of(e.model()));
        add("Serial Number", e -> List.of(e.serialNumber()));
        add("Is Virtual", e -> List.of(e.isVirtual() == null ? "[no results]" : e.isVirtual() ? "True" : "False"));
        add("Is Windows", e -> List.of("Windows".equals(e.os().platform()) ? "True" : "False"));
        add("Is Mac", e -> List.of("Mac".equals(e.os().platform()) ? "True" : "False"));
        add("Is Linux", e -> List.of("Linux".equals(e.os().platform()) ? "True" : "False"));
        add("Tanium Client Version", e -> List.of("7.6.2.1218"));
        add("Uptime", e -> List.of(uptimeDays(e) + " days"));
        add("Last Reboot", e -> List.of(e.eidLastSeen() == null ? "[no results]"
                : REBOOT.format(e.eidLastSeen().minus(Duration.ofDays(uptimeDays(e))))));
    }

    private Sensors() {
    }

    private static void add(String name, Function<TaniumEndpoint, List<String>> values) {
        DISPLAY.put(name.toLowerCase(Locale.ROOT), name);
        KNOWN.put(name.toLowerCase(Locale.ROOT), values);
    }

    private static int uptimeDays(TaniumEndpoint e) {
        return Math.floorMod(e.id().hashCode(), 40);
    }

    static boolean exists(String name) {
        return name != null && KNOWN.containsKey(name.toLowerCase(Locale.ROOT));
    }

    static List<String> names() {
        return Collections.unmodifiableList(List.copyOf(DISPLAY.values()));
    }

    static String displayName(String name) {
        return DISPLAY.getOrDefault(name.toLowerCase(Locale.ROOT), name);
    }

    static List<String> values(String name, TaniumEndpoint endpoint) {
        Function<TaniumEndpoint, List<String>> f = KNOWN.get(name == null ? "" : name.toLowerCase(Locale.ROOT));
        if (f == null) {
            throw unknown(name);
        }
        return f.apply(endpoint);
    }

    static GatewayError unknown(String name) {
        return new GatewayError("sensor \"" + name + "\" must refer to an existing sensor; it is not registered with "
                + "the Tanium Data Service");
    }
}
