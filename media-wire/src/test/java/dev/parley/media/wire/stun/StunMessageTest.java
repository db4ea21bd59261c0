package dev.parley.media.wire.stun;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StunMessageTest {

    static final byte[] TID = Hex.bytes("01 02 03 04 05 06 07 08 09 0a 0b 0c");
    static final byte[] KEY = "0123456789abcdefghijklmn".getBytes(StandardCharsets.UTF_8);

    @Test
    void iceCheckRoundTrip() {
        byte[] wire = new StunMessageBuilder(StunMessage.BINDING_REQUEST, TID)
                .username("srvU:brwU")
                .priority(0xFFFFFFFFL)
                .iceControlling(-2L)
                .useCandidate()
                .build(KEY, true);

        StunMessage msg = StunMessage.parse(wire, 0, wire.length);

        assertThat(msg.username()).isEqualTo("srvU:brwU");
        assertThat(msg.priority()).isEqualTo(0xFFFFFFFFL);
        assertThat(msg.iceControlling()).isEqualTo(-2L);
        assertThat(msg.useCandidate()).isTrue();
        assertThat(msg.transactionId()).isEqualTo(TID);
        assertThat(msg.verifyIntegrity(wire, 0, KEY)).isTrue();
        assertThat(msg.verifyFingerprint(wire, 0)).isTrue();
    }

    @Test
    void errorResponseRoundTrip() {
        byte[] wire = new StunMessageBuilder(StunMessage.BINDING_ERROR, TID).errorCode(401, "Unauthorized").build(null, true);

        StunMessage msg = StunMessage.parse(wire, 0, wire.length);

        assertThat(msg.errorCode()).isEqualTo(401);
        assertThat(msg.errorReason()).isEqualTo("Unauthorized");
        assertThat(msg.hasIntegrity()).isFalse();
        assertThat(msg.verifyIntegrity(wire, 0, KEY)).isFalse();
    }

    @Test
    void ipv6SuccessRoundTrip() throws Exception {
        InetSocketAddress addr = new InetSocketAddress(InetAddress.getByName("::1"), 50000);
        byte[] wire = new StunMessageBuilder(StunMessage.BINDING_SUCCESS, TID).xorMappedAddress(addr).build(KEY, true);

        assertThat(StunMessage.parse(wire, 0, wire.length).xorMappedAddress()).isEqualTo(addr);
    }

    @Test
    void attributesAfterIntegrityOtherThanFingerprintAreIgnored() {
        byte[] signed = new StunMessageBuilder(StunMessage.BINDING_REQUEST, TID).username("a:b").build(KEY, false);
        byte[] extra = Hex.bytes("""
                80 29 00 08   # ICE-CONTROLLED appended after MESSAGE-INTEGRITY
                00 00 00 00 00 00 00 07
                """);
        byte[] wire = Arrays.copyOf(signed, signed.length + extra.length);
        System.arraycopy(extra, 0, wire, signed.length, extra.length);
        wire[3] = (byte) (wire.length - 20);

        StunMessage msg = StunMessage.parse(wire, 0, wire.length);

        assertThat(msg.iceControlled()).isNull();
        assertThat(msg.verifyIntegrity(wire, 0, KEY)).isTrue();
    }

    @Test
    void unknownAttributesAreSkipped() {
        byte[] wire = Hex.bytes("""
                00 01 00 10   # Binding request, 16 bytes of attributes
                21 12 a4 42   # magic cookie
                01 02 03 04 05 06 07 08 09 0a 0b 0c
                7f 7f 00 03   # unknown comprehension-required type, 3 bytes
                aa bb cc 00   # value + padding
                00 06 00 03   # USERNAME "a:b"
                61 3a 62 00
                """);

        assertThat(StunMessage.parse(wire, 0, wire.length).username()).isEqualTo("a:b");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "00 01 00 00 21 12 a4 43 01 02 03 04 05 06 07 08 09 0a 0b 0c",            // wrong magic cookie
        "c0 01 00 00 21 12 a4 42 01 02 03 04 05 06 07 08 09 0a 0b 0c",            // top bits set (RTP-like)
        "00 01 00 04 21 12 a4 42 01 02 03 04 05 06 07 08 09 0a 0b 0c",            // length says 4, no body
        "00 01 00 02 21 12 a4 42 01 02 03 04 05 06 07 08 09 0a 0b 0c 00 00",      // length not a multiple of 4
        "00 01 00 04 21 12 a4 42 01 02 03 04 05 06 07 08 09 0a 0b 0c 00 06 00 09",// attribute runs past the end
        "00 01 00 08 21 12 a4 42 01 02 03 04 05 06 07 08 09 0a 0b 0c 00 24 00 02 00 00 00 00", // PRIORITY of 2 bytes
        "00 01 00 10 21 12 a4 42 01 02 03 04 05 06 07 08 09 0a 0b 0c 80 28 00 04 00 00 00 00 00 06 00 01 61 00 00 00", // after FINGERPRINT
        "00 01 00 0c 21 12 a4 42 01 02 03 04 05 06 07 08 09 0a 0b 0c 00 20 00 08 00 03 00 00 00 00 00 00", // address family 3
        "00 01 00 00 21 12 a4 42 01 02 03 04 05 06 07 08 09 0a 0b",               // 19 bytes
    })
    void malformedMessagesAreRejected(String hex) {
        byte[] wire = Hex.bytes(hex);

        assertThat(StunMessage.parse(wire, 0, wire.length)).isNull();
    }
}
