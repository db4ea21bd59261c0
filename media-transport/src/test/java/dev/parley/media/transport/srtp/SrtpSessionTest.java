package dev.parley.media.transport.srtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SrtpSessionTest {

    /** An Opus RTP packet: V=2, PT=111, seq 0x1234, ts 0x00001000, SSRC 0xcafebabe, 4 payload bytes. */
    static final byte[] RTP = HexFormat.of().parseHex(
            "80 6f 12 34 00 00 10 00 ca fe ba be de ad be ef".replace(" ", ""));
    /** A receiver report: V=2, RC=0, PT=201, length 1 (8 bytes), sender SSRC 0x11223344. */
    static final byte[] RTCP = HexFormat.of().parseHex("80 c9 00 01 11 22 33 44".replace(" ", ""));

    static SrtpKeys keys(SrtpProfile profile) {
        byte[] material = new byte[profile.keyingMaterialLength()];
        for (int i = 0; i < material.length; i++) {
            material[i] = (byte) (i * 7 + 3);
        }
        return new SrtpKeys(profile, material);
    }

    static PacketView withRoom(byte[] packet) {
        byte[] buf = Arrays.copyOf(packet, packet.length + 32);
        return new PacketView().set(buf, 0, packet.length);
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void rtpRoundTripBothDirections(SrtpProfile profile) {
        SrtpSession server = new SrtpSession(keys(profile), true);
        SrtpSession client = new SrtpSession(keys(profile), false);

        PacketView packet = withRoom(RTP);
        assertThat(server.protectRtp(packet)).isEqualTo(SrtpResult.OK);
        assertThat(packet.getLength()).isEqualTo(RTP.length + profile.tagLength());
        assertThat(Arrays.copyOfRange(packet.getBuffer(), 12, 16)).isNotEqualTo(Arrays.copyOfRange(RTP, 12, 16));

        assertThat(client.unprotectRtp(packet)).isEqualTo(SrtpResult.OK);
        assertThat(Arrays.copyOfRange(packet.getBuffer(), 0, packet.getLength())).isEqualTo(RTP);

        PacketView upstream = withRoom(RTP);
        assertThat(client.protectRtp(upstream)).isEqualTo(SrtpResult.OK);
        assertThat(server.unprotectRtp(upstream)).isEqualTo(SrtpResult.OK);
        assertThat(Arrays.copyOfRange(upstream.getBuffer(), 0, upstream.getLength())).isEqualTo(RTP);
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void rtcpRoundTrip(SrtpProfile profile) {
        SrtpSession server = new SrtpSession(keys(profile), true);
        SrtpSession client = new SrtpSession(keys(profile), false);

        PacketView packet = withRoom(RTCP);
        assertThat(client.protectRtcp(packet)).isEqualTo(SrtpResult.OK);
        assertThat(packet.getLength()).isEqualTo(RTCP.length + 4 + profile.tagLength());
        assertThat(server.unprotectRtcp(packet)).isEqualTo(SrtpResult.OK);
        assertThat(Arrays.copyOfRange(packet.getBuffer(), 0, packet.getLength())).isEqualTo(RTCP);
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void replayedPacketIsRejected(SrtpProfile profile) {
        SrtpSession server = new SrtpSession(keys(profile), true);
        SrtpSession client = new SrtpSession(keys(profile), false);
        PacketView packet = withRoom(RTP);
        client.protectRtp(packet);
        byte[] copy = Arrays.copyOf(packet.getBuffer(), packet.getLength());

        assertThat(server.unprotectRtp(packet)).isEqualTo(SrtpResult.OK);
        assertThat(server.unprotectRtp(new PacketView().set(copy, 0, copy.length))).isEqualTo(SrtpResult.REPLAY);
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void tamperedPacketFailsAuthentication(SrtpProfile profile) {
        SrtpSession server = new SrtpSession(keys(profile), true);
        SrtpSession client = new SrtpSession(keys(profile), false);
        PacketView packet = withRoom(RTP);
        client.protectRtp(packet);
        packet.getBuffer()[13] ^= 0x01;

        assertThat(server.unprotectRtp(packet)).isEqualTo(SrtpResult.AUTH_FAILED);
    }

    @Test
    void protectWithoutRoomMovesToALargerArray() {
        SrtpSession server = new SrtpSession(keys(SrtpProfile.AEAD_AES_128_GCM), true);
        byte[] exact = RTP.clone();
        PacketView packet = new PacketView().set(exact, 0, exact.length);

        assertThat(server.protectRtp(packet)).isEqualTo(SrtpResult.OK);
        assertThat(packet.getBuffer()).isNotSameAs(exact);
        assertThat(packet.getLength()).isEqualTo(RTP.length + 16);
    }

    @Test
    void shortPacketsAreInvalidNotExceptions() {
        SrtpSession server = new SrtpSession(keys(SrtpProfile.AES128_CM_HMAC_SHA1_80), true);

        assertThat(server.unprotectRtp(new PacketView().set(new byte[40], 0, 11))).isEqualTo(SrtpResult.INVALID);
        assertThat(server.unprotectRtcp(new PacketView().set(new byte[40], 0, 9))).isEqualTo(SrtpResult.INVALID);
    }

    @Test
    void newSsrcsBeyondTheLimitAreRefused() {
        SrtpSession server = new SrtpSession(keys(SrtpProfile.AEAD_AES_128_GCM), true);
        for (int ssrc = 0; ssrc < SrtpSession.MAX_SSRCS; ssrc++) {
            byte[] rtp = RTP.clone();
            rtp[11] = (byte) ssrc;
            assertThat(server.protectRtp(withRoom(rtp))).isEqualTo(SrtpResult.OK);
        }
        byte[] oneMore = RTP.clone();
        oneMore[10] = 0x55;

        assertThat(server.protectRtp(withRoom(oneMore))).isEqualTo(SrtpResult.TOO_MANY_SSRCS);
    }
}
