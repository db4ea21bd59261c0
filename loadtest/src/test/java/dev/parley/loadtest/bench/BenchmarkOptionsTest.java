package dev.parley.loadtest.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.loadtest.bot.VideoFormat;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BenchmarkOptionsTest {
    @Test
    void defaultsAreTenThumbnailBotsWithAudio() {
        BenchmarkOptions options = BenchmarkOptions.parse();
        assertThat(options.bots()).isEqualTo(10);
        assertThat(options.video()).isEqualTo(new VideoFormat(160, 90, 10));
        assertThat(options.audio()).isTrue();
        assertThat(options.measure()).isEqualTo(Duration.ofSeconds(20));
        assertThat(options.jar()).isEqualTo(Path.of("server/target/parley-server.jar"));
        assertThat(options.server()).isNull();
    }

    @Test
    void readsEveryOption() {
        BenchmarkOptions options = BenchmarkOptions.parse("--bots=4", "--video=320x180@15", "--audio=false",
                "--join-interval-ms=100", "--measure-seconds=5", "--jar=/x.jar", "--server=http://127.0.0.1:8080");
        assertThat(options).isEqualTo(new BenchmarkOptions(4, new VideoFormat(320, 180, 15), false, Duration.ofMillis(100),
                Duration.ofSeconds(5), Path.of("/x.jar"), URI.create("http://127.0.0.1:8080")));
    }

    @Test
    void refusesUnknownOrMalformedOptions() {
        assertThatThrownBy(() -> BenchmarkOptions.parse("--bot=3")).hasMessageContaining("unknown options [bot]");
        assertThatThrownBy(() -> BenchmarkOptions.parse("bots=3")).hasMessageContaining("--name=value");
        assertThatThrownBy(() -> BenchmarkOptions.parse("--bots=1")).hasMessageContaining("at least 2");
        assertThatThrownBy(() -> BenchmarkOptions.parse("--video=320x180")).hasMessageContaining("WIDTHxHEIGHT@FPS");
    }
}
