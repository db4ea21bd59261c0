package dev.parley.server.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL started by this process, so {@code java -jar parley-server.jar} needs nothing installed. The cluster lives in
 * {@code <data-dir>/postgres} and is reused on the next start (initdb runs only when no {@code postgresql.conf} exists there), so
 * accounts and meetings survive restarts. It listens on 127.0.0.1 only, on a port free at start time.
 *
 * <p>Durable by default: io.zonky's builder starts PostgreSQL with {@code -F} (fsync off) and {@code synchronous_commit=off},
 * settings for throwaway test databases under which a crash lost 2–6 of ~130 chat messages that clients had seen acknowledged
 * (issue 8). Both are switched back on here unless {@code parley.db.embedded.durable=false}. A postmaster left running by a
 * previous process that was killed is stopped first ({@link OrphanedPostmaster}).
 */
final class EmbeddedDatabaseServer implements DatabaseServer {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseServer.class);

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabaseServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** How long an orphaned postmaster gets for its fast shutdown (a checkpoint of what the dead process wrote). */
    private static final Duration ORPHAN_STOP_TIMEOUT = Duration.ofSeconds(60);

    static EmbeddedDatabaseServer start(Path directory, boolean durable) {
        try {
            Files.createDirectories(directory);
            OrphanedPostmaster.stopIfOrphaned(directory, ORPHAN_STOP_TIMEOUT);
            // "-c fsync=on" comes after the builder's "-F" on the postgres command line, and the later setting wins.
            String onOff = durable ? "on" : "off";
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPort(freeLoopbackPort())
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("fsync", onOff)
                    .setServerConfig("synchronous_commit", onOff)
                    // A crash must not leave torn pages behind when fsync is on (PostgreSQL's default; stated for clarity).
                    .setServerConfig("full_page_writes", "on")
                    // Stopped by close() when the application context closes, after the connection pool. A second JVM shutdown
                    // hook would race Spring's and stop PostgreSQL under connections still in use.
                    .setRegisterShutdownHook(false)
                    .start();
            log.info("embedded PostgreSQL started dir={} port={} durable={}", directory.toAbsolutePath(), postgres.getPort(),
                    durable);
            return new EmbeddedDatabaseServer(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + directory.toAbsolutePath(), e);
        }
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
    }

    @Override
    public String user() {
        return "postgres";
    }

    @Override
    public String password() {
        return "";
    }

    @Override
    public void close() {
        try {
            postgres.close();
            log.info("embedded PostgreSQL stopped");
        } catch (IOException e) {
            log.warn("embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
