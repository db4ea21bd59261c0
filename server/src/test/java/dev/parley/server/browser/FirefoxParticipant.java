package dev.parley.server.browser;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One participant in Debian's headless Firefox ESR: a node process ({@code src/test/firefox/participant.mjs}) that drives
 * Firefox over WebDriver BiDi with puppeteer-core, since Playwright cannot drive stock Firefox. Commands go to its stdin as
 * JSON lines, answers come back the same way (see the script's header).
 *
 * <p>The helper's npm dependencies are installed on first use with {@code npm ci} (the versions pinned by its
 * package-lock.json), never a browser: {@code PUPPETEER_SKIP_DOWNLOAD} is set and Firefox is {@value #FIREFOX}, which the
 * {@code parley} launcher installs. A missing Firefox, node or npm fails the test with the package to install.
 */
public final class FirefoxParticipant implements AutoCloseable {
    static final String FIREFOX = "/usr/bin/firefox-esr";
    /** Launching Firefox, signing in and connecting media on a loaded 2-core machine. */
    private static final long READY_SECONDS = 90;
    private static final long COMMAND_SECONDS = 45;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String name;
    private final Process process;
    private final BufferedReader out;
    private final Writer in;

    private FirefoxParticipant(String name, Process process) {
        this.name = name;
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.in = process.outputWriter(StandardCharsets.UTF_8);
    }

    /** Registers {@code username}, opens {@code /c/<conferenceId>} and joins; returns once both media connections are up. */
    public static FirefoxParticipant join(String baseUrl, String conferenceId, String username) {
        Path helper = helperDirectory();
        installDependencies(helper);
        ProcessBuilder builder = new ProcessBuilder("node", "participant.mjs", baseUrl, conferenceId, username,
                "correct horse battery staple")
                .directory(helper.toFile())
                // The page's console goes to a log file, never to this JVM's own stdout/stderr/stdin: Surefire talks to
                // its forked JVM over those streams, and a child writing or reading them corrupts the channel.
                .redirectError(ProcessBuilder.Redirect.appendTo(helper.resolve("participant.log").toFile()));
        builder.environment().put("PUPPETEER_SKIP_DOWNLOAD", "1");
        builder.environment().put("PARLEY_FIREFOX", FIREFOX);
        FirefoxParticipant participant;
        try {
            participant = new FirefoxParticipant(username, builder.start());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start node: install it with `apt-get install -y nodejs npm`.", e);
        }
        JsonNode ready = participant.readLine(READY_SECONDS);
        if (!"ready".equals(ready.path("event").asString())) {
            participant.close();
            throw new AssertionError(username + " (Firefox) did not join: " + ready.path("error").asString(ready.toString())
                    + " (console: " + helper.resolve("participant.log") + ")");
        }
        return participant;
    }

    public String name() {
        return name;
    }

    public String participantId() {
        return command(Map.of("cmd", "participantId")).asString();
    }

    /**
     * {@code "<participantId>/<kind>"} → counters of what this page receives from that participant: {@code frames}
     * (framesDecoded), {@code samples} (totalSamplesReceived), {@code packets}, {@code codec} (mime type).
     */
    public JsonNode inbound() {
        return command(Map.of("cmd", "stats"));
    }

    /** Clicks the button or link with this accessible name (real pointer input, as a person would). */
    public void click(String accessibleName) {
        command(Map.of("cmd", "click", "name", accessibleName));
    }

    public void waitConnected() {
        command(Map.of("cmd", "waitConnected"));
    }

    public void waitLeft() {
        command(Map.of("cmd", "waitLeft"));
    }

    private JsonNode command(Map<String, String> command) {
        try {
            in.write(JSON.writeValueAsString(command) + "\n");
            in.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(name + " (Firefox) is gone", e);
        }
        JsonNode answer = readLine(COMMAND_SECONDS);
        if (!answer.path("ok").asBoolean(false)) {
            throw new AssertionError(name + " (Firefox) could not " + command + ": " + answer.path("error").asString(""));
        }
        return answer.path("value");
    }

    private JsonNode readLine(long seconds) {
        CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            String text = line.get(seconds, TimeUnit.SECONDS);
            if (text == null) {
                throw new AssertionError(name + " (Firefox): the helper ended (exit " + process.waitFor() + ")");
            }
            return JSON.readTree(text);
        } catch (TimeoutException e) {
            throw new AssertionError(name + " (Firefox) did not answer within " + seconds + " s", e);
        } catch (ExecutionException e) {
            throw new AssertionError(name + " (Firefox) helper output failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Quits Firefox (asks nicely, then ends the helper and its browser). */
    @Override
    public void close() {
        try {
            if (process.isAlive()) {
                in.write("{\"cmd\":\"quit\"}\n");
                in.flush();
            }
        } catch (IOException ignored) {
            // already gone
        }
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code server/src/test/firefox}: Surefire sets {@code basedir} to the server module. */
    private static Path helperDirectory() {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize().resolve("src/test/firefox");
    }

    /**
     * {@code npm ci} when the helper's node_modules is missing (a fresh clone, CI): the test then runs however it was started
     * (the launcher, plain Maven, an IDE). Synchronized: one install per JVM even if two tests start at once.
     */
    private static synchronized void installDependencies(Path helper) {
        if (!Files.isExecutable(Path.of(FIREFOX))) {
            throw new IllegalStateException(FIREFOX + " is missing: install it with `apt-get install -y firefox-esr`.");
        }
        if (Files.isDirectory(helper.resolve("node_modules/puppeteer-core"))) {
            return;
        }
        ProcessBuilder npm = new ProcessBuilder(List.of("npm", "ci", "--no-audit", "--no-fund"))
                .directory(helper.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(helper.resolve("npm-ci.log").toFile()));
        npm.environment().put("PUPPETEER_SKIP_DOWNLOAD", "1");
        try {
            Process process = npm.start();
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("`npm ci` in " + helper + " failed (see npm-ci.log there): the Firefox tests need the"
                        + " npm registry once.");
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run npm: install it with `apt-get install -y nodejs npm`.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
