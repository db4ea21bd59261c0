package dev.parley.server.conference;

/** A publish offer captured from Debian's Chromium 156 (media-sfu's ChromiumOffers), cut to its microphone section. */
final class TestOffers {
    private TestOffers() {
    }

    static final String MICROPHONE = """
            v=0
            o=- 1294672166260892662 2 IN IP4 127.0.0.1
            s=-
            t=0 0
            a=group:BUNDLE 0
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
            """.replace("\n", "\r\n");

    /**
     * A camera offer as Chromium makes it after {@code setCodecPreferences} to H.264 only, cut to the Constrained Baseline
     * packetization-mode 1 format and its RTX.
     */
    static final String CAMERA_H264 = """
            v=0
            o=- 1294672166260892663 2 IN IP4 127.0.0.1
            s=-
            t=0 0
            a=group:BUNDLE 0
            a=extmap-allow-mixed
            a=msid-semantic: WMS d0812e77-8b2a-46b5-a156-bb25c5edca88
            m=video 9 UDP/TLS/RTP/SAVPF 108 109
            c=IN IP4 0.0.0.0
            a=rtcp:9 IN IP4 0.0.0.0
            a=ice-ufrag:rM49
            a=ice-pwd:RAxvVLHWxKsLB+DAiR70nvq4
            a=ice-options:trickle
            a=fingerprint:sha-256 72:4F:93:1D:2E:65:0B:31:FC:B8:90:EE:52:F4:42:06:57:06:3A:FD:C6:53:65:4A:8F:9D:14:D7:35:ED:C4:06
            a=setup:actpass
            a=mid:0
            a=extmap:2 http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time
            a=extmap:3 http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01
            a=extmap:4 urn:ietf:params:rtp-hdrext:sdes:mid
            a=sendonly
            a=msid:d0812e77-8b2a-46b5-a156-bb25c5edca88 ca8b8b56-502b-4e2f-b02f-16e46dcec174
            a=rtcp-mux
            a=rtcp-rsize
            a=rtpmap:108 H264/90000
            a=rtcp-fb:108 goog-remb
            a=rtcp-fb:108 transport-cc
            a=rtcp-fb:108 ccm fir
            a=rtcp-fb:108 nack
            a=rtcp-fb:108 nack pli
            a=fmtp:108 level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e01f
            a=rtpmap:109 rtx/90000
            a=fmtp:109 apt=108
            a=ssrc-group:FID 3289769272 603889642
            a=ssrc:3289769272 cname:AqokV0W9AJpTXaza
            a=ssrc:603889642 cname:AqokV0W9AJpTXaza
            """.replace("\n", "\r\n");
}
