package dev.tributary.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tributary.testsupport.ApiClient;
import dev.tributary.testsupport.ApiTestSupport;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlatformApiTest extends ApiTestSupport {

    @Test
    void healthIsOpenAndOtherActuatorEndpointsNeedAnAdmin() {
        var health = anonymous().get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.text("status")).isEqualTo("UP");

        assertThat(anonymous().get("/actuator/prometheus").status()).isEqualTo(401);
        ApiClient technician = admin().withToken(admin().post("/api/v1/tokens", Map.of("name", "tech", "role", "technician")).text("apiKey"));
        assertThat(technician.get("/actuator/prometheus").status()).isEqualTo(403);
        var details = admin().get("/actuator/health");
        assertThat(details.json().path("components").path("integrations").path("status").asString()).isEqualTo("UP");
        assertThat(anonymous().get("/actuator/health").json().path("components").isMissingNode()).as("no details anonymously").isTrue();
        var metrics = admin().get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.raw()).contains("jvm_memory_used_bytes");
    }

    @Test
    void theBootstrapKeyIsAnAdminOfTheBootstrapTenant() {
        var me = admin().get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.text("role")).isEqualTo("admin");
    }

    @Test
    void missingOrWrongTokensGet401ProblemDocuments() {
        var none = anonymous().get("/api/v1/clients");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.contentType()).startsWith("application/problem+json");
        assertThat(none.text("status")).isEqualTo("401");

        var wrong = admin().withToken("not-a-token").get("/api/v1/clients");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.text("detail")).contains("not valid");

        var bearer = anonymous().send("GET", "/api/v1/me", null, Map.of("Authorization", "Bearer " + ADMIN_KEY));
        assertThat(bearer.status()).isEqualTo(200);
    }

    @Test
    void techniciansReadButCannotConfigure() {
        String key = admin().post("/api/v1/tokens", Map.of("name", "tech", "role", "technician")).text("apiKey");
        ApiClient technician = admin().withToken(key);
        assertThat(technician.get("/api/v1/clients").status()).isEqualTo(200);
        var denied = technician.post("/api/v1/clients", Map.of("name", "Nope"));
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.contentType()).startsWith("application/problem+json");
        assertThat(technician.post("/api/v1/tenants", Map.of("name", "x")).status()).isEqualTo(403);
        assertThat(technician.post("/api/v1/tokens", Map.of("name", "x")).status()).isEqualTo(403);
    }

    @Test
    void onlyTheBootstrapTenantCreatesTenants() {
        var created = admin().post("/api/v1/tenants", Map.of("name", "Acme MSP"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("id")).isNotBlank();
        assertThat(created.text("name")).isEqualTo("Acme MSP");
        ApiClient other = admin().withToken(created.text("apiKey"));
        assertThat(other.get("/api/v1/me").text("tenantId")).isEqualTo(created.text("id"));

        var refused = other.post("/api/v1/tenants", Map.of("name", "Sub tenant"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("detail")).contains("bootstrap tenant");
    }

    @Test
    void badInputGetsProblemDetailsNamingTheField() {
        var malformed = admin().sendRaw("POST", "/api/v1/clients", "{\"name\": ", "application/json", Map.of());
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(malformed.text("detail")).contains("not valid JSON");

        var blank = admin().post("/api/v1/clients", Map.of("name", " "));
        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.text("detail")).contains("name");
        assertThat(blank.text("field")).isEqualTo("name");

        var wrongType = admin().post("/api/v1/boards", Map.of("name", "B", "isDefault", Map.of("x", 1)));
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.text("field")).isEqualTo("isDefault");

        var unknown = admin().get("/api/v1/tickets/" + java.util.UUID.randomUUID());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(admin().get("/api/v1/tickets/not-a-uuid").status()).isEqualTo(404);

        var badFilter = admin().get("/api/v1/assets?agentStatus=sleepy");
        assertThat(badFilter.status()).isEqualTo(422);
        assertThat(badFilter.text("field")).isEqualTo("agentStatus");
    }
}
