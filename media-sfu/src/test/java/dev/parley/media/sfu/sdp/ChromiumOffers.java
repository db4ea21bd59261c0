package dev.parley.media.sfu.sdp;

/**
 * Offers captured from Debian's Chromium 156 (headless, fake devices) by {@code negotiation.html}'s publishOffer: microphone and
 * camera as sendonly transceivers of one stream, plus a data channel. Kept verbatim (only the line endings are LF here; the
 * tests also feed them with CRLF as the browser writes them).
 */
final class ChromiumOffers {
    private ChromiumOffers() {
    }

    /** Opus 111 and VP8 96 + RTX 97 with a=ssrc lines and ssrc-group FID; a data channel as mid 2. */
    static final String AUDIO_VIDEO = """
            v=0
            o=- 1294672166260892662 2 IN IP4 127.0.0.1
            s=-
            t=0 0
            a=group:BUNDLE 0 1 2
            a=extmap-allow-mixed
            a=msid-semantic: WMS d0812e77-8b2a-46b5-a156-bb25c5edca88
            m=audio 9 UDP/TLS/RTP/SAVPF 111 63 9 0 8 13 110 126
            c=IN IP4 0.0.0.0
            a=rtcp:9 IN IP4 0.0.0.0
            a=ice-ufrag:rM48
            a=ice-pwd:RAxvVLHWxKsLB+DAiR70nvq3
            a=ice-options:trickle
            a=fingerprint:sha-256 72:4F:93:1D:2E:65:0B:31:FC:B8:90:EE:52:F4:42:06:57:06:3A:FD:C6:53:65:4A:8F:9D:14:D7:35:ED:C4:06
            a=setup:actpass
            a=mid:0
            a=extmap:1 urn:ietf:params:rtp-hdrext:ssrc-audio-level
            a=extmap:2 http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time
            a=extmap:3 http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01
            a=extmap:4 urn:ietf:params:rtp-hdrext:sdes:mid
            a=sendonly
            a=msid:d0812e77-8b2a-46b5-a156-bb25c5edca88 8b89027a-bb62-4d86-a698-48658c1aa605
            a=rtcp-mux
            a=rtcp-rsize
            a=rtcp-xr:rcvr-rtt=all
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
            a=ssrc:2266176750 cname:AqokV0W9AJpTXaza
            a=ssrc:2266176750 msid:d0812e77-8b2a-46b5-a156-bb25c5edca88 8b89027a-bb62-4d86-a698-48658c1aa605
            m=video 9 UDP/TLS/RTP/SAVPF 96 97 102 103 104 107 108 109 114 115 116 117 39 40 45 46 98 99 100 101 118 119 120
            c=IN IP4 0.0.0.0
            a=rtcp:9 IN IP4 0.0.0.0
            a=ice-ufrag:rM48
            a=ice-pwd:RAxvVLHWxKsLB+DAiR70nvq3
            a=ice-options:trickle
            a=fingerprint:sha-256 72:4F:93:1D:2E:65:0B:31:FC:B8:90:EE:52:F4:42:06:57:06:3A:FD:C6:53:65:4A:8F:9D:14:D7:35:ED:C4:06
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
            a=sendonly
            a=msid:d0812e77-8b2a-46b5-a156-bb25c5edca88 ca8b8b56-502b-4e2f-b02f-16e46dcec174
            a=rtcp-mux
            a=rtcp-rsize
            a=rtcp-xr:rcvr-rtt=all
            a=rtpmap:96 VP8/90000
            a=rtcp-fb:96 goog-remb
            a=rtcp-fb:96 transport-cc
            a=rtcp-fb:96 ccm fir
            a=rtcp-fb:96 nack
            a=rtcp-fb:96 nack pli
            a=rtpmap:97 rtx/90000
            a=fmtp:97 apt=96
            a=rtpmap:102 H264/90000
            a=rtcp-fb:102 goog-remb
            a=rtcp-fb:102 transport-cc
            a=rtcp-fb:102 ccm fir
            a=rtcp-fb:102 nack
            a=rtcp-fb:102 nack pli
            a=fmtp:102 level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42001f
            a=rtpmap:103 rtx/90000
            a=fmtp:103 apt=102
            a=rtpmap:104 H264/90000
            a=rtcp-fb:104 goog-remb
            a=rtcp-fb:104 transport-cc
            a=rtcp-fb:104 ccm fir
            a=rtcp-fb:104 nack
            a=rtcp-fb:104 nack pli
            a=fmtp:104 level-asymmetry-allowed=1;packetization-mode=0;profile-level-id=42001f
            a=rtpmap:107 rtx/90000
            a=fmtp:107 apt=104
            a=rtpmap:108 H264/90000
            a=rtcp-fb:108 goog-remb
            a=rtcp-fb:108 transport-cc
            a=rtcp-fb:108 ccm fir
            a=rtcp-fb:108 nack
            a=rtcp-fb:108 nack pli
            a=fmtp:108 level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e01f
            a=rtpmap:109 rtx/90000
            a=fmtp:109 apt=108
            a=rtpmap:114 H264/90000
            a=rtcp-fb:114 goog-remb
            a=rtcp-fb:114 transport-cc
            a=rtcp-fb:114 ccm fir
            a=rtcp-fb:114 nack
            a=rtcp-fb:114 nack pli
            a=fmtp:114 level-asymmetry-allowed=1;packetization-mode=0;profile-level-id=42e01f
            a=rtpmap:115 rtx/90000
            a=fmtp:115 apt=114
            a=rtpmap:116 H264/90000
            a=rtcp-fb:116 goog-remb
            a=rtcp-fb:116 transport-cc
            a=rtcp-fb:116 ccm fir
            a=rtcp-fb:116 nack
            a=rtcp-fb:116 nack pli
            a=fmtp:116 level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=4d001f
            a=rtpmap:117 rtx/90000
            a=fmtp:117 apt=116
            a=rtpmap:39 H264/90000
            a=rtcp-fb:39 goog-remb
            a=rtcp-fb:39 transport-cc
            a=rtcp-fb:39 ccm fir
            a=rtcp-fb:39 nack
            a=rtcp-fb:39 nack pli
            a=fmtp:39 level-asymmetry-allowed=1;packetization-mode=0;profile-level-id=4d001f
            a=rtpmap:40 rtx/90000
            a=fmtp:40 apt=39
            a=rtpmap:45 AV1/90000
            a=rtcp-fb:45 goog-remb
            a=rtcp-fb:45 transport-cc
            a=rtcp-fb:45 ccm fir
            a=rtcp-fb:45 nack
            a=rtcp-fb:45 nack pli
            a=fmtp:45 level-idx=5;profile=0;tier=0
            a=rtpmap:46 rtx/90000
            a=fmtp:46 apt=45
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
            a=rtcp-fb:100 goog-remb
            a=rtcp-fb:100 transport-cc
            a=rtcp-fb:100 ccm fir
            a=rtcp-fb:100 nack
            a=rtcp-fb:100 nack pli
            a=fmtp:100 profile-id=2
            a=rtpmap:101 rtx/90000
            a=fmtp:101 apt=100
            a=rtpmap:118 red/90000
            a=rtpmap:119 rtx/90000
            a=fmtp:119 apt=118
            a=rtpmap:120 ulpfec/90000
            a=ssrc-group:FID 3289769272 603889642
            a=ssrc:3289769272 cname:AqokV0W9AJpTXaza
            a=ssrc:3289769272 msid:d0812e77-8b2a-46b5-a156-bb25c5edca88 ca8b8b56-502b-4e2f-b02f-16e46dcec174
            a=ssrc:603889642 cname:AqokV0W9AJpTXaza
            a=ssrc:603889642 msid:d0812e77-8b2a-46b5-a156-bb25c5edca88 ca8b8b56-502b-4e2f-b02f-16e46dcec174
            m=application 9 UDP/DTLS/SCTP webrtc-datachannel
            c=IN IP4 0.0.0.0
            a=ice-ufrag:rM48
            a=ice-pwd:RAxvVLHWxKsLB+DAiR70nvq3
            a=ice-options:trickle
            a=fingerprint:sha-256 72:4F:93:1D:2E:65:0B:31:FC:B8:90:EE:52:F4:42:06:57:06:3A:FD:C6:53:65:4A:8F:9D:14:D7:35:ED:C4:06
            a=setup:actpass
            a=mid:2
            a=sctp-port:5000
            a=max-message-size:262144
            """;

