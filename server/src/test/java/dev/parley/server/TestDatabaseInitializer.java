package dev.parley.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points the application under test at {@link TestDatabase} and at a throw-away data directory. */
class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase.Connection db = TestDatabase.get();
        try {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("parley-test-database", Map.of(
                    "parley.db.url", db.url(),
                    "parley.db.user", db.user(),
                    "parley.db.password", db.password(),
                    "parley.data-dir", Files.createTempDirectory("parley-test-data").toString())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
