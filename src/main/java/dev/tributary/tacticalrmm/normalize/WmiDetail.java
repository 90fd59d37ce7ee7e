package dev.tributary.tacticalrmm.normalize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Facts from an agent's {@code wmi_detail}, which the beta list carries while it lacks the derived fields.
 * Windows: an object keyed by WMI class, each value a list of instances, each instance a one-element list
 * wrapping the properties (the old Python agent: a list of single-key dicts); read as "the dicts inside each
 * instance". Linux/mac: {@code {cpus, gpus, disks, local_ips, make_model, serialnumber}}.
 */
public final class WmiDetail {

    /** The keys of {@code wmi_detail} read here; list rows may leave the rest (USB, monitors, graphics…) unparsed. */
    public static final Set<String> KEYS_READ = Set.of("cpu", "cpus", "bios", "serialnumber", "network_config", "local_ips",
            "comp_sys_prod", "comp_sys", "make_model");

    private final JsonNode wmi;

    private WmiDetail(JsonNode wmi) {
        this.wmi = wmi;
    }

    public static WmiDetail of(JsonNode wmi) {
        return new WmiDetail(wmi != null && wmi.isObject() ? wmi : null);
    }

    /** The property maps of each instance of a Windows WMI class. */
    List<Map<String, JsonNode>> instances(String wmiClass) {
        List<Map<String, JsonNode>> result = new ArrayList<>();
        JsonNode list = wmi == null ? null : wmi.get(wmiClass);
        if (list == null || !list.isArray()) {
            return result;
        }
        for (JsonNode instance : list) {
            Map<String, JsonNode> properties = new LinkedHashMap<>();
            if (instance.isObject()) {
                instance.properties().forEach(e -> properties.put(e.getKey(), e.getValue()));
            } else if (instance.isArray()) {
                for (JsonNode part : instance) {
                    if (part.isObject()) {
                        part.properties().forEach(e -> properties.putIfAbsent(e.getKey(), e.getValue()));
                    }
                }
            }
            if (!properties.isEmpty()) {
                result.add(properties);
            }
        }
        return result;
    }

    private boolean windows() {
        return wmi != null && (wmi.has("cpu") || wmi.has("bios") || wmi.has("network_config") || wmi.has("comp_sys"));
    }

    /** The first CPU's model name. */
    public String cpuModel() {
        if (windows()) {
            for (Map<String, JsonNode> cpu : instances("cpu")) {
                String name = text(cpu.get("Name"));
                if (name != null) {
                    return name.trim();
                }
            }
            return null;
        }
        return AgentValues.meaningful(firstText(wmi == null ? null : wmi.get("cpus")));
    }

    /** Physical cores over all sockets (Windows only; Linux reports model strings). */
    public Integer cpuCores() {
        int cores = 0;
        for (Map<String, JsonNode> cpu : instances("cpu")) {
            JsonNode value = cpu.get("NumberOfCores");
            if (value != null && value.isIntegralNumber()) {
                cores += value.intValue();
            }
        }
        return cores > 0 ? cores : null;
    }

    /** BIOS serial on Windows, {@code serialnumber} on Linux/mac; placeholders give null. */
    public String serialNumber() {
        if (windows()) {
            for (Map<String, JsonNode> bios : instances("bios")) {
                String serial = AgentValues.serial(text(bios.get("SerialNumber")));
                if (serial != null) {
                    return serial;
                }
            }
            return null;
        }
        return AgentValues.serial(wmi == null ? null : text(wmi.get("serialnumber")));
    }

    /** Candidate local addresses: Windows {@code network_config[*].IPAddress}, posix {@code local_ips}. */
    public List<String> localIps() {
        List<String> result = new ArrayList<>();
        if (windows()) {
            for (Map<String, JsonNode> adapter : instances("network_config")) {
                JsonNode addresses = adapter.get("IPAddress");
                if (addresses != null && addresses.isArray()) {
                    addresses.forEach(a -> {
                        if (a.isString()) {
                            result.add(a.asString());
                        }
                    });
                }
            }
        } else if (wmi != null && wmi.path("local_ips").isArray()) {
            wmi.get("local_ips").forEach(a -> {
                if (a.isString()) {
                    result.add(a.asString());
                }
            });
        }
        return result;
    }

    /** Vendor and model: {@code "<comp_sys_prod.Vendor> <comp_sys.Model>"} on Windows, {@code make_model} on posix. */
    public String makeModel() {
        if (windows()) {
            String vendor = instances("comp_sys_prod").stream().map(p -> text(p.get("Vendor"))).filter(v -> v != null && !v.isBlank())
                    .findFirst().orElse(null);
            String model = instances("comp_sys").stream().map(p -> text(p.get("Model"))).filter(v -> v != null && !v.isBlank())
                    .findFirst().orElse(null);
            if (vendor == null && model == null) {
                return null;
            }
            return ((vendor == null ? "" : vendor.trim()) + " " + (model == null ? "" : model.trim())).trim();
        }
        return AgentValues.meaningful(wmi == null ? null : text(wmi.get("make_model")));
    }

    private static String text(JsonNode node) {
        return node != null && node.isString() ? node.asString() : null;
    }

    private static String firstText(JsonNode node) {
        if (node != null && node.isArray()) {
            for (JsonNode element : node) {
                if (element.isString() && !element.asString().isBlank()) {
                    return element.asString();
                }
            }
        }
        return null;
    }
}
