package dev.parley.media.sfu.sdp;

/**
 * Offers shaped like Firefox's (128–140, Unified Plan): fingerprint at session level, ice credentials per section, extmaps with
 * a direction ("/recvonly"), Opus as pt 109 and VP8 as pt 120 with RTX 124 (so a parser that assumes Chromium's 111/96 fails),
 * ssrc lines even with simulcast.
 */
final class FirefoxOffers {
    private FirefoxOffers() {
    }

    /** addTrack(microphone), addTrack(camera): two sendrecv sections. */
    static final String AUDIO_VIDEO = """
            v=0
            o=mozilla...THIS_IS_SDPARTA-128.0 4630364574432398321 0 IN IP4 0.0.0.0
            s=-
            t=0 0
            a=fingerprint:sha-256 6B:8B:F0:65:5F:78:E2:51:3B:AC:6F:F3:3F:46:1B:35:DC:B8:5F:64:1A:24:C2:43:F0:A1:58:D0:A1:2C:19:08
            a=group:BUNDLE 0 1
            a=ice-options:trickle
            a=msid-semantic:WMS *
            m=audio 9 UDP/TLS/RTP/SAVPF 109 9 0 8 101
            c=IN IP4 0.0.0.0
            a=sendrecv
            a=extmap:1 urn:ietf:params:rtp-hdrext:ssrc-audio-level
            a=extmap:2/recvonly urn:ietf:params:rtp-hdrext:csrc-audio-level
            a=extmap:3 urn:ietf:params:rtp-hdrext:sdes:mid
            a=fmtp:109 maxplaybackrate=48000;stereo=1;useinbandfec=1
            a=fmtp:101 0-15
            a=ice-pwd:f5bdc1a4fbe29a16b1df9b5a6c4e8d55
            a=ice-ufrag:3a6b2c1e
            a=mid:0
            a=msid:{5b7c5a3e-6e34-4a59-9a0e-4f0c3b3e7f21} {0b3d0e8a-8b1e-4e6f-9a86-2f5c1f3e9d12}
            a=rtcp-mux
            a=rtpmap:109 opus/48000/2
            a=rtpmap:9 G722/8000/1
            a=rtpmap:0 PCMU/8000
            a=rtpmap:8 PCMA/8000
            a=rtpmap:101 telephone-event/8000/1
            a=setup:actpass
            a=ssrc:1796238513 cname:{b9e1a9a6-61b1-4b0e-8a3f-0d6c8c0e0f55}
            m=video 9 UDP/TLS/RTP/SAVPF 120 124 121 125 126 127 97 98 123 122 119
            c=IN IP4 0.0.0.0
            a=sendrecv
            a=extmap:3 urn:ietf:params:rtp-hdrext:sdes:mid
            a=extmap:4 http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time
            a=extmap:5 urn:ietf:params:rtp-hdrext:toffset
            a=extmap:6/recvonly http://www.webrtc.org/experiments/rtp-hdrext/playout-delay
            a=extmap:7 http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01
            a=fmtp:126 profile-level-id=42e01f;level-asymmetry-allowed=1;packetization-mode=1
            a=fmtp:97 profile-level-id=42e01f;level-asymmetry-allowed=1
            a=fmtp:120 max-fs=12288;max-fr=60
            a=fmtp:124 apt=120
            a=fmtp:121 max-fs=12288;max-fr=60
            a=fmtp:125 apt=121
            a=fmtp:127 apt=126
            a=fmtp:98 apt=97
            a=fmtp:119 apt=122
            a=ice-pwd:f5bdc1a4fbe29a16b1df9b5a6c4e8d55
            a=ice-ufrag:3a6b2c1e
            a=mid:1
            a=msid:{5b7c5a3e-6e34-4a59-9a0e-4f0c3b3e7f21} {7a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d}
            a=rtcp-fb:120 nack
            a=rtcp-fb:120 nack pli
            a=rtcp-fb:120 ccm fir
            a=rtcp-fb:120 goog-remb
            a=rtcp-fb:120 transport-cc
            a=rtcp-fb:121 nack
            a=rtcp-fb:121 nack pli
            a=rtcp-fb:121 ccm fir
            a=rtcp-fb:121 goog-remb
            a=rtcp-fb:121 transport-cc
            a=rtcp-fb:126 nack
            a=rtcp-fb:126 nack pli
            a=rtcp-fb:126 ccm fir
            a=rtcp-fb:126 goog-remb
            a=rtcp-fb:126 transport-cc
            a=rtcp-fb:97 nack
            a=rtcp-fb:97 nack pli
            a=rtcp-fb:97 ccm fir
            a=rtcp-fb:97 goog-remb
            a=rtcp-fb:97 transport-cc
            a=rtcp-fb:123 nack
            a=rtcp-fb:123 nack pli
            a=rtcp-fb:123 ccm fir
            a=rtcp-fb:123 goog-remb
            a=rtcp-fb:123 transport-cc
            a=rtcp-mux
            a=rtcp-rsize
            a=rtpmap:120 VP8/90000
            a=rtpmap:124 rtx/90000
            a=rtpmap:121 VP9/90000
            a=rtpmap:125 rtx/90000
            a=rtpmap:126 H264/90000
            a=rtpmap:127 rtx/90000
            a=rtpmap:97 H264/90000
            a=rtpmap:98 rtx/90000
            a=rtpmap:123 ulpfec/90000
            a=rtpmap:122 red/90000
            a=rtpmap:119 rtx/90000
            a=setup:actpass
            a=ssrc:2409571396 cname:{b9e1a9a6-61b1-4b0e-8a3f-0d6c8c0e0f55}
            a=ssrc:3187209447 cname:{b9e1a9a6-61b1-4b0e-8a3f-0d6c8c0e0f55}
            a=ssrc-group:FID 2409571396 3187209447
            """;

