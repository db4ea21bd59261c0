package dev.parley.loadtest.bot;

import dev.onvoid.webrtc.PeerConnectionFactory;
import dev.onvoid.webrtc.PeerConnectionObserver;
import dev.onvoid.webrtc.PortAllocatorConfig;
import dev.onvoid.webrtc.RTCBundlePolicy;
import dev.onvoid.webrtc.RTCConfiguration;
import dev.onvoid.webrtc.RTCPeerConnection;
import dev.onvoid.webrtc.RTCRtcpMuxPolicy;
import dev.onvoid.webrtc.media.audio.HeadlessAudioDeviceModule;

/**
 * One libwebrtc instance: its signaling, worker and network threads, encoders and decoders. Each bot owns one.
 *
 * <p>Two settings are not optional on a server without a sound card or a network other than loopback (shared/TESTING.md):
 * <ol>
 *   <li>the factory gets a {@link HeadlessAudioDeviceModule}: the default module opens PulseAudio/ALSA devices and aborts the
 *       whole JVM when there are none;</li>
 *   <li>the port allocator skips adapter enumeration and uses "any address" ports: libwebrtc ignores loopback adapters, so
 *       otherwise it gathers no candidate at all; with a wildcard-bound socket its checks to the server's 127.0.0.1
 *       candidate leave from 127.0.0.1 and everything stays on loopback.</li>
 * </ol>
 */
final class WebRtcEngine implements AutoCloseable {
    private final HeadlessAudioDeviceModule audioDevices;
    private final PeerConnectionFactory factory;

    WebRtcEngine() {
        audioDevices = new HeadlessAudioDeviceModule();
        factory = new PeerConnectionFactory(audioDevices);
        audioDevices.initRecording();
        audioDevices.startRecording();
    }

    PeerConnectionFactory factory() {
        return factory;
    }

    /** A peer connection as Parley's browser client makes them: BUNDLE on one transport, RTCP multiplexed, no ICE servers. */
    RTCPeerConnection newPeerConnection(PeerConnectionObserver observer) {
        RTCConfiguration config = new RTCConfiguration();
        config.bundlePolicy = RTCBundlePolicy.MAX_BUNDLE;
        config.rtcpMuxPolicy = RTCRtcpMuxPolicy.REQUIRE;
        config.portAllocatorConfig = new PortAllocatorConfig()
                .setDisableAdapterEnumeration(true)
                .setEnableAnyAddressPorts(true)
                .setDisableTcp(true);
        return factory.createPeerConnection(config, observer);
    }

    @Override
    public void close() {
        factory.dispose();
        audioDevices.stopRecording();
        audioDevices.dispose();
    }
}
