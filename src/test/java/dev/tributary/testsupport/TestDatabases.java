package dev.tributary.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Creates a fresh database for each Spring test context: an in-memory H2 database, or a new
 * PostgreSQL database when the suite runs with {@code -Dtributary.test.db=postgres}. PostgreSQL
 * databases are dropped when the JVM exits.
 */
public final class TestDatabases {

    private static final List<String> created = new CopyOnWriteArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::dropAll));
    }

    private TestDatabases() {
    }

    public static boolean postgres() {
        return "postgres".equalsIgnoreCase(System.getProperty("tributary.test.db", "h2"));
    }

    public record Database(String url, String username, String password) {
    }

    public static Database fresh() {
        String name = "trib_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        if (!postgres()) {
            return new Database("jdbc:h2:mem:" + name
                    + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000",
                    "sa", "");
        }
        try (Connection admin = adminConnection(); Statement statement = admin.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database on " + adminUrl()
                    + " (is PostgreSQL running and does the role exist? .ci/run sets both up)", e);
        }
        created.add(name);
        String base = adminUrl();
        String url = base.substring(0, base.lastIndexOf('/') + 1) + name;
        return new Database(url, user(), password());
    }

    /** An H2 database in files (for tests that inspect what reaches the disk). */
    public static Database h2File(java.nio.file.Path base) {
        return new Database("jdbc:h2:file:" + base.toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000", "sa", "");
    }

    private static Connection adminConnection() throws SQLException {
        return DriverManager.getConnection(adminUrl(), user(), password());
    }

    private static String adminUrl() {
        return System.getProperty("tributary.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
    }

    private static String user() {
        return System.getProperty("tributary.test.pg.user", "tributary");
    }

    private static String password() {
        return System.getProperty("tributary.test.pg.password", "tributary");
    }

    private static void dropAll() {
        if (created.isEmpty()) {
            return;
        }
        try (Connection admin = adminConnection(); Statement statement = admin.createStatement()) {
            for (String name : created) {
                statement.execute("drop database if exists " + name + " with (force)");
            }
        } catch (SQLException ignored) {
            // best effort: a leftover test database does no harm
        }
    }
}
