package dev.tributary.tanium.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The operating system of an endpoint: {@code os.platform} (AIX, Linux, Mac, Solaris, Unknown,
 * Windows) gives the family; for Unknown (network and mobile devices) the family is the OS name
 * without its version ("Cisco IOS XE 17.9.4a" → "Cisco IOS XE"). The version shown is the OS name,
 * plus the Windows release id when it is not already part of it.
 */
public final class TaniumOs {

    private TaniumOs() {
    }

    public static String type(String platform, String osName) {
        String p = TaniumValues.clean(platform);
        if (p != null) {
            switch (p.toLowerCase(Locale.ROOT)) {
                case "windows":
                    return "Windows";
                case "mac":
                    return "macOS";
                case "linux":
                    return "Linux";
                case "aix":
                    return "AIX";
                case "solaris":
                    return "Solaris";
                default:
                    break;
            }
        }
        String name = TaniumValues.clean(osName);
        if (name == null) {
            return null;
        }
        List<String> family = new ArrayList<>();
        for (String token : name.split("\\s+")) {
            if (token.isEmpty() || Character.isDigit(token.charAt(0)) || token.startsWith("(")) {
                break;
            }
            family.add(token);
        }
        return family.isEmpty() ? null : String.join(" ", family);
    }

    public static String version(String osName, String windowsReleaseId) {
        String name = TaniumValues.clean(osName);
        String release = TaniumValues.clean(windowsReleaseId);
        if (name == null) {
            return null;
        }
        if (release != null && !name.contains(release)) {
            return name + " " + release;
        }
        return name;
    }
}
