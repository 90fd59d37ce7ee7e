package dev.tributary.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Prints benchmark figures and keeps them in target/benchmarks/<name>.txt. */
public final class BenchmarkReport {

    private final StringBuilder text = new StringBuilder();
    private final String name;

    public BenchmarkReport(String name) {
        this.name = name;
        line("== " + name + " ==");
        line("JVM " + System.getProperty("java.version") + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, "
                + Runtime.getRuntime().availableProcessors() + " cores");
    }

    public BenchmarkReport line(String line) {
        System.out.println(line);
        text.append(line).append('\n');
        return this;
    }

    /** Peak heap use across the heap pools since the JVM started (or since {@link #resetPeaks()}). */
    public static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }

    public static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    public void save() {
        try {
            Path file = Path.of("target", "benchmarks", name + ".txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, text.toString(), StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
