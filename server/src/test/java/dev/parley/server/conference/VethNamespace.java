package dev.parley.server.conference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A network namespace joined to the host by a veth pair, for a browser whose network can drop (issue 12): the host side
 * {@link #HOST_ADDRESS} carries the server's media port and HTTP, the namespace side {@link #BROWSER_ADDRESS} the browser.
 * Names are unique to this test ({@code pr-resume-*}); leftovers of a killed run are removed first. Needs root and iproute2.
 */
final class VethNamespace implements AutoCloseable {
    static final String NAME = "pr-resume-ns";
    static final String HOST_LINK = "pr-resume-h";
    static final String BROWSER_LINK = "pr-resume-b";
    static final String HOST_ADDRESS = "10.231.77.1";
    static final String BROWSER_ADDRESS = "10.231.77.2";

    private VethNamespace() {
    }

    static VethNamespace create() {
        quietly("ip", "netns", "del", NAME);
        quietly("ip", "link", "del", HOST_LINK);
        run("ip", "netns", "add", NAME);
        run("ip", "link", "add", HOST_LINK, "type", "veth", "peer", "name", BROWSER_LINK);
        run("ip", "link", "set", BROWSER_LINK, "netns", NAME);
        run("ip", "addr", "add", HOST_ADDRESS + "/24", "dev", HOST_LINK);
        run("ip", "link", "set", HOST_LINK, "up");
        inside("ip", "addr", "add", BROWSER_ADDRESS + "/24", "dev", BROWSER_LINK);
        inside("ip", "link", "set", BROWSER_LINK, "up");
        inside("ip", "link", "set", "lo", "up");
        return new VethNamespace();
    }

    /** The browser's network goes away (its link is down: no route, nothing in or out) or comes back. */
    void browserLink(boolean up) {
        inside("ip", "link", "set", BROWSER_LINK, up ? "up" : "down");
    }

    /** A Chromium launcher that runs /usr/bin/chromium inside the namespace (Playwright talks to it over its pipe). */
    Path chromiumLauncher() {
        try {
            Path script = Files.createTempFile("pr-resume-chromium", ".sh",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Files.writeString(script, "#!/bin/sh\nexec ip netns exec " + NAME + " /usr/bin/chromium \"$@\"\n",
                    StandardCharsets.US_ASCII);
            script.toFile().deleteOnExit();
            return script;
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the namespace's Chromium launcher", e);
        }
    }

    @Override
    public void close() {
        quietly("ip", "netns", "del", NAME); // takes the veth pair with it
        quietly("ip", "link", "del", HOST_LINK);
    }

    private static void inside(String... command) {
        String[] full = new String[command.length + 4];
        full[0] = "ip";
        full[1] = "netns";
        full[2] = "exec";
        full[3] = NAME;
        System.arraycopy(command, 0, full, 4, command.length);
        run(full);
    }

    private static void run(String... command) {
        int exit = exec(command);
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + exit
                    + " (this test needs root and iproute2: apt-get install -y iproute2)");
        }
    }

    private static void quietly(String... command) {
        exec(command);
    }

    private static int exec(String... command) {
        try {
            Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
