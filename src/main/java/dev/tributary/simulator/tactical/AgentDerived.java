package dev.tributary.simulator.tactical;

import java.io.ByteArrayOutputStream;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * The computed agent properties Tactical derives from {@code wmi_detail} ({@code agents/models.py}),
 * with the same fall-back texts when the data is missing or malformed.
 */
public final class AgentDerived {

    private AgentDerived() {
    }

    /** Signals a Python exception inside a property; the caller returns its fallback. */
    private static final class Broken extends RuntimeException {
        Broken() {
            super(null, null, false, false);
        }
    }

    /** {@code cpu_model}: Windows {@code "<Name>, <cores>C/<threads>T"} per CPU, posix {@code wmi_detail.cpus}. */
    public static JsonNode cpuModel(TacticalAgent agent) {
        JsonNode wmi = agent.wmiDetail();
        try {
            if (agent.isPosix()) {
                return require(key(wmi, "cpus"));
            }
            List<String> models = new ArrayList<>();
            for (JsonNode cpu : list(key(wmi, "cpu"))) {
                String name = Py.str(Py.fromJson(first(cpu, "Name")));
                JsonNode cores = firstOrNull(cpu, "NumberOfCores");
                JsonNode threads = firstOrNull(cpu, "NumberOfLogicalProcessors");
                if (cores != null && threads != null) {
                    models.add(name + ", " + Py.str(Py.fromJson(cores)) + "C/" + Py.str(Py.fromJson(threads)) + "T");
                } else {
                    models.add(name);
                }
            }
            return JsonNodes.strings(models);
        } catch (Broken e) {
            return JsonNodes.strings(List.of("unknown cpu model"));
        }
    }

    /** {@code graphics}: Windows captions joined (the remote display adapter only when alone), posix GPUs. */
    public static String graphics(TacticalAgent agent) {
        JsonNode wmi = agent.wmiDetail();
        if (agent.isPosix()) {
            try {
                JsonNode gpus = key(wmi, "gpus");
                if (!Py.truthy(gpus)) {
                    return "No graphics cards";
                }
                List<String> names = new ArrayList<>();
                for (JsonNode gpu : list(gpus)) {
                    names.add(text(gpu));
                }
                return String.join(", ", names);
            } catch (Broken e) {
                return "Error getting graphics cards";
            }
        }
        try {
            List<String> captions = new ArrayList<>();
            boolean remoteDisplay = false;
            for (JsonNode card : list(key(wmi, "graphics"))) {
                String caption = text(first(card, "Caption"));
                if (caption.toLowerCase(Locale.ROOT).contains("microsoft remote display adapter")) {
                    remoteDisplay = true;
                    continue;
                }
                captions.add(caption);
            }
            if (captions.isEmpty() && remoteDisplay) {
                return "Microsoft Remote Display Adapter";
            }
            return String.join(", ", captions);
        } catch (Broken e) {
            return "Graphics info requires agent v1.4.14";
        }
    }

    /** {@code local_ips}: one string. Windows IPv4 only; posix every address with its prefix length. */
    public static String localIps(TacticalAgent agent) {
        JsonNode wmi = agent.wmiDetail();
        if (agent.isPosix()) {
            try {
                List<String> ips = new ArrayList<>();
                for (JsonNode ip : list(key(wmi, "local_ips"))) {
                    ips.add(text(ip));
                }
                return String.join(", ", ips);
            } catch (Broken e) {
                return "error getting local ips";
            }
        }
        JsonNode configs;
        try {
            configs = list(key(wmi, "network_config"));
        } catch (Broken e) {
            return "error getting local ips";
        }
        List<String> ips = new ArrayList<>();
        for (JsonNode config : configs) {
            JsonNode addresses;
            try {
                addresses = first(config, "IPAddress");
            } catch (Broken e) {
                continue;
            }
            if (addresses == null || addresses.isNull() || !addresses.isArray()) {
                continue;
            }
            for (JsonNode address : addresses) {
                if (address.isString() && isIpv4(address.stringValue())) {
                    ips.add(address.stringValue());
                }
            }
        }
        if (ips.size() == 1) {
            return ips.get(0);
        }
        return ips.isEmpty() ? "error getting local ips" : String.join(", ", ips);
    }

    /** {@code make_model}: Windows vendor and model with Tactical's board and Lenovo rules; posix as reported. */
    public static String makeModel(TacticalAgent agent) {
        JsonNode wmi = agent.wmiDetail();
        if (agent.isPosix()) {
            try {
                return text(key(wmi, "make_model"));
            } catch (Broken e) {
                return "error getting make/model";
            }
        }
        try {
            JsonNode compSys = index(key(wmi, "comp_sys"), 0);
            JsonNode compSysProd = index(key(wmi, "comp_sys_prod"), 0);
            String make = text(first(compSysProd, "Vendor"));
            String model = text(first(compSys, "Model"));
            if (model.toLowerCase(Locale.ROOT).contains("to be filled")) {
                JsonNode board = index(key(wmi, "base_board"), 0);
                make = text(first(board, "Manufacturer"));
                model = text(first(board, "Product"));
            }
            if (make.toLowerCase(Locale.ROOT).equals("lenovo")) {
                String family = text(first(compSys, "SystemFamily"));
                if (!family.toLowerCase(Locale.ROOT).contains("to be filled")) {
                    model = family;
                }
            }
            return make + " " + model;
        } catch (Broken e) {
            // fall through
        }
        try {
            return Py.str(Py.fromJson(first(index(key(wmi, "comp_sys_prod"), 0), "Version")));
        } catch (Broken e) {
            return "unknown make/model";
        }
    }

