package dev.tributary.integration.internal;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps PostgreSQL's planner statistics in step with bulk ingestion. A first sync inserts
 * thousands of assets into tables the planner still believes empty; without fresh statistics it
 * keeps plans that filter every page against the whole tenant, and ingestion turns quadratic.
 * Autovacuum does this eventually (and not at all when it is switched off), so after inserting as
 * many rows as were there at the last refresh, the ingestion tables are analyzed: at most about
 * log2(rows) times, each bounded by ANALYZE's sampling. No-op on H2.
 */
@Component
class PlannerStatistics {

    private static final Logger log = LoggerFactory.getLogger(PlannerStatistics.class);
    private static final long FIRST_REFRESH = 500;

    private final JdbcTemplate jdbc;
    private final boolean postgres;
    private long insertedSinceRefresh;
    private long threshold = FIRST_REFRESH;

    PlannerStatistics(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.postgres = isPostgres(dataSource);
    }

    /** Called after a committed page with the number of assets it created. */
    synchronized void inserted(long rows) {
        if (!postgres || rows == 0) {
            return;
        }
        insertedSinceRefresh += rows;
        if (insertedSinceRefresh < threshold) {
            return;
        }
        long started = System.nanoTime();
        // Only the tables the per-page correlation reads by list; detail rows are reached by primary key.
        jdbc.execute("analyze assets");
        jdbc.execute("analyze tenant_external_entity_mappings");
        threshold = Math.max(FIRST_REFRESH, threshold + insertedSinceRefresh);
        insertedSinceRefresh = 0;
        log.debug("Refreshed planner statistics in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            return false;
        }
    }
}
