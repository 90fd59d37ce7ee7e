package dev.tributary.psa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tributary.platform.Tenants;
import dev.tributary.testsupport.TributaryTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Ticket numbers per tenant and idempotent creation by source reference, under concurrency. */
@TributaryTest
class TicketCreationConcurrencyTest {

    @Autowired Tenants tenants;
    @Autowired Clients clients;
    @Autowired TicketSetup setup;
    @Autowired Tickets tickets;

    UUID tenant;
    UUID client;
    UUID board;

    @BeforeEach
    void setUp() {
        tenant = tenants.create("Numbers " + UUID.randomUUID(), false).id();
        client = clients.create(tenant, "Acme").id();
        board = setup.createBoard(tenant, "Support", true).id();
    }

    @Test
    void concurrentCreatorsGetDistinctConsecutiveNumbersPerTenant() throws Exception {
        UUID otherTenant = tenants.create("Other " + UUID.randomUUID(), false).id();
        UUID otherClient = clients.create(otherTenant, "Globex").id();
        UUID otherBoard = setup.createBoard(otherTenant, "Support", true).id();
        List<Callable<TicketCreation>> work = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int n = i;
            work.add(() -> tickets.createIdempotent(tenant, new NewTicket("T" + n, null, client, board, null, null, null, null, null,
                    null, null)));
        }
        for (int i = 0; i < 10; i++) {
            work.add(() -> tickets.createIdempotent(otherTenant, new NewTicket("O", null, otherClient, otherBoard, null, null, null,
                    null, null, null, null)));
        }
        List<TicketCreation> created = runAll(work, 8);
        Set<Long> numbers = new HashSet<>();
        created.subList(0, 40).forEach(c -> numbers.add(c.ticketNumber()));
        assertThat(numbers).hasSize(40);
        long min = numbers.stream().mapToLong(Long::longValue).min().orElseThrow();
        assertThat(numbers.stream().mapToLong(Long::longValue).max().orElseThrow() - min).as("consecutive").isEqualTo(39);
        Set<Long> otherNumbers = new HashSet<>();
        created.subList(40, 50).forEach(c -> otherNumbers.add(c.ticketNumber()));
        assertThat(otherNumbers).hasSize(10).contains(min).as("each tenant counts on its own");
    }

    @Test
    void creatingTheSameSourceReferenceTwiceGivesOneTicket() throws Exception {
        NewTicket ticket = new NewTicket("Incident 42", null, client, board, null, null, null, null, "huntress", "42", null);
        TicketCreation first = tickets.createIdempotent(tenant, ticket);
        TicketCreation again = tickets.createIdempotent(tenant, ticket);
        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.ticketId()).isEqualTo(first.ticketId());

        NewTicket racing = new NewTicket("Incident 43", null, client, board, null, null, null, null, "huntress", "43", null);
        List<Callable<TicketCreation>> work = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            work.add(() -> tickets.createIdempotent(tenant, racing));
        }
        List<TicketCreation> results = runAll(work, 6);
        assertThat(results.stream().map(TicketCreation::ticketId).distinct()).hasSize(1);
        assertThat(results.stream().filter(TicketCreation::created)).hasSize(1);
        assertThat(tickets.list(tenant, new TicketQuery(null, null, "huntress", "43", null, null, null), PageRequest.of(10, 0L))
                .total()).isEqualTo(1);
    }

    private static <T> List<T> runAll(List<Callable<T>> work, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> future : pool.invokeAll(work)) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
