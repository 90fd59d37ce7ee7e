package dev.tributary.integration.internal;

/** Provider strings trimmed to the column sizes, so one oversized value cannot fail a whole page. */
final class Columns {

    private Columns() {
    }

    static String fit(String value, int max) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.length() <= max ? trimmed : trimmed.substring(0, max);
    }
}
