package dev.tributary.testsupport;

import java.util.Map;
import java.util.UUID;
import org.springframework.boot.test.web.server.LocalServerPort;

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
}
