package dev.tributary.tanium.normalize;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * MAC and IP addresses as Tanium reports them (MAC case varies by OS, lists may hold error values).
 * MACs become {@code AA:BB:CC:DD:EE:FF}; invalid and all-zero ones are dropped. IPs are kept when they
 * look like an IPv4 or IPv6 address.
 */
public final class TaniumNetwork {

    private static final Pattern HEX12 = Pattern.compile("^[0-9A-F]{12}$");
    private static final Pattern IPV4 = Pattern.compile("^(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}$");
    private static final Pattern IPV6 = Pattern.compile("^[0-9A-Fa-f:.]+(%[\\w.\\-]+)?$");

    private TaniumNetwork() {
    }

    /** A MAC in canonical form, or null. Accepts {@code :}, {@code -} and {@code .} separators or none. */
    public static String mac(String raw) {
        String value = TaniumValues.clean(raw);
        if (value == null) {
            return null;
        }
        StringBuilder digits = new StringBuilder(12);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != ':' && c != '-' && c != '.' && !Character.isWhitespace(c)) {
                digits.append(Character.toUpperCase(c));
            }
        }
        String hex = digits.toString();
        if (!HEX12.matcher(hex).matches() || hex.equals("000000000000")) {
            return null;
        }
        StringBuilder sb = new StringBuilder(17);
        for (int k = 0; k < 12; k += 2) {
            if (k > 0) {
                sb.append(':');
            }
            sb.append(hex, k, k + 2);
        }
        return sb.toString();
    }

    public static List<String> macs(List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        Set<String> result = new LinkedHashSet<>();
        for (String value : raw) {
            String mac = mac(value);
            if (mac != null) {
                result.add(mac);
            }
        }
        return List.copyOf(result);
    }

    /** An IPv4 or IPv6 address as given (IPv6 lower-cased), or null. */
    public static String ip(String raw) {
        String value = TaniumValues.clean(raw);
        if (value == null) {
            return null;
        }
        if (IPV4.matcher(value).matches()) {
            return value;
        }
        if (value.indexOf(':') >= 0 && value.chars().filter(c -> c == ':').count() >= 2 && IPV6.matcher(value).matches()) {
            return value.toLowerCase(Locale.ROOT);
        }
        return null;
    }

    /** The primary address first, then the others; valid and distinct. */
    public static List<String> ips(String primary, List<String> others) {
        Set<String> result = new LinkedHashSet<>();
        String first = ip(primary);
        if (first != null) {
            result.add(first);
        }
        if (others != null) {
            for (String value : others) {
                String ip = ip(value);
                if (ip != null) {
                    result.add(ip);
                }
            }
        }
        return List.copyOf(new ArrayList<>(result));
    }

    /**
     * The LAN address to show: the Tanium Client's address when valid, else the first routable IPv4
     * (not loopback or link-local), else the first address.
     */
    public static String lanIp(String primary, List<String> others) {
        String first = ip(primary);
        if (first != null) {
            return first;
        }
        List<String> all = ips(null, others);
        for (String ip : all) {
            if (IPV4.matcher(ip).matches() && !ip.startsWith("127.") && !ip.startsWith("169.254.")) {
                return ip;
            }
        }
        return all.isEmpty() ? null : all.get(0);
    }
}
