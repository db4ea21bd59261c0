package dev.parley.media.sfu;

import dev.parley.media.sfu.rtp.MediaKind;
import dev.parley.media.sfu.rtp.ProducerParameters;
import dev.parley.media.sfu.rtp.RemoteTransportParameters;
import dev.parley.media.sfu.rtp.RtpCodec;
import dev.parley.media.sfu.rtp.RtpEncoding;
import dev.parley.media.sfu.rtp.RtpHeaderExtension;
import dev.parley.media.sfu.rtp.SfuCapabilities;
import dev.parley.media.transport.ice.IceParameters;
import dev.parley.media.wire.rtp.RtpHeaderWriter;
import dev.parley.media.wire.sdp.DtlsFingerprint;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Publisher-side packets and parameters shaped like Chromium's (its payload types and extension ids differ from ours). */
final class TestPackets {
    static final int BROWSER_VP8_PT = 100;
    static final int BROWSER_RTX_PT = 101;
    static final int BROWSER_OPUS_PT = 109;
    static final int EXT_AUDIO_LEVEL = 1;
    static final int EXT_ABS_SEND_TIME = 2;
    static final int EXT_TRANSPORT_CC = 3;
    static final int EXT_MID = 4;
    static final int EXT_RID = 10;
    static final int EXT_REPAIRED_RID = 11;
    static final long VIDEO_SSRC = 0x1111_1111L;
    static final long RTX_SSRC = 0x2222_2222L;
    static final long AUDIO_SSRC = 0x3333_3333L;

    /** VP8 payload: descriptor S=1 PID=0 (0x10), then the payload header's first byte with P=0 (keyframe). */
    static final byte[] VP8_KEYFRAME = {0x10, 0x50, 0x01, 0x00, (byte) 0x9d, 0x01, 0x2a, 0x40, 0x01};
    /** VP8 payload: descriptor S=1 PID=0, payload header P=1 (interframe). */
    static final byte[] VP8_DELTA = {0x10, 0x31, 0x02, 0x00, 0x11, 0x22};
    /** VP8 payload: a middle packet of a frame (S=0). */
    static final byte[] VP8_CONTINUATION = {0x00, 0x77, 0x66, 0x55};

    private TestPackets() {
    }

    static List<RtpHeaderExtension> browserExtensions() {
        return List.of(new RtpHeaderExtension(SfuCapabilities.URI_AUDIO_LEVEL, EXT_AUDIO_LEVEL),
                new RtpHeaderExtension(SfuCapabilities.URI_ABS_SEND_TIME, EXT_ABS_SEND_TIME),
                new RtpHeaderExtension(SfuCapabilities.URI_TRANSPORT_CC, EXT_TRANSPORT_CC),
                new RtpHeaderExtension(SfuCapabilities.URI_MID, EXT_MID),
                new RtpHeaderExtension(SfuCapabilities.URI_RID, EXT_RID),
                new RtpHeaderExtension(SfuCapabilities.URI_REPAIRED_RID, EXT_REPAIRED_RID));
    }

    static ProducerParameters video(String mid, long ssrc, long rtxSsrc) {
        RtpCodec vp8 = new RtpCodec("video/VP8", BROWSER_VP8_PT, 90000, 1, Map.of(),
                List.of("goog-remb", "transport-cc", "ccm fir", "nack", "nack pli"), BROWSER_RTX_PT);
        return new ProducerParameters(mid, MediaKind.VIDEO, vp8, browserExtensions(),
                List.of(new RtpEncoding(null, ssrc, rtxSsrc)), "pub-cname", "stream", "track-v");
    }

    static ProducerParameters audio(String mid) {
        RtpCodec opus = new RtpCodec("audio/opus", BROWSER_OPUS_PT, 48000, 2, Map.of("useinbandfec", "1"),
                List.of("transport-cc"), -1);
        return new ProducerParameters(mid, MediaKind.AUDIO, opus, browserExtensions(),
                List.of(new RtpEncoding(null, AUDIO_SSRC, 0)), "pub-cname", "stream", "track-a");
    }

    static RemoteTransportParameters remote(String ufrag) {
        return new RemoteTransportParameters(new IceParameters(ufrag, "browserpasswordbrowserpassword"),
                new DtlsFingerprint("sha-256", "01:02"));
    }

    /** An RTP packet with the browser's mid, audio-level and transport-cc extensions. */
    static byte[] rtp(int pt, int seq, long ts, long ssrc, boolean marker, String mid, byte[] payload) {
        byte[] buf = new byte[1500];
        RtpHeaderWriter w = new RtpHeaderWriter(buf, 0).header(pt, marker, seq, ts, ssrc)
                .extension(EXT_TRANSPORT_CC, new byte[] {0x12, 0x34})
                .extension(EXT_AUDIO_LEVEL, new byte[] {(byte) 0x85});
        if (mid != null) {
            w.extension(EXT_MID, mid.getBytes());
        }
        int header = w.finish();
        System.arraycopy(payload, 0, buf, header, payload.length);
        return Arrays.copyOf(buf, header + payload.length);
    }

    static byte[] vp8(int seq, long ts, byte[] payload) {
        return rtp(BROWSER_VP8_PT, seq, ts, VIDEO_SSRC, true, "1", payload);
    }
}
