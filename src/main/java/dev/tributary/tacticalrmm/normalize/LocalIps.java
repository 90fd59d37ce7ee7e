package dev.tributary.tacticalrmm.normalize;

import java.util.ArrayList;
import java.util.List;

/**
 * Tactical's {@code local_ips}: one comma(+space)-joined string, IPv4 only on Windows, every non-loopback
 * address with its CIDR suffix (IPv6 included) on Linux, or {@code "error getting local ips"}. The LAN IP is
 * the first usable IPv4 address: not loopback, link-local, unspecified or multicast, suffix removed.
 */
public final class LocalIps {

    private LocalIps() {
    }

    /** The first usable IPv4 address of a {@code local_ips} string, or null. */
    public static String firstUsableIpv4(String localIps) {
        if (localIps == null || localIps.isBlank()) {
            return null;
        }
        return firstUsableIpv4(List.of(localIps.split(",")));
    }

    /** The first usable IPv4 address among candidates (each possibly with a CIDR suffix), or null. */
    public static String firstUsableIpv4(Iterable<String> candidates) {
        for (String candidate : candidates) {
            String address = usableIpv4(candidate);
            if (address != null) {
                return address;
            }
        }
        return null;
    }

    /** The address without its suffix when it is a usable IPv4 address, else null. */
    static String usableIpv4(String raw) {
        if (raw == null) {
            return null;
        }
        String value = raw.trim();
        int slash = value.indexOf('/');
        if (slash >= 0) {
            value = value.substring(0, slash).trim();
        }
        String[] parts = value.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        int[] octets = new int[4];
        for (int i = 0; i < 4; i++) {
            if (parts[i].isEmpty() || parts[i].length() > 3 || !parts[i].chars().allMatch(Character::isDigit)) {
                return null;
            }
            octets[i] = Integer.parseInt(parts[i]);
            if (octets[i] > 255) {
                return null;
            }
        }
        boolean unusable = octets[0] == 0 || octets[0] == 127 || octets[0] >= 224
                || (octets[0] == 169 && octets[1] == 254);
        return unusable ? null : octets[0] + "." + octets[1] + "." + octets[2] + "." + octets[3];
    }

    /** Splits a {@code local_ips} string into its entries (trimmed, empty ones dropped). */
    public static List<String> entries(String localIps) {
        List<String> result = new ArrayList<>();
        if (localIps != null) {
            for (String part : localIps.split(",")) {
                if (!part.isBlank()) {
                    result.add(part.trim());
                }
            }
        }
        return result;
    }
}