    /** {@code physical_disks}: Windows {@code "<Caption> <GB:,>GB <InterfaceType>"} without USB; posix as reported. */
    public static JsonNode physicalDisks(TacticalAgent agent) {
        JsonNode wmi = agent.wmiDetail();
        try {
            if (agent.isPosix()) {
                return require(key(wmi, "disks"));
            }
            List<String> disks = new ArrayList<>();
            DecimalFormat thousands = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
            for (JsonNode disk : list(key(wmi, "disk"))) {
                String interfaceType = text(first(disk, "InterfaceType"));
                if (interfaceType.equals("USB")) {
                    continue;
                }
                String model = Py.str(Py.fromJson(first(disk, "Caption")));
                JsonNode size = first(disk, "Size");
                double bytes;
                if (size.isNumber()) {
                    bytes = size.doubleValue();
                } else if (size.isString()) {
                    bytes = Py.parseInt(size.stringValue()).orElseThrow(Broken::new).doubleValue();
                } else {
                    throw new Broken();
                }
                long gb = (long) Math.rint(bytes / 1_073_741_824d);
                disks.add(model + " " + thousands.format(gb) + "GB " + interfaceType);
            }
            return JsonNodes.strings(disks);
        } catch (Broken e) {
            return JsonNodes.strings(List.of("unknown disk"));
        }
    }

    /** {@code serial_number}: Windows {@code bios[0][0].SerialNumber}, posix {@code serialnumber}, else {@code ""}. */
    public static String serialNumber(TacticalAgent agent) {
        JsonNode wmi = agent.wmiDetail();
        try {
            if (agent.isPosix()) {
                return Py.str(Py.fromJson(require(key(wmi, "serialnumber"))));
            }
            JsonNode bios = index(index(key(wmi, "bios"), 0), 0);
            return Py.str(Py.fromJson(require(key(bios, "SerialNumber"))));
        } catch (Broken e) {
            return "";
        }
    }

    /** {@code hex_mesh_node_id}: the hex node id as base64 with {@code /}→{@code $} and {@code +}→{@code @}. */
    public static String hexMeshNodeId(String meshNodeId) {
        if (meshNodeId == null) {
            return "error";
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String s = meshNodeId.strip();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b) {
                i++;
                continue;
            }
            if (i + 1 >= s.length()) {
                return "error";
            }
            int high = Character.digit(c, 16);
            int low = Character.digit(s.charAt(i + 1), 16);
            if (high < 0 || low < 0 || c > 'f' || s.charAt(i + 1) > 'f') {
                return "error";
            }
            bytes.write(high * 16 + low);
            i += 2;
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray()).replace('/', '$').replace('+', '@');
    }

    /** {@code logged_username} of the agents table. */
    public static String loggedUsername(TacticalAgent agent, String status) {
        String user = agent.loggedInUsername();
        if ("None".equals(user) && AgentStatus.ONLINE.equals(status)) {
            return agent.lastLoggedInUser();
        }
        if (!"None".equals(user)) {
            return user;
        }
        return "-";
    }

    /** {@code italic} of the agents table. */
    public static boolean italic(TacticalAgent agent, String status) {
        return "None".equals(agent.loggedInUsername()) && AgentStatus.ONLINE.equals(status);
    }

    static boolean isIpv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3) {
                return false;
            }
            for (int i = 0; i < part.length(); i++) {
                if (part.charAt(i) < '0' || part.charAt(i) > '9') {
                    return false;
                }
            }
            if (Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ Python-ish access

    private static JsonNode require(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            throw new Broken();
        }
        return node;
    }

    /** {@code d[key]} on a dict; anything else raises. */
    private static JsonNode key(JsonNode node, String key) {
        if (node == null || !node.isObject() || !node.has(key)) {
            throw new Broken();
        }
        return node.get(key);
    }

    /** {@code l[i]} on a list. */
    private static JsonNode index(JsonNode node, int i) {
        if (node == null || !node.isArray() || node.size() <= i) {
            throw new Broken();
        }
        return node.get(i);
    }

    /** Iteration over a list (a dict or string would iterate keys or characters: treated as broken). */
    private static JsonNode list(JsonNode node) {
        if (node == null || !node.isArray()) {
            throw new Broken();
        }
        return node;
    }

    /** {@code [x[key] for x in instance if key in x][0]} over an instance's dicts. */
    private static JsonNode first(JsonNode instance, String key) {
        JsonNode found = firstOrNull(instance, key);
        if (found == null) {
            throw new Broken();
        }
        return found;
    }

    private static JsonNode firstOrNull(JsonNode instance, String key) {
        if (instance == null) {
            throw new Broken();
        }
        if (instance.isObject()) {
            throw new Broken();
        }
        if (!instance.isArray()) {
            throw new Broken();
        }
        for (JsonNode item : instance) {
            if (item.isObject() && item.has(key)) {
                return item.get(key);
            }
        }
        return null;
    }

    private static String text(JsonNode node) {
        if (node == null || !node.isString()) {
            throw new Broken();
        }
        return node.stringValue();
    }
}
