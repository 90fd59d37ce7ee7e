package dev.tributary.simulator.tanium;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds Asset API rows (snake_case keys, sizes in bytes, times with milliseconds) from a Gateway
 * endpoint — the same machine seen by another product, in another id space.
 */
final class AssetRows {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Pattern SIZE = Pattern.compile("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([KMGT]?)B?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VERSION = Pattern.compile("(\\d+(?:\\.\\d+)+)");

    private AssetRows() {
    }

    static Map<String, Object> fromEndpoint(long assetId, TaniumEndpoint e) {
        Map<String, Object> row = new LinkedHashMap<>();
        boolean windows = "Windows".equals(e.os().platform());
        row.put("id", assetId);
        row.put("computer_id", blankToNull(e.computerID()));
        row.put("computer_name", e.name());
        row.put("domain_name", blankToNull(e.domainName()));
        row.put("system_uuid", blankToNull(e.systemUUID()));
        row.put("serial_number", blankToNull(e.serialNumber()));
        row.put("manufacturer", blankToNull(e.manufacturer()));
        row.put("model", blankToNull(e.model()));
        row.put("chassis_type", blankToNull(e.chassisType()));
        row.put("ip_address", blankToNull(e.ipAddress()));
        row.put("operating_system", blankToNull(e.os().name()));
        row.put("os_platform", e.os().platform());
        row.put("os_version", osVersion(e));
        row.put("service_pack", e.os().name().isEmpty() ? null : "");
        row.put("user_name", blankToNull(e.lastLoggedInUser()));
        row.put("ram", bytes(e.memory().total()));
        row.put("cpu_name", blankToNull(e.processor().cpu()));
        row.put("cpu_manufacturer", blankToNull(e.processor().manufacturer()));
        row.put("cpu_core", e.processor().logicalProcessors() == 0 ? null : e.processor().logicalProcessors());
        Long diskTotal = null;
        if (e.disks() != null) {
            long sum = 0;
            for (TaniumEndpoint.Disk disk : e.disks()) {
                Long size = bytes(disk.total());
                sum += size == null ? 0 : size;
            }
            diskTotal = sum;
        }
        row.put("disk_total_space", diskTotal);
        row.put("created_at", time(e.eidFirstSeen()));
        row.put("updated_at", time(e.eidLastSeen()));
        row.put("last_seen_at", time(e.eidLastSeen()));
        row.put("provider_type", "Tanium Client");
        row.put("provider_name", "Tanium");

        List<Map<String, Object>> adapters = new ArrayList<>();
        for (TaniumEndpoint.NetworkAdapter adapter : e.networking().adapters()) {
            if (adapter == null) {
                continue;
            }
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("name", adapter.name());
            a.put("mac_address", adapter.macAddress());
            a.put("ipv4_address", adapters.isEmpty() ? blankToNull(e.ipAddress()) : null);
            a.put("subnet_mask", adapters.isEmpty() ? "255.255.255.0" : null);
            a.put("gateway", adapters.isEmpty() ? gateway(e.ipAddress()) : null);
            adapters.add(a);
        }
        row.put("ci_network_adapter", adapters.isEmpty() ? null : adapters);

        List<Map<String, Object>> disks = null;
        if (e.disks() != null) {
            disks = new ArrayList<>();
            for (TaniumEndpoint.Disk disk : e.disks()) {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("name", disk.name());
                d.put("file_system", windows ? "NTFS" : "Mac".equals(e.os().platform()) ? "APFS" : "xfs");
                d.put("mount_point", windows ? disk.name() + "\\" : disk.name());
                d.put("size", bytes(disk.total()));
                d.put("free_space", bytes(disk.free()));
                d.put("media_type", windows ? "Fixed hard disk media" : null);
                disks.add(d);
            }
        }
        row.put("ci_logical_disk", disks);

        List<Map<String, Object>> apps = new ArrayList<>();
        int k = 0;
        for (TaniumEndpoint.InstalledApplication app : e.installedApplications()) {
            k++;
            if (app.name().startsWith("TSE-Error") || app.name().startsWith("Error")) {
                continue;
            }
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("id", assetId * 100 + k);
            a.put("name", app.name());
            a.put("vendor", null);
            a.put("version", app.version());
            a.put("normalized_name", app.name());
            a.put("normalized_vendor", null);
            apps.add(a);
        }
        row.put("ci_installed_application", apps.isEmpty() ? null : apps);
        return row;
    }

    private static Object osVersion(TaniumEndpoint e) {
        String generation = e.os().generation();
        switch (generation) {
            case "Windows 11":
                return "10.0.22631";
            case "Windows 10":
                return "10.0.19045";
            case "Windows Server 2022":
                return "10.0.20348";
            case "Windows Server 2019":
                return "10.0.17763";
            default:
                Matcher m = VERSION.matcher(e.os().name());
                return m.find() ? m.group(1) : null;
        }
    }

    private static String gateway(String ip) {
        int dot = ip == null ? -1 : ip.lastIndexOf('.');
        return dot < 0 ? null : ip.substring(0, dot) + ".1";
    }

    static String time(Instant instant) {
        return instant == null ? null : TIME.format(instant);
    }

    /** {@code "32768 MB"}, {@code "36 GB"}, {@code "460G"} → bytes (binary units); anything else → null. */
    static Long bytes(String size) {
        if (size == null) {
            return null;
        }
        Matcher m = SIZE.matcher(size);
        if (!m.matches()) {
            return null;
        }
        double number = Double.parseDouble(m.group(1));
        int power = switch (m.group(2).toUpperCase(Locale.ROOT)) {
            case "K" -> 1;
            case "M" -> 2;
            case "G" -> 3;
            case "T" -> 4;
            default -> 0;
        };
        return (long) (number * Math.pow(1024, power));
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
