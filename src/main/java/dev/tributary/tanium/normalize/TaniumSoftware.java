package dev.tributary.tanium.normalize;

import dev.tributary.psa.AssetDetails.InstalledSoftware;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * {@code Endpoint.installedApplications} as installed software. Entries whose name is a sensor
 * error ("TSE-Error: Failed to send to sensor child process: timed out") or empty are dropped, as
 * are exact duplicates.
 */
public final class TaniumSoftware {

    private TaniumSoftware() {
    }

    /**
     * @param nameField    {@code name} on the Gateway
     * @param versionField {@code version}
     * @param vendorField  the publisher's field, or null when the source has none (the Gateway)
     * @return the software list; null when the field was not reported or held only errors (stored
     *         software is kept); an empty list when the endpoint reported no applications
     */
    public static List<InstalledSoftware> of(JsonNode applications, String nameField, String versionField, String vendorField) {
        if (applications == null || !applications.isArray()) {
            return null;
        }
        Set<InstalledSoftware> result = new LinkedHashSet<>();
        for (JsonNode app : applications) {
            String name = TaniumValues.clean(text(app, nameField));
            if (name == null) {
                continue;
            }
            String version = TaniumValues.clean(text(app, versionField));
            String vendor = vendorField == null ? null : TaniumValues.clean(text(app, vendorField));
            result.add(new InstalledSoftware(name, version, vendor));
        }
        if (result.isEmpty() && !applications.isEmpty()) {
            return null;
        }
        return List.copyOf(new ArrayList<>(result));
    }

    public static List<InstalledSoftware> of(JsonNode applications) {
        return of(applications, "name", "version", null);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asString();
    }
}
