package dev.tributary.integration;

import dev.tributary.platform.SecretStore;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Registers the test providers (one open, one enterprise-only) for kernel tests. */
@TestConfiguration(proxyBeanMethods = false)
public class TestProviderConfiguration {

    @Bean
    TestProvider testProvider(SecretStore secrets) {
        return new TestProvider(secrets, TestProvider.ID, false);
    }

    @Bean
    TestProvider enterpriseTestProvider(SecretStore secrets) {
        return new TestProvider(secrets, "testent", true);
    }
}
