package dev.parley.loadtest.bot;

import dev.onvoid.webrtc.media.audio.AudioOptions;
import dev.onvoid.webrtc.media.audio.AudioTrack;
import dev.onvoid.webrtc.media.audio.AudioTrackSource;

/**
 * A microphone track fed by the {@link WebRtcEngine}'s headless audio device, which records silence: Opus still sends a
 * packet every 20 ms (no DTX unless negotiated, RFC 7587 §3.1.3), so the SFU forwards a real audio packet rate.
 *
 * <p>Why not a {@code CustomAudioSource} with a pushed beep: in webrtc-java 0.14.0, as soon as a factory sends audio,
 * libwebrtc starts the device module's recording thread, which feeds every audio sender of the factory; a pushed source
 * would feed the same sender from a second thread and libwebrtc aborts the JVM ({@code audio_send_stream.cc}
 * "race_checker"). Measured on this machine.
 */
final class SilentMicrophone implements AutoCloseable {
    private final AudioTrackSource source;
    private final AudioTrack track;

    SilentMicrophone(WebRtcEngine engine, String trackId) {
        AudioOptions options = new AudioOptions();
        // Nothing to process in silence; processing would only cost CPU per bot.
        options.echoCancellation = false;
        options.autoGainControl = false;
        options.noiseSuppression = false;
        options.highpassFilter = false;
        this.source = engine.factory().createAudioSource(options);
        this.track = engine.factory().createAudioTrack(trackId, source);
    }

    AudioTrack track() {
        return track;
    }

    @Override
    public void close() {
        track.dispose();
    }
}
