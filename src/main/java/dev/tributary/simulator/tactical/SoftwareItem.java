package dev.tributary.simulator.tactical;

/**
 * One installed program as the Windows agent reports it; every value is a string. {@code installDate}
 * uses Go's {@code "%02d-%d-%02d"} (month not padded, e.g. {@code 2026-6-09}; unknown {@code 01-1-01}).
 */
public record SoftwareItem(String name, String size, String source, String version, String location,
                           String publisher, String uninstall, String installDate) {
}
