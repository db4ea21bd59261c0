package dev.parley.media.transport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PacketKindTest {

    /** RFC 7983 §7 ranges, both edges of each. */
    @ParameterizedTest
    @CsvSource({
        "0, STUN", "3, STUN",
        "4, UNKNOWN", "16, UNKNOWN", "19, UNKNOWN",   // ZRTP
        "20, DTLS", "22, DTLS", "63, DTLS",           // 22 = handshake record
        "64, UNKNOWN", "79, UNKNOWN", "127, UNKNOWN", // TURN channels and beyond
        "128, RTP", "191, RTP",
        "192, UNKNOWN", "255, UNKNOWN",
    })
    void firstByte(int firstByte, PacketKind expected) {
        assertThat(PacketKind.classify(firstByte)).isEqualTo(expected);
    }

    /** RFC 5761 §4: the full second byte 192..223 is an RTCP packet type; RTP PT 111 with or without marker stays RTP. */
    @ParameterizedTest
    @CsvSource({
        "80 6f, RTP",    // Opus, no marker
        "80 ef, RTP",    // Opus with marker bit (0x80 | 111 = 239)
        "80 60, RTP",    // PT 96
        "80 c0, RTCP",   // 192, lowest RTCP type
        "80 c8, RTCP",   // SR
        "81 c9, RTCP",   // RR with one block
        "8f cd, RTCP",   // RTPFB (NACK / TWCC)
        "81 ce, RTCP",   // PSFB (PLI)
        "80 df, RTCP",   // 223, highest
        "80 e0, RTP",    // 224: marker + PT 96
        "80, RTP",       // one byte: cannot tell, treated as RTP (then dropped as truncated)
        "16 fe, DTLS",
        "00 01, STUN",
    })
    void datagram(String hex, PacketKind expected) {
        byte[] bytes = java.util.HexFormat.of().parseHex(hex.replace(" ", ""));

        assertThat(PacketKind.classify(bytes, 0, bytes.length)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0"})
    void emptyIsUnknown(int length) {
        assertThat(PacketKind.classify(new byte[4], 0, length)).isEqualTo(PacketKind.UNKNOWN);
    }
}
