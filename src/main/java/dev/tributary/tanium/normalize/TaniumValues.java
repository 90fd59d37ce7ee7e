package dev.tributary.tanium.normalize;

/**
 * Tanium's non-null string fields carry sensor error text instead of null ("Error: No inventory has
 * been collected", "TSE-Error: …", "[no results]", "N/A on Linux", ""). Such values mean "not known"
 * and become {@code null}, so they neither show up in an asset nor overwrite what is stored.
 */
public final class TaniumValues {

    private TaniumValues() {
    }

    /** The trimmed value, or null when it is empty or a sensor placeholder. */
    public static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String value = raw.strip();
        if (value.isEmpty() || isPlaceholder(value)) {
            return null;
        }
        return value;
    }

    /**
     * A sensor placeholder: {@code Error:…}, {@code TSE-Error:…}, {@code N/A…} ("N/A on Linux"), or a
     * whole value in square brackets ({@code [no results]}, {@code [current result unavailable]}).
     */
    public static boolean isPlaceholder(String value) {
        String v = value.strip();
        if (v.isEmpty()) {
            return false;
        }
        char first = v.charAt(0);
        if (first == '[') {
            return v.endsWith("]");
        }
        if (first != 'e' && first != 'E' && first != 't' && first != 'T' && first != 'n' && first != 'N') {
            return false;
        }
        return v.regionMatches(true, 0, "error:", 0, 6)
                || v.regionMatches(true, 0, "tse-error:", 0, 10)
                || v.equalsIgnoreCase("n/a") || v.regionMatches(true, 0, "n/a ", 0, 4);
    }
}
