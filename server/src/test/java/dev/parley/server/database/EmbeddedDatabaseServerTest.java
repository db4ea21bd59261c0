package dev.parley.server.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL as the server starts it (issue 8): durable unless told otherwise, and a postmaster orphaned by a
 * killed process is stopped at the next start — but only one that provably serves this data directory.
 */
class EmbeddedDatabaseServerTest {
    @TempDir
    Path dir;

    @Test
    void durableByDefaultAndFastOnlyWhenAskedFor() throws Exception {
        try (EmbeddedDatabaseServer server = EmbeddedDatabaseServer.start(dir.resolve("durable"), true)) {
            assertThat(setting(server, "fsync")).isEqualTo("on");
            assertThat(setting(server, "synchronous_commit")).isEqualTo("on");
        }
        try (EmbeddedDatabaseServer server = EmbeddedDatabaseServer.start(dir.resolve("fast"), false)) {
            assertThat(setting(server, "fsync")).isEqualTo("off");
            assertThat(setting(server, "synchronous_commit")).isEqualTo("off");
        }
    }

    @Test
    void aPostmasterLeftRunningByAKilledProcessIsStoppedAndTheServerStarts() throws Exception {
        Path data = dir.resolve("postgres");
        Path bin;
        try (EmbeddedDatabaseServer first = EmbeddedDatabaseServer.start(data, true)) {
            createTable(first);
            bin = Path.of(OrphanedPostmaster.ourPostmaster(data).orElseThrow().info().command().orElseThrow()).getParent();
        }
        // What a kill -9 of the JVM leaves: a postmaster of this directory that no live process holds the lock file for.
        ProcessHandle orphan = startOrphan(bin, data);
        Path other = Files.createDirectories(dir.resolve("other"));
        Files.writeString(other.resolve(OrphanedPostmaster.PID_FILE), orphan.pid() + "\n" + data + "\n");
        assertThat(OrphanedPostmaster.stopIfOrphaned(other, Duration.ofSeconds(5))).as("not the other directory's").isFalse();
        assertThat(orphan.isAlive()).isTrue();

        try (EmbeddedDatabaseServer second = EmbeddedDatabaseServer.start(data, true)) {
            assertThat(orphan.isAlive()).as("the orphan was stopped").isFalse();
            assertThat(query(second, "SELECT count(*) FROM kept")).isEqualTo("1");
        }
    }

    @Test
    void aPidFileNamingAnotherProgramIsLeftAlone() throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "60").start();
        try {
            for (long pid : List.of(sleeper.pid(), ProcessHandle.current().pid(), 999_999_999L)) {
                Files.writeString(dir.resolve(OrphanedPostmaster.PID_FILE), pid + "\n" + dir + "\n");
                assertThat(OrphanedPostmaster.stopIfOrphaned(dir, Duration.ofSeconds(5))).as("pid %d", pid).isFalse();
            }
            assertThat(sleeper.isAlive()).isTrue();
        } finally {
            sleeper.destroyForcibly();
        }
    }

    /** pg_ctl start as io.zonky starts it (PostgreSQL refuses to run as root: as root, inside a user namespace). */
    private static ProcessHandle startOrphan(Path bin, Path data) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-l",
                data.resolveSibling("orphan.log").toString(), "-o", "-c listen_addresses=127.0.0.1 -p " + freePort(), "start"));
        Process pgCtl = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(pgCtl.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(pgCtl.exitValue()).as("pg_ctl start").isZero();
        return OrphanedPostmaster.ourPostmaster(data).orElseThrow();
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void createTable(EmbeddedDatabaseServer server) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (id int); INSERT INTO kept VALUES (1)");
        }
    }

    private static String setting(EmbeddedDatabaseServer server, String name) throws SQLException {
        return query(server, "SHOW " + name);
    }

    private static String query(EmbeddedDatabaseServer server, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
