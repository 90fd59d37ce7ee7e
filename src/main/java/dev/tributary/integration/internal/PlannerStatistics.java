package dev.tributary.integration.internal;

import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps PostgreSQL's planner statistics in step with bulk writes. A first sync inserts thousands of
 * assets into tables the planner still believes empty; without fresh statistics it keeps plans that
 * filter every page against the whole tenant, and ingestion turns quadratic. Alerts have the same
 * trap in another form: a server-prepared lookup planned while {@code rmm_alerts} was nearly empty
 * keeps its sequential scan, so each webhook gets slower as alerts accumulate (1 ms at a few
 * thousand rows, 20 ms at twenty thousand). Autovacuum fixes both eventually (and not at all when it
 * is switched off), so after inserting as many rows as there were at the last refresh, the tables
 * are analyzed — which also makes cached plans re-plan: at most about log2(rows) times per table
 * group, each bounded by ANALYZE's sampling. No-op on H2.
 */
@Component
class PlannerStatistics {

    private static final Logger log = LoggerFactory.getLogger(PlannerStatistics.class);
    private static final long FIRST_REFRESH = 500;

    private final JdbcTemplate jdbc;
    private final boolean postgres;
    // Only the tables read by list or by lookup while they grow; detail rows are reached by primary key.
    private final Tables assets = new Tables("assets", "tenant_external_entity_mappings");
    private final Tables alerts = new Tables("rmm_alerts");
    /** One thread, one queued refresh at most: a refresh already waiting covers the next one too. */
    private final ThreadPoolExecutor background = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(1), runnable -> {
                Thread thread = new Thread(runnable, "planner-statistics");
                thread.setDaemon(true);
                return thread;
            }, new ThreadPoolExecutor.DiscardPolicy());

    PlannerStatistics(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.postgres = isPostgres(dataSource);
    }

    /** Called after a committed page with the number of assets it created. */
    void inserted(long rows) {
        refreshIfDue(assets, rows);
    }

    /**
     * Called after alerts were created. The refresh runs off the caller's thread: alerts arrive on webhook requests,
     * which should not wait for an ANALYZE.
     */
    void alertsInserted(long rows) {
        if (postgres && rows > 0 && alerts.due(rows)) {
            background.execute(() -> {
                try {
                    analyze(alerts);
                } catch (RuntimeException e) {
                    log.warn("Refreshing planner statistics of {} failed: {}", Arrays.toString(alerts.names), e.toString());
                }
            });
        }
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    private void refreshIfDue(Tables tables, long rows) {
        if (postgres && rows > 0 && tables.due(rows)) {
            analyze(tables);
        }
    }

    private void analyze(Tables tables) {
        long started = System.nanoTime();
        for (String table : tables.names) {
            jdbc.execute("analyze " + table);
        }
        log.debug("Refreshed planner statistics of {} in {} ms", Arrays.toString(tables.names), (System.nanoTime() - started) / 1_000_000);
    }

    /** A group of tables analyzed together, with its own insert count. */
    private static final class Tables {
        private final String[] names;
        private long insertedSinceRefresh;
        private long threshold = FIRST_REFRESH;

        Tables(String... names) {
            this.names = names;
        }

        /** Counts the rows; true (once) when the count reached the threshold, which then doubles. */
        synchronized boolean due(long rows) {
            insertedSinceRefresh += rows;
            if (insertedSinceRefresh < threshold) {
                return false;
            }
            threshold = Math.max(FIRST_REFRESH, threshold + insertedSinceRefresh);
            insertedSinceRefresh = 0;
            return true;
        }
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            return false;
        }
    }
}
