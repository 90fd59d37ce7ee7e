package dev.tributary.platform.internal;

import dev.tributary.platform.SqlTime;
import dev.tributary.platform.Tenants.TenantInfo;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TenantRepository {

    private final JdbcClient jdbc;

    TenantRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, String name, boolean bootstrap, Instant now) {
        jdbc.sql("insert into tenants (id, name, is_bootstrap, created_at) values (?, ?, ?, ?)")
                .params(id, name, bootstrap, SqlTime.bind(now))
                .update();
    }

    Optional<TenantInfo> find(UUID id) {
        return jdbc.sql("select id, name, is_bootstrap from tenants where id = ?")
                .param(id)
                .query((rs, n) -> new TenantInfo(rs.getObject("id", UUID.class), rs.getString("name"), rs.getBoolean("is_bootstrap")))
                .optional();
    }

    Optional<TenantInfo> findBootstrap() {
        return jdbc.sql("select id, name, is_bootstrap from tenants where is_bootstrap = true order by created_at")
                .query((rs, n) -> new TenantInfo(rs.getObject("id", UUID.class), rs.getString("name"), true))
                .list().stream().findFirst();
    }
}
