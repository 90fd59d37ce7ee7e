package dev.tributary.platform;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Binding helpers for batched statements ({@code JdbcClient} has no batch API). Values are bound
 * the way both engines accept them: instants as UTC {@code OffsetDateTime}, nulls untyped.
 */
public final class Jdbc {

    private Jdbc() {
    }

    public static void bind(PreparedStatement ps, int index, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.NULL);
        } else if (value instanceof Instant instant) {
            ps.setObject(index, SqlTime.bind(instant));
        } else if (value instanceof String text) {
            ps.setString(index, text);
        } else if (value instanceof Enum<?> e) {
            ps.setString(index, e.name().toLowerCase());
        } else {
            ps.setObject(index, value);
        }
    }

    /** Runs one batched statement for all rows; returns the number of statements sent (0 or 1). */
    public static int batch(JdbcTemplate jdbc, String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        jdbc.batchUpdate(sql, rows, rows.size(), (ps, row) -> {
            for (int i = 0; i < row.length; i++) {
                bind(ps, i + 1, row[i]);
            }
        });
        return 1;
    }

    /** {@code ?, ?, ?} for an IN list of the given size. */
    public static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    public static Object[] params(Object first, Collection<?> rest) {
        Object[] all = new Object[rest.size() + 1];
        all[0] = first;
        int i = 1;
        for (Object value : rest) {
            all[i++] = value;
        }
        return all;
    }
}