    /** The same with sendEncodings rids q, h, f: a=rid + a=simulcast:send and no video a=ssrc lines. */
    static final String SIMULCAST = """
            v=0
            o=- 7354497100872364783 2 IN IP4 127.0.0.1
            s=-
            t=0 0
            a=group:BUNDLE 0 1 2
            a=extmap-allow-mixed
            a=msid-semantic: WMS 0bbd5505-b6cb-4f39-b213-cd40d8c0f520
            m=audio 9 UDP/TLS/RTP/SAVPF 111 63 9 0 8 13 110 126
            c=IN IP4 0.0.0.0
            a=rtcp:9 IN IP4 0.0.0.0
            a=ice-ufrag:yhbR
            a=ice-pwd:/EBtt94lS0YkisO+VCtouInp
            a=ice-options:trickle
            a=fingerprint:sha-256 0B:A9:A0:85:B5:4F:DF:6A:93:79:AE:EB:32:CD:ED:02:1D:48:6D:52:A8:7F:86:63:1B:FA:D2:6D:16:AA:69:CC
            a=setup:actpass
            a=mid:0
            a=extmap:1 urn:ietf:params:rtp-hdrext:ssrc-audio-level
            a=extmap:2 http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time
            a=extmap:3 http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01
            a=extmap:4 urn:ietf:params:rtp-hdrext:sdes:mid
            a=sendonly
            a=msid:0bbd5505-b6cb-4f39-b213-cd40d8c0f520 45cdb8c0-a61a-4dd8-8ee4-bb0419c27116
            a=rtcp-mux
            a=rtcp-rsize
            a=rtcp-xr:rcvr-rtt=all
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
            a=ssrc:223795903 cname:gyUYMgBteE6W9XWT
            a=ssrc:223795903 msid:0bbd5505-b6cb-4f39-b213-cd40d8c0f520 45cdb8c0-a61a-4dd8-8ee4-bb0419c27116
            m=video 9 UDP/TLS/RTP/SAVPF 96 97 102 103 104 107 108 109 114 115 116 117 39 40 45 46 98 99 100 101 118 119 120
            c=IN IP4 0.0.0.0
            a=rtcp:9 IN IP4 0.0.0.0
            a=ice-ufrag:yhbR
            a=ice-pwd:/EBtt94lS0YkisO+VCtouInp
            a=ice-options:trickle
            a=fingerprint:sha-256 0B:A9:A0:85:B5:4F:DF:6A:93:79:AE:EB:32:CD:ED:02:1D:48:6D:52:A8:7F:86:63:1B:FA:D2:6D:16:AA:69:CC
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
            a=msid:0bbd5505-b6cb-4f39-b213-cd40d8c0f520 763f8695-bec1-49a1-8c38-5f3ea8a946dc
            a=rtcp-mux
            a=rtcp-rsize
            a=rtcp-xr:rcvr-rtt=all
            a=rtpmap:96 VP8/90000
            a=rtcp-fb:96 goog-remb
            a=rtcp-fb:96 transport-cc
            a=rtcp-fb:96 ccm fir
            a=rtcp-fb:96 nack
            a=rtcp-fb:96 nack pli
            a=rtpmap:97 rtx/90000
            a=fmtp:97 apt=96
            a=rtpmap:102 H264/90000
            a=rtcp-fb:102 goog-remb
            a=rtcp-fb:102 transport-cc
            a=rtcp-fb:102 ccm fir
            a=rtcp-fb:102 nack
            a=rtcp-fb:102 nack pli
            a=fmtp:102 level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42001f
            a=rtpmap:103 rtx/90000
            a=fmtp:103 apt=102
            a=rtpmap:104 H264/90000
            a=rtcp-fb:104 goog-remb
            a=rtcp-fb:104 transport-cc
            a=rtcp-fb:104 ccm fir
            a=rtcp-fb:104 nack
            a=rtcp-fb:104 nack pli
            a=fmtp:104 level-asymmetry-allowed=1;packetization-mode=0;profile-level-id=42001f
            a=rtpmap:107 rtx/90000
            a=fmtp:107 apt=104
            a=rtpmap:108 H264/90000
            a=rtcp-fb:108 goog-remb
            a=rtcp-fb:108 transport-cc
            a=rtcp-fb:108 ccm fir
            a=rtcp-fb:108 nack
            a=rtcp-fb:108 nack pli
            a=fmtp:108 level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e01f
            a=rtpmap:109 rtx/90000
            a=fmtp:109 apt=108
            a=rtpmap:114 H264/90000
            a=rtcp-fb:114 goog-remb
            a=rtcp-fb:114 transport-cc
            a=rtcp-fb:114 ccm fir
            a=rtcp-fb:114 nack
            a=rtcp-fb:114 nack pli
            a=fmtp:114 level-asymmetry-allowed=1;packetization-mode=0;profile-level-id=42e01f
            a=rtpmap:115 rtx/90000
            a=fmtp:115 apt=114
            a=rtpmap:116 H264/90000
            a=rtcp-fb:116 goog-remb
            a=rtcp-fb:116 transport-cc
            a=rtcp-fb:116 ccm fir
            a=rtcp-fb:116 nack
            a=rtcp-fb:116 nack pli
            a=fmtp:116 level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=4d001f
            a=rtpmap:117 rtx/90000
            a=fmtp:117 apt=116
            a=rtpmap:39 H264/90000
            a=rtcp-fb:39 goog-remb
            a=rtcp-fb:39 transport-cc
            a=rtcp-fb:39 ccm fir
            a=rtcp-fb:39 nack
            a=rtcp-fb:39 nack pli
            a=fmtp:39 level-asymmetry-allowed=1;packetization-mode=0;profile-level-id=4d001f
            a=rtpmap:40 rtx/90000
            a=fmtp:40 apt=39
            a=rtpmap:45 AV1/90000
            a=rtcp-fb:45 goog-remb
            a=rtcp-fb:45 transport-cc
            a=rtcp-fb:45 ccm fir
            a=rtcp-fb:45 nack
            a=rtcp-fb:45 nack pli
            a=fmtp:45 level-idx=5;profile=0;tier=0
            a=rtpmap:46 rtx/90000
            a=fmtp:46 apt=45
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
            a=rtcp-fb:100 goog-remb
            a=rtcp-fb:100 transport-cc
            a=rtcp-fb:100 ccm fir
            a=rtcp-fb:100 nack
            a=rtcp-fb:100 nack pli
            a=fmtp:100 profile-id=2
            a=rtpmap:101 rtx/90000
            a=fmtp:101 apt=100
            a=rtpmap:118 red/90000
            a=rtpmap:119 rtx/90000
            a=fmtp:119 apt=118
            a=rtpmap:120 ulpfec/90000
            a=rid:q send
            a=rid:h send
            a=rid:f send
            a=simulcast:send q;h;f
            m=application 9 UDP/DTLS/SCTP webrtc-datachannel
            c=IN IP4 0.0.0.0
            a=ice-ufrag:yhbR
            a=ice-pwd:/EBtt94lS0YkisO+VCtouInp
            a=ice-options:trickle
            a=fingerprint:sha-256 0B:A9:A0:85:B5:4F:DF:6A:93:79:AE:EB:32:CD:ED:02:1D:48:6D:52:A8:7F:86:63:1B:FA:D2:6D:16:AA:69:CC
            a=setup:actpass
            a=mid:2
            a=sctp-port:5000
            a=max-message-size:262144
            """;
}
