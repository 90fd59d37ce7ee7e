package dev.tributary.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives every Spring Boot test context its own fresh database and data directory. The customizer
 * is stateless (all instances are equal), so Spring's context cache still shares one context among
 * test classes with the same configuration; a new database is made only when a context is built.
 */
public class FreshDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
        boolean bootTest = MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
                .isPresent(SpringBootTest.class);
        return bootTest ? new FreshDatabase() : null;
    }

    static final class FreshDatabase implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            Path dataDir;
            try {
                dataDir = Files.createTempDirectory("tributary-test");
                dataDir.toFile().deleteOnExit();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            boolean h2File = config.getPropertySourceProperties() != null
                    && List.of(config.getPropertySourceProperties()).contains("tributary.test.h2-file=true");
            TestDatabases.Database database = h2File && !TestDatabases.postgres()
                    ? TestDatabases.h2File(dataDir.resolve("tributary"))
                    : TestDatabases.fresh();
            Map<String, Object> properties = new HashMap<>();
            properties.put("spring.datasource.url", database.url());
            properties.put("spring.datasource.username", database.username());
            properties.put("spring.datasource.password", database.password());
            properties.put("tributary.data-dir", dataDir.toString());
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("freshTestDatabase", properties));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof FreshDatabase;
        }

        @Override
        public int hashCode() {
            return FreshDatabase.class.hashCode();
        }
    }
}