    /** A camera with sendEncodings rids a, b, c: Firefox lists rids and still writes one ssrc (+ rtx) per layer. */
    static final String SIMULCAST = """
            v=0
            o=mozilla...THIS_IS_SDPARTA-128.0 8176120938418420547 0 IN IP4 0.0.0.0
            s=-
            t=0 0
            a=fingerprint:sha-256 6B:8B:F0:65:5F:78:E2:51:3B:AC:6F:F3:3F:46:1B:35:DC:B8:5F:64:1A:24:C2:43:F0:A1:58:D0:A1:2C:19:08
            a=group:BUNDLE 0
            a=ice-options:trickle
            a=msid-semantic:WMS *
            m=video 9 UDP/TLS/RTP/SAVPF 120 124
            c=IN IP4 0.0.0.0
            a=sendonly
            a=extmap:3 urn:ietf:params:rtp-hdrext:sdes:mid
            a=extmap:4 http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time
            a=extmap:7 http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01
            a=extmap:8 urn:ietf:params:rtp-hdrext:sdes:rtp-stream-id
            a=extmap:9 urn:ietf:params:rtp-hdrext:sdes:repaired-rtp-stream-id
            a=fmtp:120 max-fs=12288;max-fr=60
            a=fmtp:124 apt=120
            a=ice-pwd:0c2d6f1e3b4a59687a6b5c4d3e2f1a0b
            a=ice-ufrag:7f6e5d4c
            a=mid:0
            a=msid:{5b7c5a3e-6e34-4a59-9a0e-4f0c3b3e7f21} {7a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d}
            a=rid:a send
            a=rid:b send
            a=rid:c send
            a=rtcp-fb:120 nack
            a=rtcp-fb:120 nack pli
            a=rtcp-fb:120 ccm fir
            a=rtcp-fb:120 goog-remb
            a=rtcp-fb:120 transport-cc
            a=rtcp-mux
            a=rtcp-rsize
            a=rtpmap:120 VP8/90000
            a=rtpmap:124 rtx/90000
            a=setup:actpass
            a=simulcast:send a;b;c
            a=ssrc:1111111111 cname:{b9e1a9a6-61b1-4b0e-8a3f-0d6c8c0e0f55}
            a=ssrc:2222222222 cname:{b9e1a9a6-61b1-4b0e-8a3f-0d6c8c0e0f55}
            a=ssrc:3333333333 cname:{b9e1a9a6-61b1-4b0e-8a3f-0d6c8c0e0f55}
            a=ssrc:1111111112 cname:{b9e1a9a6-61b1-4b0e-8a3f-0d6c8c0e0f55}
            a=ssrc:2222222223 cname:{b9e1a9a6-61b1-4b0e-8a3f-0d6c8c0e0f55}
            a=ssrc:3333333334 cname:{b9e1a9a6-61b1-4b0e-8a3f-0d6c8c0e0f55}
            a=ssrc-group:FID 1111111111 1111111112
            a=ssrc-group:FID 2222222222 2222222223
            a=ssrc-group:FID 3333333333 3333333334
            """;
}
