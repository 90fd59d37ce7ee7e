package dev.tributary.psa.ticket;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Per-tenant ticket numbers. The increment takes the counter row's lock until the surrounding
 * transaction ends, so concurrent creators get distinct, consecutive numbers on both engines.
 */
@Component
class TicketCounter {

    private final JdbcClient jdbc;

    TicketCounter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long next(UUID tenantId) {
        if (increment(tenantId) == 0) {
            jdbc.sql("insert into ticket_counters (tenant_id, last_number) values (?, 1000) on conflict do nothing")
                    .param(tenantId).update();
            increment(tenantId);
        }
        return jdbc.sql("select last_number from ticket_counters where tenant_id = ?").param(tenantId).query(Long.class).single();
    }

    private int increment(UUID tenantId) {
        return jdbc.sql("update ticket_counters set last_number = last_number + 1 where tenant_id = ?").param(tenantId).update();
    }
}
