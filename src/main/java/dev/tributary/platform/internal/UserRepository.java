package dev.tributary.platform.internal;

import dev.tributary.platform.Role;
import dev.tributary.platform.SqlTime;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record StoredUser(UUID id, UUID tenantId, String username, String passwordHash, boolean enabled, Role role) {
    }

    void insert(UUID id, UUID tenantId, String username, String passwordHash, Role role, Instant now) {
        jdbc.sql("insert into users (id, tenant_id, username, password_hash, enabled, created_at) values (?, ?, ?, ?, true, ?)")
                .params(id, tenantId, username, passwordHash, SqlTime.bind(now))
                .update();
        jdbc.sql("insert into user_roles (tenant_id, user_id, role) values (?, ?, ?)")
                .params(tenantId, id, role.name())
                .update();
    }

    /** Login is the one lookup that is not tenant-scoped: the user name decides the tenant. */
    Optional<StoredUser> findByUsername(String username) {
        return jdbc.sql("""
                        select u.id, u.tenant_id, u.username, u.password_hash, u.enabled, r.role
                          from users u join user_roles r on r.user_id = u.id
                         where u.username = ?
                         order by r.role
                        """)
                .param(username)
                .query((rs, n) -> new StoredUser(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                        rs.getString("username"), rs.getString("password_hash"), rs.getBoolean("enabled"),
                        Role.valueOf(rs.getString("role"))))
                .list().stream().findFirst();
    }

    boolean anyExists() {
        return jdbc.sql("select count(*) from users").query(Long.class).single() > 0;
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("select count(*) from users where username = ?").param(username).query(Long.class).single() > 0;
    }
}
