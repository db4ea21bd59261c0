package dev.parley.media.wire.sdp;

/** Offers shaped like what Chromium and Firefox send on a publishing (send-only) peer connection. */
final class BrowserOffers {
    private BrowserOffers() {
    }

    /** Chromium: audio + simulcast video with three rids and no video SSRCs; extmap ids 1..14; VP8/VP9/H264/AV1/red/ulpfec/rtx. */
    static final String CHROMIUM = """
        v=0
        o=- 4611731400430051336 2 IN IP4 127.0.0.1
        s=-
        t=0 0
        a=group:BUNDLE 0 1
        a=extmap-allow-mixed
        a=msid-semantic: WMS stream0
        m=audio 9 UDP/TLS/RTP/SAVPF 111 63 9 0 8 13 110 126
        c=IN IP4 0.0.0.0
        a=rtcp:9 IN IP4 0.0.0.0
        a=candidate:1467250027 1 udp 2122260223 127.0.0.1 52150 typ host generation 0 network-id 1
        a=candidate:3155553411 1 tcp 1518280447 127.0.0.1 9 typ host tcptype active generation 0 network-id 1
        a=ice-ufrag:Zmxa
        a=ice-pwd:8wbYqj2p0Cc7rC5yOEqjbBLf
        a=ice-options:trickle
        a=fingerprint:sha-256 41:E9:5B:B8:5A:6F:2C:4C:6E:10:4D:9B:26:F0:95:74:0B:60:8B:5A:01:2B:6C:90:57:3C:BE:CF:A5:E0:68:3C
        a=setup:actpass
        a=mid:0
        a=extmap:1 urn:ietf:params:rtp-hdrext:ssrc-audio-level
        a=extmap:2 http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time
        a=extmap:3 http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01
        a=extmap:4 urn:ietf:params:rtp-hdrext:sdes:mid
        a=sendonly
        a=msid:stream0 audio0
        a=rtcp-mux
        a=rtcp-rsize
        a=rtpmap:111 opus/48000/2
        a=rtcp-fb:111 transport-cc
        a=fmtp:111 minptime=10;useinbandfec=1
        a=rtpmap:63 red/48000/2
        a=fmtp:63 111/111
        a=rtpmap:9 G722/8000
        a=rtpmap:0 PCMU/8000
        a=rtpmap:8 PCMA/8000
        a=rtpmap:13 CN/8000
        a=rtpmap:110 telephone-event/48000
        a=rtpmap:126 telephone-event/8000
        a=ssrc:1001 cname:Xk3hJ0pMzq8CvYtA
        a=ssrc:1001 msid:stream0 audio0
        m=video 9 UDP/TLS/RTP/SAVPF 96 97 98 99 100 101 45 46 102 103 35 36 114 115 116
        c=IN IP4 0.0.0.0
        a=rtcp:9 IN IP4 0.0.0.0
        a=ice-ufrag:Zmxa
        a=ice-pwd:8wbYqj2p0Cc7rC5yOEqjbBLf
        a=ice-options:trickle
        a=fingerprint:sha-256 41:E9:5B:B8:5A:6F:2C:4C:6E:10:4D:9B:26:F0:95:74:0B:60:8B:5A:01:2B:6C:90:57:3C:BE:CF:A5:E0:68:3C
        a=setup:actpass
        a=mid:1
        a=extmap:14 urn:ietf:params:rtp-hdrext:toffset
        a=extmap:2 http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time
        a=extmap:13 urn:3gpp:video-orientation
        a=extmap:3 http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01
        a=extmap:5 http://www.webrtc.org/experiments/rtp-hdrext/playout-delay
        a=extmap:6 http://www.webrtc.org/experiments/rtp-hdrext/video-content-type
        a=extmap:7 http://www.webrtc.org/experiments/rtp-hdrext/video-timing
        a=extmap:8 http://www.webrtc.org/experiments/rtp-hdrext/color-space
        a=extmap:4 urn:ietf:params:rtp-hdrext:sdes:mid
        a=extmap:10 urn:ietf:params:rtp-hdrext:sdes:rtp-stream-id
        a=extmap:11 urn:ietf:params:rtp-hdrext:sdes:repaired-rtp-stream-id
        a=extmap:12 https://aomediacodec.github.io/av1-rtp-spec/#dependency-descriptor-rtp-header-extension
        a=extmap:9 http://www.webrtc.org/experiments/rtp-hdrext/video-layers-allocation00
        a=sendonly
        a=msid:stream0 video0
        a=rtcp-mux
        a=rtcp-rsize
        a=rtpmap:96 VP8/90000
        a=rtcp-fb:96 goog-remb
        a=rtcp-fb:96 transport-cc
        a=rtcp-fb:96 ccm fir
        a=rtcp-fb:96 nack
        a=rtcp-fb:96 nack pli
        a=rtpmap:97 rtx/90000
        a=fmtp:97 apt=96
        a=rtpmap:98 VP9/90000
        a=rtcp-fb:98 goog-remb
        a=rtcp-fb:98 transport-cc
        a=rtcp-fb:98 ccm fir
        a=rtcp-fb:98 nack
        a=rtcp-fb:98 nack pli
        a=fmtp:98 profile-id=0
        a=rtpmap:99 rtx/90000
        a=fmtp:99 apt=98
        a=rtpmap:100 VP9/90000
        a=rtcp-fb:100 nack pli
        a=fmtp:100 profile-id=2
        a=rtpmap:101 rtx/90000
        a=fmtp:101 apt=100
        a=rtpmap:45 AV1/90000
        a=rtcp-fb:45 nack pli
        a=fmtp:45 level-idx=5;profile=0;tier=0
        a=rtpmap:46 rtx/90000
        a=fmtp:46 apt=45
        a=rtpmap:102 H264/90000
        a=rtcp-fb:102 nack pli
        a=fmtp:102 level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e01f
        a=rtpmap:103 rtx/90000
        a=fmtp:103 apt=102
        a=rtpmap:35 H264/90000
        a=fmtp:35 level-asymmetry-allowed=1;packetization-mode=0;profile-level-id=42e01f
        a=rtpmap:36 rtx/90000
        a=fmtp:36 apt=35
        a=rtpmap:114 red/90000
        a=rtpmap:115 rtx/90000
        a=fmtp:115 apt=114
        a=rtpmap:116 ulpfec/90000
        a=rid:q send
        a=rid:h send
        a=rid:f send
        a=simulcast:send q;h;f
        """;

