package dev.tributary.integration;

import java.util.List;

/**
 * One field of a provider's connect form. The kernel renders every provider's form from these,
 * so a provider needs no page of its own to be connected.
 *
 * @param name    the JSON property of the connection body
 * @param options for {@link Type#SELECT}: {@code value=Label} pairs
 * @param showWhen optional {@code otherField=value} condition (e.g. {@code authMode=api_key})
 */
public record ConnectionField(String name, String label, Type type, boolean required, String help, String placeholder,
                              List<String> options, String showWhen) {

    public enum Type { TEXT, SECRET, URL, CHECKBOX, SELECT }

    public static ConnectionField text(String name, String label, boolean required, String help) {
        return new ConnectionField(name, label, Type.TEXT, required, help, null, List.of(), null);
    }

    public static ConnectionField secret(String name, String label, boolean required, String help) {
        return new ConnectionField(name, label, Type.SECRET, required, help, null, List.of(), null);
    }

    public static ConnectionField url(String name, String label, boolean required, String help, String placeholder) {
        return new ConnectionField(name, label, Type.URL, required, help, placeholder, List.of(), null);
    }

    public static ConnectionField checkbox(String name, String label, String help) {
        return new ConnectionField(name, label, Type.CHECKBOX, false, help, null, List.of(), null);
    }

    public static ConnectionField select(String name, String label, List<String> options, String help) {
        return new ConnectionField(name, label, Type.SELECT, true, help, null, options, null);
    }

    public ConnectionField when(String condition) {
        return new ConnectionField(name, label, type, required, help, placeholder, options, condition);
    }

    public String optionValue(String option) {
        int eq = option.indexOf('=');
        return eq < 0 ? option : option.substring(0, eq);
    }

    public String optionLabel(String option) {
        int eq = option.indexOf('=');
        return eq < 0 ? option : option.substring(eq + 1);
    }
}
