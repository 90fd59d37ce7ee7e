package dev.tributary.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Within a minute of start, demo mode has tickets, assets of every RMM, webhook alerts and overdue agents. */
class DemoConvergenceTest extends DemoTestSupport {

    @Test
    void theDemoConvergesWithinAMinute() {
        assertThat(api().get("/api/v1/me").text("role")).isEqualTo("admin");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            assertThat(total("/api/v1/tickets?source=huntress")).as("Huntress tickets").isPositive();
            assertThat(total("/api/v1/assets?provider=tacticalrmm")).as("Tactical assets").isPositive();
            assertThat(total("/api/v1/assets?provider=tanium")).as("Tanium assets").isPositive();
            assertThat(total("/api/v1/assets?agentStatus=overdue")).as("overdue agents").isPositive();
            assertThat(total("/api/v1/alerts?provider=tacticalrmm")).as("Tactical webhook alerts").isPositive();
        });
        var orgs = api().get("/api/v1/integrations/huntress/organizations").json().path("items");
        assertThat(orgs.valueStream().filter(o -> o.path("clientId").isNull()).count())
                .as("one Huntress organization is left unmapped on purpose").isEqualTo(1);
    }

    private long total(String path) {
        return api().get(path).json().path("total").asLong();
    }
}
