package dev.parley.loadtest.bench;

import dev.parley.loadtest.bot.VideoFormat;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

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
        OptionValues values = OptionValues.parse(args);
        String server = values.get("server", null);
        BenchmarkOptions options = new BenchmarkOptions(
                values.getInt("bots", 10),
                VideoFormat.parse(values.get("video", VideoFormat.THUMBNAIL.toString())),
                Boolean.parseBoolean(values.get("audio", "true")),
                Duration.ofMillis(Long.parseLong(values.get("join-interval-ms", "500"))),
                Duration.ofSeconds(Long.parseLong(values.get("measure-seconds", "20"))),
                Path.of(values.get("jar", "server/target/parley-server.jar")),
                server != null ? URI.create(server) : null);
        values.rejectUnknown();
        if (options.bots < 2) {
            throw new IllegalArgumentException("--bots must be at least 2");
        }
        return options;
    }
}
