package dev.tributary.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Base of REST tests: an admin client of the bootstrap tenant and helpers to create records. */
@TributaryTest
public abstract class ApiTestSupport {

    public static final String ADMIN_KEY = "test-admin-key";

    @LocalServerPort
    protected int port;

    protected ApiClient admin() {
        return ApiClient.on(port, ADMIN_KEY);
    }

    protected ApiClient anonymous() {
        return ApiClient.on(port, null);
    }

    /** A new tenant with its own admin client. */
    protected ApiClient newTenant(String name) {
        ApiClient.Response response = admin().post("/api/v1/tenants", Map.of("name", name));
        if (response.status() != 201) {
            throw new IllegalStateException("tenant creation failed: " + response.raw());
        }
        return ApiClient.on(port, response.text("apiKey"));
    }

    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    protected static String id(ApiClient.Response response) {
        if (response.status() / 100 != 2) {
            throw new IllegalStateException("request failed: " + response.status() + " " + response.raw());
        }
        return response.text("id");
    }

    /** The organization mappings of an integration ({@code integrationBase} is e.g. {@code /api/v1/integrations/tanium}). */
    protected static List<JsonNode> organizations(ApiClient api, String integrationBase) {
        List<JsonNode> rows = new ArrayList<>();
        api.get(integrationBase + "/organizations").json().path("items").forEach(rows::add);
        return rows;
    }

    /**
     * Syncs the integration's organizations and maps each listed one (by external id) to a client of that name,
     * created when missing; returns client ids by external id.
     */
    protected static Map<String, String> mapOrganizations(ApiClient api, String integrationBase,
                                                          Map<String, String> externalToClientName) {
        ApiClient.Response synced = api.post(integrationBase + "/organizations/sync", null);
        assertThat(synced.status()).as(synced.raw()).isEqualTo(200);
        Map<String, String> clients = new HashMap<>();
        for (JsonNode client : api.get("/api/v1/clients?limit=1000").json().path("items")) {
            clients.put(client.path("name").asString(), client.path("id").asString());
        }
        Map<String, String> result = new HashMap<>();
        for (JsonNode row : organizations(api, integrationBase)) {
            String external = row.path("externalOrganizationId").asString();
            String clientName = externalToClientName.get(external);
            if (clientName == null) {
                continue;
            }
            String clientId = clients.computeIfAbsent(clientName, n -> id(api.post("/api/v1/clients", Map.of("name", n))));
            ApiClient.Response mapped = api.patch(integrationBase + "/organizations/" + row.path("id").asString(),
                    Map.of("clientId", clientId));
            assertThat(mapped.status()).as(mapped.raw()).isEqualTo(200);
            result.put(external, clientId);
        }
        assertThat(result).hasSize(externalToClientName.size());
        return result;
    }
}
