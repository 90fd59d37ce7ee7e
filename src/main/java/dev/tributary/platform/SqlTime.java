package dev.tributary.platform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Time values crossing JDBC. PostgreSQL cannot infer a type for a bound {@link Instant}, so
 * instants are bound as UTC {@link OffsetDateTime}s and read back as instants.
 */
public final class SqlTime {

    private SqlTime() {
    }

    public static OffsetDateTime bind(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant read(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
