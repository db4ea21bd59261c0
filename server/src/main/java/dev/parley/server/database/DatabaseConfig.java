package dev.parley.server.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.parley.server.config.ParleyProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The DataSource every repository and Flyway use. Declaring it here makes Spring Boot's own DataSource auto-configuration back off,
 * so {@code parley.db.*} is the only database setting. The pool depends on the server bean, so on shutdown the pool closes first
 * and the embedded server stops after it.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

    @Bean(destroyMethod = "close")
    DatabaseServer databaseServer(ParleyProperties properties, EmbeddedDatabaseProperties embedded) {
        ParleyProperties.Db db = properties.db();
        return db.embedded()
                ? EmbeddedDatabaseServer.start(properties.dataDir().resolve("postgres"), embedded.durable())
                : new ExternalDatabaseServer(db);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseServer server) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("parley");
        config.setJdbcUrl(server.jdbcUrl());
        config.setUsername(server.user());
        config.setPassword(server.password());
        config.setMaximumPoolSize(10);
        return new HikariDataSource(config);
    }
}
