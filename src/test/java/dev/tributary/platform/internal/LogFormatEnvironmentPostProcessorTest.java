package dev.tributary.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class LogFormatEnvironmentPostProcessorTest {

    private final LogFormatEnvironmentPostProcessor processor = new LogFormatEnvironmentPostProcessor();

    @Test
    void jsonSwitchesConsoleLogsToStructuredEcs() {
        MockEnvironment environment = new MockEnvironment().withProperty("TRIBUTARY_LOG_FORMAT", "json");
        processor.postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("logging.structured.format.console")).isEqualTo("ecs");
    }

    @Test
    void anythingElseLeavesPlainText() {
        MockEnvironment environment = new MockEnvironment().withProperty("TRIBUTARY_LOG_FORMAT", "text");
        processor.postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("logging.structured.format.console")).isNull();
    }
}
