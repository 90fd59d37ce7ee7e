package dev.tributary.simulator.tactical;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Plausible Windows programs for generated inventories, in the agent's string formats. */
final class SoftwareCatalog {

    private SoftwareCatalog() {
    }

    /** name, version, publisher, size, location, uninstall. */
    private static final String[][] PROGRAMS = {
        {"7-Zip 24.09 (x64)", "24.09", "Igor Pavlov", "5.9 MB", "C:\\Program Files\\7-Zip\\",
            "\"C:\\Program Files\\7-Zip\\Uninstall.exe\""},
        {"Google Chrome", "137.0.7151.104", "Google LLC", "0 B", "C:\\Program Files\\Google\\Chrome\\Application",
            "\"C:\\Program Files\\Google\\Chrome\\Application\\137.0.7151.104\\Installer\\setup.exe\" --uninstall --channel=stable --system-level --verbose-logging"},
        {"Microsoft Edge", "137.0.3296.68", "Microsoft Corporation", "0 B", "C:\\Program Files (x86)\\Microsoft\\Edge\\Application",
            "\"C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\137.0.3296.68\\Installer\\setup.exe\" --uninstall --msedge --channel=stable --system-level --verbose-logging"},
        {"Mozilla Firefox (x64 en-US)", "139.0.4", "Mozilla", "265.8 MB", "C:\\Program Files\\Mozilla Firefox",
            "\"C:\\Program Files\\Mozilla Firefox\\uninstall\\helper.exe\""},
        {"Microsoft 365 Apps for enterprise - en-us", "16.0.18827.20164", "Microsoft Corporation", "0 B",
            "C:\\Program Files\\Microsoft Office",
            "\"C:\\Program Files\\Common Files\\Microsoft Shared\\ClickToRun\\OfficeClickToRun.exe\" scenario=install scenariosubtype=ARP sourcetype=None productstoremove=O365ProPlusRetail.16_en-us_x-none culture=en-us version.16=16.0"},
        {"Zoom Workplace (64-bit)", "6.4.13 (2650)", "Zoom Video Communications, Inc.", "374.2 MB", "",
            "MsiExec.exe /X{B6B4D0A3-8F5C-4E4B-9C39-0A1E6E7D1F42}"},
        {"Adobe Acrobat Reader (64-bit)", "25.001.20474", "Adobe", "727.4 MB", "C:\\Program Files\\Adobe\\Acrobat DC\\",
            "MsiExec.exe /I{AC76BA86-1033-FF00-7760-BC15014EA700}"},
        {"Microsoft Visual C++ 2015-2022 Redistributable (x64) - 14.42.34433", "14.42.34433.0",
            "Microsoft Corporation", "20.6 MB", "",
            "\"C:\\ProgramData\\Package Cache\\{d4cb6ab7-5e4b-4f6b-9c3b-1d5b3a6f0c21}\\VC_redist.x64.exe\"  /uninstall"},
        {"Notepad++ (64-bit x64)", "8.8.1", "Notepad++ Team", "14.5 MB", "C:\\Program Files\\Notepad++",
            "\"C:\\Program Files\\Notepad++\\uninstall.exe\""},
        {"Microsoft Teams", "25122.1415.3698.6812", "Microsoft Corporation", "0 B", "", "MsiExec.exe /X{731F6BAA-A986-45A4-8936-7C3AAAAA760B}"},
        {"VLC media player", "3.0.21", "VideoLAN", "164.3 MB", "C:\\Program Files\\VideoLAN\\VLC",
            "\"C:\\Program Files\\VideoLAN\\VLC\\uninstall.exe\""},
        {"PowerShell 7-x64", "7.5.1.0", "Microsoft Corporation", "278.9 MB", "C:\\Program Files\\PowerShell\\7\\",
            "MsiExec.exe /X{2C9B4D4E-0F43-4A3C-9F8F-6F5B1F5F0E3D}"},
        {"Microsoft Update Health Tools", "5.72.0.0", "Microsoft Corporation", "1.0 MB", "",
            "MsiExec.exe /X{1FC1A6C2-576E-489A-9B4A-92D21F542136}"},
        {"Dell Command | Update", "5.5.0", "Dell Inc.", "105.1 MB", "", "MsiExec.exe /X{E40C2C69-AB41-4F6D-9B9F-0A5C0A6C0B14}"},
        {"Cisco Secure Client - AnyConnect VPN", "5.1.8.105", "Cisco Systems, Inc.", "53.2 MB", "",
            "MsiExec.exe /X{8A2E2F8B-0E9B-4D3A-9F0C-2F6A1B8D7C41}"},
        {"Tactical RMM Agent", "2.11.0", "AmidaWare Inc", "66.8 MB", "C:\\Program Files\\TacticalAgent\\",
            "\"C:\\Program Files\\TacticalAgent\\unins000.exe\""},
        {"Mesh Agent", "2026-05-28 07:11:32.000+00:00", "MeshCentral", "0 B", "C:\\Program Files\\Mesh Agent",
            "\"C:\\Program Files\\Mesh Agent\\MeshAgent.exe\" -fulluninstall"},
    };

    /** {@code count} items: rotating optional programs, then the Tactical and Mesh agents themselves. */
    static List<SoftwareItem> generate(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x50F70A4EL);
        int agents = 2;
        int optional = PROGRAMS.length - agents;
        int optionalCount = Math.max(0, Math.min(count - agents, optional));
        int start = random.nextInt(optional);
        List<String[]> chosen = new ArrayList<>();
        for (int i = 0; i < optionalCount; i++) {
            chosen.add(PROGRAMS[(start + i) % optional]);
        }
        for (int i = 0; i < Math.min(count, agents); i++) {
            chosen.add(PROGRAMS[optional + i]);
        }
        List<SoftwareItem> items = new ArrayList<>(chosen.size());
        for (String[] p : chosen) {
            String installDate = p[0].equals("Mesh Agent") ? "01-1-01"
                    : String.format("%04d-%d-%02d", 2024 + random.nextInt(3), 1 + random.nextInt(12), 1 + random.nextInt(28));
            items.add(new SoftwareItem(p[0], p[3], "", p[1], p[4], p[2], p[5], installDate));
        }
        return items;
    }
}
