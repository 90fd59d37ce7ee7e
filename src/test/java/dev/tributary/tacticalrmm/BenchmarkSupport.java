package dev.tributary.tacticalrmm;

import dev.tributary.testsupport.TestDatabases;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;

/** Measuring helpers of the Tactical benchmarks: heap peaks, GC totals, planner statistics kept fresh. */
final class BenchmarkSupport {

    /**
     * The production pool (application.properties) instead of the test profile's small one, and no leak detection:
     * the detector builds an exception with a stack trace on every connection checkout.
     */
    static final String PRODUCTION_POOL = "spring.datasource.hikari.maximum-pool-size=10";
    static final String NO_LEAK_DETECTION = "spring.datasource.hikari.leak-detection-threshold=0";

    private BenchmarkSupport() {
    }

    static String gcSummary() {
        StringBuilder sb = new StringBuilder();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sb.append(gc.getName()).append(' ').append(gc.getCollectionCount()).append(" collections, ")
                    .append(gc.getCollectionTime()).append(" ms; ");
        }
        return sb.toString();
    }

    /** Samples used heap every 20 ms (the whole JVM: application, driver and simulator). */
    static final class HeapSampler {
        private final AtomicLong peak = new AtomicLong();
        private final Thread thread;

        private HeapSampler() {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    pool.resetPeakUsage();
                }
            }
            thread = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "tactical-heap-sampler");
            thread.setDaemon(true);
        }

        static HeapSampler start() {
            HeapSampler sampler = new HeapSampler();
            sampler.thread.start();
            return sampler;
        }

        /** Peak used heap in MB. */
        long stopMb() {
            thread.interrupt();
            return peak.get() >> 20;
        }
    }

    /**
     * ANALYZE every few seconds while loading, as autovacuum's auto-analyze would (autovacuum is off on this
     * machine's cluster); a no-op on H2.
     */
    static final class Analyzer {
        private final Thread thread;

        private Analyzer(JdbcTemplate jdbc) {
            thread = new Thread(() -> {
                long wait = 5_000;
                while (!Thread.currentThread().isInterrupted()) {
                    try {
                        Thread.sleep(wait);
                        wait = 15_000;
                        if (TestDatabases.postgres()) {
                            jdbc.execute("analyze assets, workstation_assets, server_assets, tenant_external_entity_mappings, rmm_alerts");
                        }
                    } catch (InterruptedException e) {
                        return;
                    } catch (RuntimeException e) {
                        // busy or closing: next time
                    }
                }
            }, "tactical-benchmark-analyze");
            thread.setDaemon(true);
        }

        static Analyzer start(JdbcTemplate jdbc) {
            Analyzer analyzer = new Analyzer(jdbc);
            analyzer.thread.start();
            return analyzer;
        }

        void stop() {
            thread.interrupt();
        }
    }

    static double seconds(Duration wall) {
        return Math.max(wall.toMillis() / 1000.0, 0.001);
    }
}
