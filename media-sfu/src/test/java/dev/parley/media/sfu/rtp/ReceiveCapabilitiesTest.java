package dev.parley.media.sfu.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.media.sfu.rtp.ReceiveCapabilities.Decodable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whether a subscriber decodes a Producer's codec, from what its browser's RTCRtpReceiver.getCapabilities lists. */
class ReceiveCapabilitiesTest {
    /** Firefox ESR 153 on Debian (no OpenH264 download). */
    static final ReceiveCapabilities FIREFOX = new ReceiveCapabilities(List.of(
            Decodable.of("video/VP8", "max-fs=12288;max-fr=60"), Decodable.of("video/rtx", null),
            Decodable.of("video/VP9", "max-fs=12288;max-fr=60"), Decodable.of("video/AV1", null),
            Decodable.of("video/ulpfec", null), Decodable.of("audio/opus", "maxplaybackrate=48000;stereo=1;useinbandfec=1")));
    /** Chromium 156's H.264 and VP9 entries. */
    static final ReceiveCapabilities CHROMIUM = new ReceiveCapabilities(List.of(
            Decodable.of("video/VP8", null),
            Decodable.of("video/H264", "level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42001f"),
            Decodable.of("video/H264", "level-asymmetry-allowed=1;packetization-mode=0;profile-level-id=42001f"),
            Decodable.of("video/H264", "level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e01f"),
            Decodable.of("video/H264", "level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=4d001f"),
            Decodable.of("video/VP9", "profile-id=0"), Decodable.of("video/VP9", "profile-id=2"),
            Decodable.of("audio/opus", "minptime=10;useinbandfec=1")));

    private static RtpCodec h264(String profileLevelId) {
        return SfuCapabilities.forwardCodec(new RtpCodec("video/H264", 102, 90000, 1,
                Map.of("packetization-mode", "1", "profile-level-id", profileLevelId), List.of(), -1));
    }

    @Test
    void firefoxWithoutOpenH264CannotDecodeH264ButDecodesVp8AndVp9() {
        assertThat(FIREFOX.canDecode(h264("42e01f"))).isFalse();
        assertThat(FIREFOX.canDecode(SfuCapabilities.VP8)).isTrue();
        assertThat(FIREFOX.canDecode(SfuCapabilities.VP9)).as("no profile-id means profile 0").isTrue();
        assertThat(FIREFOX.canDecode(SfuCapabilities.OPUS)).isTrue();
    }

    @Test
    void h264MatchesByProfileNotByLevelOrBytes() {
        assertThat(CHROMIUM.canDecode(h264("42e01f"))).isTrue();
        assertThat(CHROMIUM.canDecode(h264("42e034"))).isTrue();
        assertThat(CHROMIUM.canDecode(h264("4d001f"))).isTrue();
        assertThat(CHROMIUM.canDecode(h264("640c1f"))).as("Constrained High is not listed").isFalse();
        ReceiveCapabilities onlyConstrainedBaseline = new ReceiveCapabilities(List.of(
                Decodable.of("video/h264", "profile-level-id=42E01F;packetization-mode=1")));
        assertThat(onlyConstrainedBaseline.canDecode(h264("42e01f"))).as("mime type and hex in any case").isTrue();
        assertThat(onlyConstrainedBaseline.canDecode(h264("42001f"))).as("Baseline is another profile").isFalse();
    }

    @Test
    void h264NeedsPacketizationMode1() {
        ReceiveCapabilities mode0 = new ReceiveCapabilities(List.of(
                Decodable.of("video/H264", "packetization-mode=0;profile-level-id=42e01f"),
                Decodable.of("video/H264", "profile-level-id=42e01f")));
        assertThat(mode0.canDecode(h264("42e01f"))).isFalse();
    }

    @Test
    void vp9MatchesByProfile() {
        ReceiveCapabilities profile2 = new ReceiveCapabilities(List.of(Decodable.of("video/VP9", "profile-id=2")));
        assertThat(profile2.canDecode(SfuCapabilities.VP9)).isFalse();
        assertThat(CHROMIUM.canDecode(SfuCapabilities.VP9)).isTrue();
    }

    @Test
    void aClientThatStatesNothingDecodesOpusAndVp8Only() {
        assertThat(ReceiveCapabilities.DEFAULT.canDecode(SfuCapabilities.OPUS)).isTrue();
        assertThat(ReceiveCapabilities.DEFAULT.canDecode(SfuCapabilities.VP8)).isTrue();
        assertThat(ReceiveCapabilities.DEFAULT.canDecode(SfuCapabilities.VP9)).isFalse();
        assertThat(ReceiveCapabilities.DEFAULT.canDecode(h264("42e01f"))).isFalse();
    }

    @Test
    void fmtpLinesAreReadLeniently() {
        assertThat(ReceiveCapabilities.parseFmtp(" a=1 ; b = 2;;flag;a=3")).containsExactly(
                Map.entry("a", "1"), Map.entry("b", "2"), Map.entry("flag", ""));
        assertThat(ReceiveCapabilities.parseFmtp(null)).isEmpty();
    }
}
