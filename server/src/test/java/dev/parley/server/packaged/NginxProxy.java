package dev.parley.server.packaged;

import dev.parley.loadtest.bench.ServerProcess;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Debian's nginx as a child process in front of a Parley server, configured with the sample the README points operators at
 * ({@code docs/deploy/nginx.conf}) — the same file, with only its host-specific values replaced (free loopback ports, the test
 * certificate, Parley's port), so the documented configuration is the tested one. Everything (config, pid, logs, temp files)
 * lives in one directory; no system file is read or written.
 */
final class NginxProxy implements AutoCloseable {
    static final Path NGINX = Path.of("/usr/sbin/nginx");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final Path dir;
    private final int httpsPort;
    private final int httpPort;

    private NginxProxy(Process process, Path dir, int httpsPort, int httpPort) {
        this.process = process;
        this.dir = dir;
        this.httpsPort = httpsPort;
        this.httpPort = httpPort;
    }

    /** The committed sample; failsafe runs in the server module, whose parent holds docs/. */
    static Path sample() {
        return Path.of(System.getProperty("parley.deploy.dir", "../docs/deploy")).resolve("nginx.conf");
    }

    static NginxProxy start(Path dir, int parleyPort, Path certificate, Path privateKey) throws IOException, InterruptedException {
        if (!Files.isExecutable(NGINX)) {
            throw new IllegalStateException(NGINX + " is missing: install Debian's nginx with `apt-get install -y nginx` "
                    + "(./parley test does)");
        }
        int httpsPort = ServerProcess.freeTcpPort();
        int httpPort = ServerProcess.freeTcpPort();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("/etc/letsencrypt/live/parley.example.org/fullchain.pem", certificate.toAbsolutePath().toString());
        values.put("/etc/letsencrypt/live/parley.example.org/privkey.pem", privateKey.toAbsolutePath().toString());
        // Loopback IPv4 only: tests never listen on other addresses.
        values.put("listen [::]:80;", "");
        values.put("listen [::]:443 ssl;", "");
        values.put("listen 80;", "listen 127.0.0.1:" + httpPort + ";");
        values.put("listen 443 ssl;", "listen 127.0.0.1:" + httpsPort + " ssl;");
        values.put("server 127.0.0.1:8080;", "server 127.0.0.1:" + parleyPort + ";");
        Files.createDirectories(dir.resolve("temp"));
        Files.writeString(dir.resolve("parley.conf"), templated(Files.readString(sample()), values));
        Files.writeString(dir.resolve("nginx.conf"), mainConfig(dir));
        Process process = new ProcessBuilder(NGINX.toString(), "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString(),
                "-e", dir.resolve("error.log").toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("nginx.out").toFile()).start();
        NginxProxy proxy = new NginxProxy(process, dir, httpsPort, httpPort);
        proxy.awaitListening();
        return proxy;
    }

    /** The sample with each host-specific value replaced; a value the sample no longer contains fails loudly. */
    static String templated(String sample, Map<String, String> values) {
        String result = sample;
        for (Map.Entry<String, String> value : values.entrySet()) {
            if (!result.contains(value.getKey())) {
                throw new IllegalStateException(sample() + " no longer contains '" + value.getKey()
                        + "': update NginxProxy's replacements together with the sample");
            }
            result = result.replace(value.getKey(), value.getValue());
        }
        return result;
    }

    /** What /etc/nginx/nginx.conf provides on a real host, pointed into the test directory. */
    private static String mainConfig(Path dir) {
        String d = dir.toAbsolutePath().toString();
        // As root, workers would run as nobody and could not read the test directory.
        String user = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
        return user + String.join("\n", List.of(
                "daemon off;",
                "worker_processes 1;",
                "pid " + d + "/nginx.pid;",
                "error_log " + d + "/error.log info;",
                "events { worker_connections 256; }",
                "http {",
                "    access_log " + d + "/access.log;",
                "    client_body_temp_path " + d + "/temp/client_body;",
                "    proxy_temp_path " + d + "/temp/proxy;",
                "    fastcgi_temp_path " + d + "/temp/fastcgi;",
                "    uwsgi_temp_path " + d + "/temp/uwsgi;",
                "    scgi_temp_path " + d + "/temp/scgi;",
                "    include " + d + "/parley.conf;",
                "}", ""));
    }

    private void awaitListening() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("nginx exited with code " + process.exitValue() + ": " + errors());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", httpsPort), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        close();
        throw new IOException("nginx did not listen within " + START_TIMEOUT.toSeconds() + " s: " + errors());
    }

    String errors() throws IOException {
        Path log = dir.resolve("error.log");
        return (Files.exists(log) ? Files.readString(log) : "") + Files.readString(dir.resolve("nginx.out"));
    }

    String accessLog() throws IOException {
        return Files.readString(dir.resolve("access.log"));
    }

    String httpsBase() {
        return "https://127.0.0.1:" + httpsPort;
    }

    String httpBase() {
        return "http://127.0.0.1:" + httpPort;
    }

    /** SIGTERM: nginx's fast shutdown. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
