package dev.parley.loadtest.bench;

import dev.parley.loadtest.bot.VideoFormat;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Command-line options of {@link SoakBenchmark}, each {@code --name=value}; every one has a default. The default load suits a
 * 2-core machine: 10 rooms × 2 bot slots, each slot staying 4–15 s and pausing up to 6 s between visits, keeps about 12
 * libwebrtc bots live at once (each costs real CPU: its own encoder and decoders).
 *
 * @param duration      how long bots keep cycling ({@code --minutes})
 * @param sampleEvery   time between two samples of the server ({@code --sample-minutes})
 * @param rooms         conferences the bots cycle through
 * @param botsPerRoom   bot slots per room; a slot is one account that joins its room, stays, goes, pauses, again
 * @param minStay       shortest stay in a room
 * @param maxStay       longest stay in a room
 * @param maxPause      longest pause of a slot between two visits
 * @param abruptPercent share of visits that end without a {@code leave}: half close the socket without a leave, half drop
 *                      it without a close frame
 * @param settle        wait after the last bot went before the end sample; at least the server's reconnect grace (30 s)
 *                      plus 5 s, so resumable seats left behind are released
 * @param video         each bot's camera
 * @param audio         whether each bot also publishes a microphone
 * @param jar           the server jar to start
 */
public record SoakOptions(Duration duration, Duration sampleEvery, int rooms, int botsPerRoom, Duration minStay,
                          Duration maxStay, Duration maxPause, int abruptPercent, Duration settle, VideoFormat video,
                          boolean audio, Path jar) {
    /** {@code parley.conference.reconnect-grace}'s default plus 5 s: a dropped resumable seat is released by then. */
    static final Duration MIN_SETTLE = Duration.ofSeconds(35);

    public static SoakOptions parse(String... args) {
        OptionValues values = OptionValues.parse(args);
        SoakOptions options = new SoakOptions(
                Duration.ofMinutes(values.getInt("minutes", 30)),
                Duration.ofMinutes(values.getInt("sample-minutes", 5)),
                values.getInt("rooms", 10),
                values.getInt("bots-per-room", 2),
                Duration.ofSeconds(values.getInt("min-stay-seconds", 4)),
                Duration.ofSeconds(values.getInt("max-stay-seconds", 15)),
                Duration.ofSeconds(values.getInt("max-pause-seconds", 6)),
                values.getInt("abrupt-percent", 40),
                Duration.ofSeconds(values.getInt("settle-seconds", 70)),
                VideoFormat.parse(values.get("video", VideoFormat.THUMBNAIL.toString())),
                Boolean.parseBoolean(values.get("audio", "true")),
                Path.of(values.get("jar", "server/target/parley-server.jar")));
        values.rejectUnknown();
        options.check();
        return options;
    }

    private void check() {
        if (duration.isNegative() || duration.isZero() || sampleEvery.isNegative() || sampleEvery.isZero()) {
            throw new IllegalArgumentException("--minutes and --sample-minutes must be at least 1");
        }
        if (rooms < 1 || botsPerRoom < 1 || botsPerRoom > 10) {
            throw new IllegalArgumentException("--rooms must be at least 1 and --bots-per-room 1..10");
        }
        if (minStay.isNegative() || maxStay.compareTo(minStay) < 0 || maxPause.isNegative()) {
            throw new IllegalArgumentException("stays and pauses: 0 <= --min-stay-seconds <= --max-stay-seconds, "
                    + "--max-pause-seconds >= 0");
        }
        if (abruptPercent < 0 || abruptPercent > 100) {
            throw new IllegalArgumentException("--abrupt-percent must be 0..100");
        }
        if (settle.compareTo(MIN_SETTLE) < 0) {
            throw new IllegalArgumentException("--settle-seconds must be at least " + MIN_SETTLE.toSeconds()
                    + " (the server's reconnect grace plus 5 s)");
        }
    }
}
