package dev.parley.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL server the tests use: the one named by {@code PARLEY_TEST_DB_URL} / {@code _USER} / {@code _PASSWORD} (CI starts
 * a real server), otherwise one embedded PostgreSQL per JVM in a temporary directory. On a shared server each JVM gets its own
 * freshly created database, so repeated runs never see each other's rows or migrations.
 */
public final class TestDatabase {
    /** How to reach the test database. */
    public record Connection(String url, String user, String password) {
    }

    private static Connection connection;

    private TestDatabase() {
    }

    public static synchronized Connection get() {
        if (connection == null) {
            String url = System.getenv("PARLEY_TEST_DB_URL");
            connection = url == null || url.isBlank() ? startEmbedded() : freshDatabaseOn(
                    new Connection(url, env("PARLEY_TEST_DB_USER"), env("PARLEY_TEST_DB_PASSWORD")));
        }
        return connection;
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null ? "" : value;
    }

    private static Connection startEmbedded() {
        try {
            Path dir = Files.createTempDirectory("parley-test-pg");
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(true)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    // tests do not need crash safety; skipping fsync makes migrations and inserts several times faster
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setRegisterShutdownHook(true)
                    .start();
            return new Connection("jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres", "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded test PostgreSQL", e);
        }
    }

    /** Creates {@code parley_test_<millis>} on the given server; falls back to the given database if we may not create one. */
    private static Connection freshDatabaseOn(Connection server) {
        String name = "parley_test_" + System.currentTimeMillis();
        try (java.sql.Connection c = DriverManager.getConnection(server.url(), server.user(), server.password());
             Statement statement = c.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
            return new Connection(withDatabase(server.url(), name), server.user(), server.password());
        } catch (SQLException e) {
            System.err.println("TestDatabase: cannot create a database (" + e.getMessage() + "); using " + server.url());
            return server;
        }
    }

    /** Replaces the database part of {@code jdbc:postgresql://host:port/db?params}. */
    static String withDatabase(String url, String database) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String params = query < 0 ? "" : url.substring(query);
        int slash = base.indexOf('/', "jdbc:postgresql://".length());
        return (slash < 0 ? base : base.substring(0, slash)) + "/" + database + params;
    }
}
