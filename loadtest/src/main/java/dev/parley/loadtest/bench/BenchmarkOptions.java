package dev.parley.loadtest.bench;

import dev.parley.loadtest.bot.VideoFormat;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Command-line options of {@link ConferenceBenchmark}, each {@code --name=value}; every one has a default.
 *
 * @param bots         participants (the server admits at most 10 per conference)
 * @param video        each bot's camera, {@code WIDTHxHEIGHT@FPS}
 * @param audio        whether each bot also publishes a microphone
 * @param joinInterval pause between two joins (a burst of 10 joins is not what the numbers are about)
 * @param measure      the steady-state window over which rates and CPU are measured
 * @param jar          the server jar to start ({@code server/target/parley-server.jar} after {@code ./mvnw install})
 * @param server       an already running server to use instead (then no CPU figure: its pid is unknown)
 */
public record BenchmarkOptions(int bots, VideoFormat video, boolean audio, Duration joinInterval, Duration measure, Path jar,
                               URI server) {

    public static BenchmarkOptions parse(String... args) {
        Map<String, String> values = new HashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                throw new IllegalArgumentException("options look like --name=value, got '" + arg + "'");
            }
            values.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        BenchmarkOptions options = new BenchmarkOptions(
                Integer.parseInt(values.getOrDefault("bots", "10")),
                VideoFormat.parse(values.getOrDefault("video", VideoFormat.THUMBNAIL.toString())),
                Boolean.parseBoolean(values.getOrDefault("audio", "true")),
                Duration.ofMillis(Long.parseLong(values.getOrDefault("join-interval-ms", "500"))),
                Duration.ofSeconds(Long.parseLong(values.getOrDefault("measure-seconds", "20"))),
                Path.of(values.getOrDefault("jar", "server/target/parley-server.jar")),
                values.containsKey("server") ? URI.create(values.get("server")) : null);
        values.keySet().removeAll(java.util.Set.of("bots", "video", "audio", "join-interval-ms", "measure-seconds", "jar",
                "server"));
        if (!values.isEmpty()) {
            throw new IllegalArgumentException("unknown options " + values.keySet());
        }
        if (options.bots < 2) {
            throw new IllegalArgumentException("--bots must be at least 2");
        }
        return options;
    }
}
