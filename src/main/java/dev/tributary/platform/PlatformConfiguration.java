package dev.tributary.platform;

import java.security.SecureRandom;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.JdkIdGenerator;
import org.springframework.util.IdGenerator;

/**
 * Clock, id generation and randomness are beans so tests can replace them (with a {@code @Primary}
 * bean) and time-dependent logic is tested without sleeping.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TributaryProperties.class)
public class PlatformConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    IdGenerator idGenerator() {
        return new JdkIdGenerator();
    }

    @Bean
    SecureRandom secureRandom() {
        return new SecureRandom();
    }
}
