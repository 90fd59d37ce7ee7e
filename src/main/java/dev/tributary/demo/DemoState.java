package dev.tributary.demo;

import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** What the activity generator needs once seeding is done. */
@Component
@Profile("demo")
class DemoState {

    private volatile UUID tenant;
    private volatile String baseUrl;

    void ready(UUID tenant, String baseUrl) {
        this.baseUrl = baseUrl;
        this.tenant = tenant;
    }

    UUID tenant() {
        return tenant;
    }

    String baseUrl() {
        return baseUrl;
    }

    boolean isReady() {
        return tenant != null;
    }
}
