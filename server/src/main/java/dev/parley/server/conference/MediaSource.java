package dev.parley.server.conference;

import dev.parley.media.sfu.rtp.MediaKind;
import java.util.Locale;
import java.util.Optional;

/** What a published track is, as the participant's UI names it; the kind each source must have. */
public enum MediaSource {
    MICROPHONE(MediaKind.AUDIO), CAMERA(MediaKind.VIDEO), SCREEN(MediaKind.VIDEO), SCREEN_AUDIO(MediaKind.AUDIO);

    private final MediaKind kind;

    MediaSource(MediaKind kind) {
        this.kind = kind;
    }

    public MediaKind kind() {
        return kind;
    }

    /** The protocol token: "microphone", "camera", "screen", "screen_audio". */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<MediaSource> fromWireName(String name) {
        for (MediaSource source : values()) {
            if (source.wireName().equals(name)) {
                return Optional.of(source);
            }
        }
        return Optional.empty();
    }
}
