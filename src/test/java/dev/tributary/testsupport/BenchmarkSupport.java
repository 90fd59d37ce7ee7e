package dev.tributary.testsupport;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;

/** Measuring helpers of the benchmarks: heap peaks, GC totals, planner statistics kept fresh. */
public final class BenchmarkSupport {

    /**
     * The production pool (application.properties) instead of the test profile's small one, and no leak detection:
     * the detector builds an exception with a stack trace on every connection checkout.
     */
    public static final String PRODUCTION_POOL = "spring.datasource.hikari.maximum-pool-size=10";
    public static final String NO_LEAK_DETECTION = "spring.datasource.hikari.leak-detection-threshold=0";

    private BenchmarkSupport() {
    }

    /** The JDK that runs the benchmark and when: both change the figures (JIT warm-up differs between JDK releases). */
    public static String stamp() {
        return "JDK " + Runtime.version() + " (" + System.getProperty("java.vm.vendor") + "), " + Instant.now();
    }

    public static String gcSummary() {
        StringBuilder sb = new StringBuilder();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sb.append(gc.getName()).append(' ').append(gc.getCollectionCount()).append(" collections, ")
                    .append(gc.getCollectionTime()).append(" ms; ");
        }
        return sb.toString();
    }

    /** Milliseconds the JIT compiler threads have spent compiling since the JVM started (all of them together). */
    private static long compileMillis() {
        return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }

    public static double seconds(Duration wall) {
        return Math.max(wall.toMillis() / 1000.0, 0.001);
    }

    /** Peak heap in use, and peak heap still in use right after a collection (the live set), in MB. */
    public record HeapPeaks(long usedMb, long liveMb) {
    }

    /** A daemon thread, not yet started, that runs {@code step} and then sleeps {@code millis}, until interrupted. */
    private static Thread everyFewMillis(String name, long millis, Runnable step) {
        Thread thread = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                step.run();
                try {
                    Thread.sleep(millis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, name);
        thread.setDaemon(true);
        return thread;
    }

    /** Samples heap every 20 ms (the whole JVM: application, database driver and simulator). */
    public static final class HeapSampler {
        private final AtomicLong peak = new AtomicLong();
        private final AtomicLong peakLive = new AtomicLong();
        private final Thread thread;

        private HeapSampler() {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            // Looked up once: each lookup builds the beans' names, work the sampler would add to what it measures.
            List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
            heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
            thread = everyFewMillis("benchmark-heap-sampler", 20, () -> {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                long live = 0;
                for (MemoryPoolMXBean pool : heapPools) {
                    if (pool.getCollectionUsage() != null) {
                        live += pool.getCollectionUsage().getUsed();
                    }
                }
                peakLive.accumulateAndGet(live, Math::max);
            });
        }

        public static HeapSampler start() {
            HeapSampler sampler = new HeapSampler();
            sampler.thread.start();
            return sampler;
        }

        public HeapPeaks stop() {
            thread.interrupt();
            return new HeapPeaks(peak.get() >> 20, peakLive.get() >> 20);
        }
    }

    /** How often and how long a thread asking to sleep 1 ms was kept from running for more than 10 ms. */
    public record Hiccups(int count, long maxMs, long totalMs) {

        public String line() {
            return String.format(java.util.Locale.ROOT, "hiccups (a thread sleeping 1 ms woke more than 10 ms late): %d, "
                    + "max %d ms, %d ms in all", count, maxMs, totalMs);
        }
    }

    /**
     * Measures stalls no request path causes, the way jHiccup does: a thread sleeps 1 ms over and over, and every
     * wake-up later than 10 ms is a moment when nothing in this JVM could run (a pause, or every core taken by other
     * threads and processes). When request latencies spike together with hiccups, the machine was the bottleneck.
     */
    public static final class HiccupProbe {
        private final AtomicLong count = new AtomicLong();
        private final AtomicLong max = new AtomicLong();
        private final AtomicLong total = new AtomicLong();
        private final AtomicLong lastWake = new AtomicLong(System.nanoTime());
        private final Thread thread;

        private HiccupProbe() {
            thread = everyFewMillis("benchmark-hiccup-probe", 1, () -> {
                long now = System.nanoTime();
                long lateMs = (now - lastWake.getAndSet(now)) / 1_000_000 - 1;
                if (lateMs > 10) {
                    count.incrementAndGet();
                    max.accumulateAndGet(lateMs, Math::max);
                    total.addAndGet(lateMs);
                }
            });
        }

        public static HiccupProbe start() {
            HiccupProbe probe = new HiccupProbe();
            probe.thread.start();
            return probe;
        }

        public Hiccups stop() {
            thread.interrupt();
            return new Hiccups((int) count.get(), max.get(), total.get());
        }
    }

    /**
     * Keeps planner statistics fresh, as autovacuum's auto-analyze does in production, on a cluster where autovacuum
     * is off (a no-op on H2): a first ANALYZE of the given tables soon after the load starts, then at a fixed period.
     */
    public static final class Analyzer {
        public static final Duration FIRST = Duration.ofSeconds(5);
        private final Thread thread;
        private final AtomicLong runs = new AtomicLong();

        private Analyzer(JdbcTemplate jdbc, Duration every, String tables) {
            thread = new Thread(() -> {
                Duration wait = FIRST;
                while (!Thread.currentThread().isInterrupted()) {
                    try {
                        Thread.sleep(wait.toMillis());
                        wait = every;
                        if (TestDatabases.postgres()) {
                            jdbc.execute("analyze " + tables);
                            runs.incrementAndGet();
                        }
                    } catch (InterruptedException e) {
                        return;
                    } catch (RuntimeException e) {
                        // the database is busy or closing; try again next time
                    }
                }
            }, "benchmark-analyze");
            thread.setDaemon(true);
        }

        /** Starts analyzing {@code tables} (a comma-separated list) after {@link #FIRST}, then every {@code every}. */
        public static Analyzer start(JdbcTemplate jdbc, Duration every, String tables) {
            Analyzer analyzer = new Analyzer(jdbc, every, tables);
            analyzer.thread.start();
            return analyzer;
        }

        public void stop() {
            thread.interrupt();
        }

        public long runs() {
            return runs.get();
        }
    }

    /**
     * Work besides the code being measured that competes with it for the cores, over one round: the JIT compiler's
     * time, and the CPU of the kernel's DAMON threads ({@code kdamond}), which run proactive memory reclaim on some
     * machines, this one included. Every half second they check which physical pages were used and page out cold ones,
     * taking most of a core for 50-100 ms; on 2 cores that stalls every process. The kdamond part is Linux only and
     * reads zero where none runs.
     */
    public static final class BackgroundWork {
        private static final Path PROC = Path.of("/proc");
        private static final long TICKS_PER_SECOND = 100;  // USER_HZ, fixed at 100 on every Linux architecture in use
        private final long startCompileMillis = compileMillis();
        private final long startReclaimTicks = reclaimTicks(kdamonds());
        private final long startNanos = System.nanoTime();

        public static BackgroundWork start() {
            return new BackgroundWork();
        }

        /** The JIT compiler's share of one core's time since the start. */
        public double compilerShare() {
            return (compileMillis() - startCompileMillis) / wallMillis();
        }

        /** "JIT compiling 1,209 ms (6% of a core); kernel DAMON reclaim (kdamond) used 1,160 ms of CPU (6% of a core)". */
        public String line() {
            long compiled = compileMillis() - startCompileMillis;
            List<Path> kdamonds = kdamonds();
            String reclaim;
            if (kdamonds.isEmpty()) {
                reclaim = "no kernel DAMON reclaim (kdamond) running";
            } else {
                long millis = (reclaimTicks(kdamonds) - startReclaimTicks) * 1000 / TICKS_PER_SECOND;
                reclaim = String.format(java.util.Locale.ROOT, "kernel DAMON reclaim (kdamond) used %,d ms of CPU (%.0f%% of a core)",
                        millis, 100.0 * millis / wallMillis());
            }
            return String.format(java.util.Locale.ROOT, "JIT compiling %,d ms (%.0f%% of a core); %s", compiled,
                    100.0 * compiled / wallMillis(), reclaim);
        }

        private double wallMillis() {
            return Math.max((System.nanoTime() - startNanos) / 1e6, 1);
        }

        private static long reclaimTicks(List<Path> kdamonds) {
            long ticks = 0;
            for (Path process : kdamonds) {
                try {
                    String stat = Files.readString(process.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);  // utime, stime
                } catch (IOException | RuntimeException e) {
                    // the thread ended between listing and reading
                }
            }
            return ticks;
        }

        private static List<Path> kdamonds() {
            if (!Files.isDirectory(PROC)) {
                return List.of();
            }
            try (var processes = Files.list(PROC)) {
                return processes.filter(process -> process.getFileName().toString().chars().allMatch(Character::isDigit))
                        .filter(process -> {
                            try {
                                return Files.readString(process.resolve("comm")).startsWith("kdamond");
                            } catch (IOException e) {
                                return false;
                            }
                        }).toList();
            } catch (IOException e) {
                return List.of();
            }
        }
    }
}