    /** Firefox: fingerprint and ice-options at session level, extmap directions, its own ids, trailing end-of-candidates. */
    static final String FIREFOX = """
        v=0
        o=mozilla...THIS_IS_SDPARTA-99.0 5123412341234123412 0 IN IP4 0.0.0.0
        s=-
        t=0 0
        a=fingerprint:sha-256 0B:9E:7C:34:8D:3A:F5:1E:AA:02:9F:1C:63:2B:DA:57:11:C0:2E:53:77:68:6F:7B:2C:E1:4D:3A:08:0F:F1:1B
        a=group:BUNDLE 0 1
        a=ice-options:trickle
        a=msid-semantic:WMS *
        m=audio 9 UDP/TLS/RTP/SAVPF 109 9 0 8 101
        c=IN IP4 0.0.0.0
        a=sendonly
        a=extmap:1 urn:ietf:params:rtp-hdrext:ssrc-audio-level
        a=extmap:2/recvonly urn:ietf:params:rtp-hdrext:csrc-audio-level
        a=extmap:3 urn:ietf:params:rtp-hdrext:sdes:mid
        a=fmtp:109 maxplaybackrate=48000;stereo=1;useinbandfec=1
        a=fmtp:101 0-15
        a=ice-pwd:f2d7fb2c7e0b9b2b5c3a0c1b1f4e2d3a
        a=ice-ufrag:7e0b9b2b
        a=mid:0
        a=msid:{3c5b2a1d-77a2-4b8e-9d1c-0f2a3b4c5d6e} {9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d}
        a=rtcp-mux
        a=rtpmap:109 opus/48000/2
        a=rtpmap:9 G722/8000/1
        a=rtpmap:0 PCMU/8000
        a=rtpmap:8 PCMA/8000
        a=rtpmap:101 telephone-event/8000
        a=setup:actpass
        a=ssrc:2938476102 cname:{a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d}
        m=video 9 UDP/TLS/RTP/SAVPF 120 124 121 125 126 127 97 98 123 122 119
        c=IN IP4 0.0.0.0
        a=sendonly
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
        a=ice-pwd:f2d7fb2c7e0b9b2b5c3a0c1b1f4e2d3a
        a=ice-ufrag:7e0b9b2b
        a=mid:1
        a=msid:{3c5b2a1d-77a2-4b8e-9d1c-0f2a3b4c5d6e} {1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b}
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
        a=ssrc:1127461930 cname:{a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d}
        a=ssrc:3498765432 cname:{a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d}
        a=ssrc-group:FID 1127461930 3498765432
        a=candidate:0 1 UDP 2122252543 127.0.0.1 40000 typ host
        a=candidate:1 1 TCP 2105524479 127.0.0.1 9 typ host tcptype active
        a=end-of-candidates
        """;

    /** The same text with CRLF line ends, as browsers actually send it. */
    static String crlf(String lf) {
        return lf.replace("\n", "\r\n");
    }
}
