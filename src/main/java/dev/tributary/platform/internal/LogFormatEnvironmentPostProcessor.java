package dev.tributary.platform.internal;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/** {@code TRIBUTARY_LOG_FORMAT=json} switches console logs to structured JSON (Elastic Common Schema). */
public class LogFormatEnvironmentPostProcessor implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String format = environment.getProperty("TRIBUTARY_LOG_FORMAT", environment.getProperty("tributary.log-format", ""));
        if ("json".equalsIgnoreCase(format.trim())) {
            environment.getPropertySources().addFirst(new MapPropertySource("tributaryLogFormat",
                    Map.of("logging.structured.format.console", "ecs")));
        }
    }
}
