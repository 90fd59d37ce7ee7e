package dev.tributary.platform.internal;

import dev.tributary.platform.Caller;
import dev.tributary.platform.Role;
import dev.tributary.platform.SqlTime;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ApiTokenRepository {

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record StoredToken(UUID id, Caller caller, Instant lastUsedAt) {
    }

    void insert(UUID id, UUID tenantId, String name, String hash, String hint, Role role, Instant now) {
        jdbc.sql("""
                        insert into api_tokens (id, tenant_id, name, token_hash, token_hint, role, created_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(id, tenantId, name, hash, hint, role.name(), SqlTime.bind(now))
                .update();
    }

    /** Token lookup is by hash alone: the token itself decides the tenant. */
    Optional<StoredToken> findByHash(String hash) {
        return jdbc.sql("select id, tenant_id, name, role, last_used_at from api_tokens where token_hash = ?")
                .param(hash)
                .query((rs, n) -> new StoredToken(rs.getObject("id", UUID.class),
                        new Caller(rs.getObject("tenant_id", UUID.class), "token:" + rs.getString("name"),
                                Role.valueOf(rs.getString("role"))),
                        SqlTime.read(rs, "last_used_at")))
                .optional();
    }

    void touch(UUID id, UUID tenantId, Instant now) {
        jdbc.sql("update api_tokens set last_used_at = ? where id = ? and tenant_id = ?")
                .params(SqlTime.bind(now), id, tenantId)
                .update();
    }

    boolean anyExists() {
        return jdbc.sql("select count(*) from api_tokens").query(Long.class).single() > 0;
    }
}
