package dev.tributary.demo;

import dev.tributary.testsupport.ApiClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The application in demo mode (embedded H2, simulators, fast activity), as the README's run command starts it.
 * The context is closed after each class: its activity generator would otherwise keep loading the
 * machine for the rest of the suite from Spring's context cache.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@TestPropertySource(properties = {"tributary.demo.activity-seconds=3", "tributary.bootstrap.admin-password=demo-password"})
abstract class DemoTestSupport {

    @LocalServerPort
    int port;

    /** The bootstrap API key is an admin token of the demo tenant. */
    ApiClient api() {
        return ApiClient.on(port, "test-admin-key");
    }
}
