package dev.tributary.psa.client;

import dev.tributary.platform.InvalidFieldException;
import dev.tributary.platform.SqlTime;
import dev.tributary.psa.Clients;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.util.IdGenerator;

@Service
class ClientService implements Clients {

    private final JdbcClient jdbc;
    private final IdGenerator ids;
    private final Clock clock;

    ClientService(JdbcClient jdbc, IdGenerator ids, Clock clock) {
        this.jdbc = jdbc;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public ClientInfo create(UUID tenantId, String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidFieldException("name", "must not be blank");
        }
        UUID id = ids.generateId();
        var now = SqlTime.bind(clock.instant());
        jdbc.sql("insert into clients (id, tenant_id, name, created_at, updated_at) values (?, ?, ?, ?, ?)")
                .params(id, tenantId, name.trim(), now, now)
                .update();
        return new ClientInfo(id, name.trim());
    }

    @Override
    public List<ClientInfo> list(UUID tenantId) {
        return jdbc.sql("select id, name from clients where tenant_id = ? and is_inactive = false order by lower(name), id")
                .param(tenantId)
                .query((rs, n) -> new ClientInfo(rs.getObject("id", UUID.class), rs.getString("name")))
                .list();
    }

    @Override
    public Optional<ClientInfo> find(UUID tenantId, UUID clientId) {
        return jdbc.sql("select id, name from clients where tenant_id = ? and id = ?")
                .params(tenantId, clientId)
                .query((rs, n) -> new ClientInfo(rs.getObject("id", UUID.class), rs.getString("name")))
                .optional();
    }
}
