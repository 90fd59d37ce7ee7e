package dev.tributary.tanium.normalize;

import dev.tributary.psa.AssetType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides an endpoint's asset type from what the endpoint says about itself: OS platform and name,
 * Windows product type, chassis type, manufacturer and model. Host names are never consulted, and
 * every text test matches whole words, so a "STUDIOS-PC" stays a PC and "Cisco IOS XE" is a switch,
 * not an iPhone.
 *
 * <ol>
 *   <li>Windows: server when the product type or OS name has the word "Server", else workstation.</li>
 *   <li>Mac: workstation (server only for an OS named "Server").</li>
 *   <li>AIX, Solaris: server.</li>
 *   <li>Network device: a network chassis (network device, switch, router, firewall, access point), a
 *       network OS (IOS XE/XR, NX-OS, FortiOS, PAN-OS, Junos, RouterOS, ArubaOS…), or — only when the
 *       platform is Unknown — a network vendor as manufacturer.</li>
 *   <li>Mobile device: a mobile chassis (mobile device, phone, tablet, handheld), a mobile OS (iOS,
 *       iPadOS, Android, watchOS) or an iPhone/iPad model.</li>
 *   <li>Linux: workstation for a desktop/laptop chassis or an OS named Desktop/Workstation, else server
 *       (virtual, cloud, rack and unknown chassis).</li>
 *   <li>Unknown platform: server or workstation by chassis, else unknown.</li>
 * </ol>
 */
public final class TaniumAssetTypes {

    /** What the classification looks at. */
    public record Facts(String platform, String osName, String windowsType, String chassisType, String manufacturer,
                        String model, Boolean isVirtual) {
    }

    private static final List<List<String>> NETWORK_CHASSIS = phrases("network device", "network", "switch", "router",
            "firewall", "access point", "wireless access point", "load balancer", "gateway appliance");
    private static final List<List<String>> NETWORK_OS = phrases("ios xe", "ios xr", "cisco ios", "nx os", "nxos", "fortios",
            "pan os", "panos", "junos", "routeros", "arubaos", "aos cx", "aos s", "sonicos", "edgeos", "unifi os", "vyos",
            "procurve", "comware", "meraki", "asa");
    private static final List<List<String>> NETWORK_VENDORS = phrases("cisco", "cisco systems", "fortinet", "juniper",
            "juniper networks", "palo alto networks", "aruba", "arista", "arista networks", "ubiquiti", "mikrotik", "sonicwall",
            "meraki", "extreme networks", "netgear", "f5", "f5 networks", "checkpoint", "check point");
    private static final List<List<String>> MOBILE_CHASSIS = phrases("mobile device", "mobile", "phone", "smartphone",
            "tablet", "handheld");
    private static final List<List<String>> MOBILE_OS = phrases("ios", "ipados", "iphone os", "android", "watchos");
    private static final List<List<String>> SERVER_CHASSIS = phrases("server", "rack mount chassis", "rack mount",
            "blade", "multi system chassis", "virtual", "main system chassis");
    private static final List<List<String>> WORKSTATION_CHASSIS = phrases("desktop", "laptop", "notebook", "tower",
            "mini tower", "low profile desktop", "mini pc", "all in one", "portable", "convertible", "detachable",
            "space saving", "lunch box", "pizza box", "sub notebook", "workstation", "docking station");
    private static final List<List<String>> SERVER_WORD = phrases("server");
    private static final List<List<String>> WORKSTATION_OS = phrases("desktop", "workstation");
    private static final Set<String> MOBILE_MODEL_PREFIXES = Set.of("iphone", "ipad", "ipod");

    private TaniumAssetTypes() {
    }

    public static AssetType classify(Facts f) {
        String platform = lower(TaniumValues.clean(f.platform()));
        List<String> os = words(f.osName());
        List<String> windowsType = words(f.windowsType());
        List<String> chassis = words(f.chassisType());
        if ("windows".equals(platform)) {
            return containsAny(windowsType, SERVER_WORD) || containsAny(os, SERVER_WORD) ? AssetType.SERVER : AssetType.WORKSTATION;
        }
        if ("mac".equals(platform)) {
            return containsAny(os, SERVER_WORD) ? AssetType.SERVER : AssetType.WORKSTATION;
        }
        if ("aix".equals(platform) || "solaris".equals(platform)) {
            return AssetType.SERVER;
        }
        boolean unknownPlatform = platform == null || "unknown".equals(platform);
        if (containsAny(chassis, NETWORK_CHASSIS) || containsAny(os, NETWORK_OS)
                || unknownPlatform && containsAny(words(f.manufacturer()), NETWORK_VENDORS)) {
            return AssetType.NETWORK_DEVICE;
        }
        if (containsAny(chassis, MOBILE_CHASSIS) || containsAny(os, MOBILE_OS) || mobileModel(f.model())) {
            return AssetType.MOBILE_DEVICE;
        }
        if ("linux".equals(platform)) {
            if (containsAny(chassis, WORKSTATION_CHASSIS) || containsAny(os, WORKSTATION_OS)) {
                return AssetType.WORKSTATION;
            }
            return AssetType.SERVER;
        }
        if (containsAny(chassis, SERVER_CHASSIS) || containsAny(os, SERVER_WORD) || Boolean.TRUE.equals(f.isVirtual())) {
            return AssetType.SERVER;
        }
        if (containsAny(chassis, WORKSTATION_CHASSIS)) {
            return AssetType.WORKSTATION;
        }
        return AssetType.UNKNOWN;
    }

    private static boolean mobileModel(String model) {
        String m = lower(TaniumValues.clean(model));
        if (m == null) {
            return false;
        }
        for (String prefix : MOBILE_MODEL_PREFIXES) {
            if (m.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Lower-case words: letters and digits, split at anything else ("NX-OS" → [nx, os]). */
    static List<String> words(String text) {
        String value = TaniumValues.clean(text);
        if (value == null) {
            return List.of();
        }
        List<String> words = new ArrayList<>(4);
        int start = -1;
        for (int i = 0; i <= value.length(); i++) {
            boolean letterOrDigit = i < value.length() && Character.isLetterOrDigit(value.charAt(i));
            if (letterOrDigit && start < 0) {
                start = i;
            } else if (!letterOrDigit && start >= 0) {
                words.add(value.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return words;
    }

    private static boolean containsAny(List<String> words, List<List<String>> phrases) {
        for (List<String> phrase : phrases) {
            if (containsPhrase(words, phrase)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsPhrase(List<String> words, List<String> phrase) {
        outer:
        for (int start = 0; start + phrase.size() <= words.size(); start++) {
            for (int k = 0; k < phrase.size(); k++) {
                if (!words.get(start + k).equals(phrase.get(k))) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static List<List<String>> phrases(String... phrases) {
        List<List<String>> result = new ArrayList<>();
        for (String phrase : phrases) {
            result.add(List.of(phrase.split(" ")));
        }
        return List.copyOf(result);
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }
}
