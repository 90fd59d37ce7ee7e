package dev.tributary.simulator.tanium;

import java.util.Objects;

/**
 * A Tanium computer group as the Gateway returns it ({@code ComputerGroup}). {@code type} is
 * {@code STANDARD} or {@code MANUAL}; {@code id} is a numeric string.
 */
public record TaniumComputerGroup(String id, String name, String type, boolean managementRightsEnabled,
                                  boolean filterEnabled, String expression) {

    public TaniumComputerGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (!"STANDARD".equals(type) && !"MANUAL".equals(type)) {
            throw new IllegalArgumentException("type must be STANDARD or MANUAL: " + type);
        }
        expression = expression == null ? "" : expression;
    }

    public static TaniumComputerGroup standard(String id, String name, String expression) {
        return new TaniumComputerGroup(id, name, "STANDARD", true, false, expression);
    }

    public static TaniumComputerGroup manual(String id, String name) {
        return new TaniumComputerGroup(id, name, "MANUAL", true, false, "");
    }
}
