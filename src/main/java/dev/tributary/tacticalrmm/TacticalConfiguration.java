package dev.tributary.tacticalrmm;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TacticalProperties.class)
class TacticalConfiguration {
}
