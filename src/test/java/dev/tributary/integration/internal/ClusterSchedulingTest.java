package dev.tributary.integration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import dev.tributary.integration.IntegrationAdmin;
import dev.tributary.integration.IntegrationRecord;
import dev.tributary.integration.RunKind;
import dev.tributary.integration.TestProvider;
import dev.tributary.integration.TestProviderConfiguration;
import dev.tributary.platform.Tenants;
import dev.tributary.testsupport.TributaryTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two scheduler instances on one database (two Tributary nodes) repeatedly run the scheduled
 * syncs of several integrations. No integration may ever run on both at once, and both nodes
 * must take part. The task runs the production {@code RunService.runScheduled}.
 */
@TributaryTest
@Import(TestProviderConfiguration.class)
class ClusterSchedulingTest {

    @Autowired DataSource dataSource;
    @Autowired RunService runs;
    @Autowired Tenants tenants;
    @Autowired IntegrationAdmin admin;
    @Autowired IntegrationRepository integrations;
    @Autowired TestProvider testProvider;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper mapper;

    @Test
    void twoSchedulersNeverRunTheSameIntegrationAtOnce() throws Exception {
        List<IntegrationRecord> connected = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            UUID tenant = tenants.create("Cluster " + i + " " + UUID.randomUUID(), false).id();
            admin.connect(tenant, "test", TestProvider.ID, mapper.readTree("{\"apiKey\":\"good-key\"}"));
            connected.add(integrations.find(tenant, TestProvider.ID).orElseThrow());
        }
        Map<String, AtomicInteger> executionsByNode = new ConcurrentHashMap<>();
        testProvider.workMillis = 30;
        testProvider.mostConcurrentOnOneIntegration.set(0);

        CustomTask<Integer> task = Tasks.custom("cluster-test-run", Integer.class).execute((instance, context) -> {
            String[] parts = instance.getId().split(":");
            runs.runScheduled(UUID.fromString(parts[0]), UUID.fromString(parts[1]), RunKind.FULL_SYNC);
            executionsByNode.computeIfAbsent(context.getExecution().pickedBy, k -> new AtomicInteger()).incrementAndGet();
            return new CompletionHandler.OnCompleteReschedule<>(FixedDelay.ofMillis(50));
        });

        Scheduler nodeA = node(task, "node-a");
        Scheduler nodeB = node(task, "node-b");
        try {
            for (IntegrationRecord integration : connected) {
                // Two task instances per integration (like an incremental and a full schedule) make collisions likely.
                for (String suffix : Set.of("a", "b")) {
                    nodeA.schedule(task.instance(integration.tenantId() + ":" + integration.id() + ":" + suffix, 1), Instant.now());
                }
            }
            nodeA.start();
            nodeB.start();
            Thread.sleep(6_000);
        } finally {
            nodeA.stop();
            nodeB.stop();
            testProvider.workMillis = 0;
        }

        assertThat(testProvider.mostConcurrentOnOneIntegration.get()).as("syncs of one integration running at once").isEqualTo(1);
        for (IntegrationRecord integration : connected) {
            long finished = jdbc.sql("select count(*) from sync_runs where tenant_id = ? and integration_id = ? and state = 'succeeded'")
                    .params(integration.tenantId(), integration.id()).query(Long.class).single();
            assertThat(finished).as("scheduled runs of " + integration.id()).isGreaterThan(3);
            long stillRunning = jdbc.sql("select count(*) from sync_runs where tenant_id = ? and integration_id = ? and state = 'running'")
                    .params(integration.tenantId(), integration.id()).query(Long.class).single();
            assertThat(stillRunning).isZero();
        }
        assertThat(executionsByNode.keySet()).as("both nodes executed work").contains("node-a", "node-b");
        assertOverlappingRunsNeverRecorded(connected);
    }

    /** The run rows themselves: for each integration, no two runs' [started, finished] intervals intersect. */
    private void assertOverlappingRunsNeverRecorded(List<IntegrationRecord> connected) {
        for (IntegrationRecord integration : connected) {
            long overlapping = jdbc.sql("""
                            select count(*) from sync_runs a join sync_runs b
                              on a.integration_id = b.integration_id and a.id < b.id
                             where a.tenant_id = ? and a.integration_id = ?
                               and a.started_at < b.finished_at and b.started_at < a.finished_at
                            """)
                    .params(integration.tenantId(), integration.id()).query(Long.class).single();
            assertThat(overlapping).as("overlapping runs of " + integration.id()).isZero();
        }
    }

    private Scheduler node(CustomTask<Integer> task, String name) {
        return Scheduler.create(dataSource, task)
                .schedulerName(new SchedulerName.Fixed(name))
                .pollingInterval(Duration.ofMillis(100))
                .threads(4)
                .build();
    }
}
