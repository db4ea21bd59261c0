package dev.parley.loadtest.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.loadtest.bot.VideoFormat;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SoakOptionsTest {
    @Test
    void defaultsAreHalfAnHourOfTenRoomsSampledEveryFiveMinutes() {
        SoakOptions options = SoakOptions.parse();
        assertThat(options.duration()).isEqualTo(Duration.ofMinutes(30));
        assertThat(options.sampleEvery()).isEqualTo(Duration.ofMinutes(5));
        assertThat(options.rooms()).isEqualTo(10);
        assertThat(options.botsPerRoom()).isEqualTo(2);
        assertThat(options.abruptPercent()).isEqualTo(40);
        assertThat(options.settle()).isEqualTo(Duration.ofSeconds(70));
        assertThat(options.video()).isEqualTo(VideoFormat.THUMBNAIL);
        assertThat(options.audio()).isTrue();
        assertThat(options.jar()).isEqualTo(Path.of("server/target/parley-server.jar"));
    }

    @Test
    void readsEveryOption() {
        SoakOptions options = SoakOptions.parse("--minutes=4", "--sample-minutes=1", "--rooms=3", "--bots-per-room=4",
                "--min-stay-seconds=1", "--max-stay-seconds=2", "--max-pause-seconds=0", "--abrupt-percent=100",
                "--settle-seconds=35", "--video=320x180@15", "--audio=false", "--jar=/x.jar");
        assertThat(options).isEqualTo(new SoakOptions(Duration.ofMinutes(4), Duration.ofMinutes(1), 3, 4,
                Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ZERO, 100, Duration.ofSeconds(35),
                new VideoFormat(320, 180, 15), false, Path.of("/x.jar")));
    }

    @Test
    void refusesUnknownOptionsAndLoadsThatCannotWork() {
        assertThatThrownBy(() -> SoakOptions.parse("--room=3")).hasMessageContaining("unknown options [room]");
        assertThatThrownBy(() -> SoakOptions.parse("--minutes=0")).hasMessageContaining("--minutes");
        assertThatThrownBy(() -> SoakOptions.parse("--bots-per-room=11")).hasMessageContaining("--bots-per-room");
        assertThatThrownBy(() -> SoakOptions.parse("--min-stay-seconds=9", "--max-stay-seconds=8"))
                .hasMessageContaining("--min-stay-seconds");
        assertThatThrownBy(() -> SoakOptions.parse("--abrupt-percent=101")).hasMessageContaining("--abrupt-percent");
        // The end sample must come after the reconnect grace, or dropped resumable seats would look like a leak.
        assertThatThrownBy(() -> SoakOptions.parse("--settle-seconds=30")).hasMessageContaining("at least 35");
    }
}
