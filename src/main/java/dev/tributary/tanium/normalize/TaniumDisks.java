package dev.tributary.tanium.normalize;

import dev.tributary.psa.AssetDetails.DiskUsage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code Endpoint.disks} ({@code [{name, total, free, usedSpace, usedPercentage}]}, sizes as strings
 * in mixed units) as disk usage rows in GB. A disk needs a name and a total size; the free space
 * comes from {@code free} or else {@code total − usedSpace}; the utilization from
 * {@code usedPercentage} or else from the sizes.
 */
public final class TaniumDisks {

    private TaniumDisks() {
    }

    /**
     * @return the disks, or null when Tanium reported none that can be read (null list, or only
     *         error values), so the stored disks are kept
     */
    public static List<DiskUsage> of(JsonNode disks) {
        if (disks == null || !disks.isArray() || disks.isEmpty()) {
            return null;
        }
        List<DiskUsage> result = new ArrayList<>(disks.size());
        for (JsonNode disk : disks) {
            DiskUsage usage = one(text(disk, "name"), text(disk, "total"), text(disk, "free"), text(disk, "usedSpace"),
                    text(disk, "usedPercentage"));
            if (usage != null) {
                result.add(usage);
            }
        }
        return result.isEmpty() ? null : List.copyOf(result);
    }

    static DiskUsage one(String rawName, String rawTotal, String rawFree, String rawUsed, String rawPercent) {
        String name = TaniumValues.clean(rawName);
        BigDecimal total = TaniumSizes.gigabytes(rawTotal);
        if (name == null || total == null) {
            return null;
        }
        BigDecimal free = TaniumSizes.gigabytes(rawFree);
        BigDecimal used = TaniumSizes.gigabytes(rawUsed);
        if (free == null && used != null && used.compareTo(total) <= 0) {
            free = total.subtract(used);
        }
        Integer utilization = TaniumSizes.percent(rawPercent);
        if (utilization == null && total.signum() > 0) {
            BigDecimal usedGb = used != null ? used : free != null ? total.subtract(free) : null;
            if (usedGb != null && usedGb.signum() >= 0 && usedGb.compareTo(total) <= 0) {
                utilization = usedGb.multiply(BigDecimal.valueOf(100)).divide(total, 0, RoundingMode.HALF_UP).intValue();
            }
        }
        return new DiskUsage(name, total, free, utilization);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asString();
    }
}
