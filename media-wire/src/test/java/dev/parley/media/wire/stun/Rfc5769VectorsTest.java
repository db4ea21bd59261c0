package dev.parley.media.wire.stun;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The STUN test vectors of RFC 5769 §2, parsed and verified byte for byte. */
class Rfc5769VectorsTest {

    /** RFC 5769 §2.1: Sample Request, password "VOkJxbRl1RmTxUk/WvJxBt". */
    static final byte[] REQUEST = Hex.bytes("""
            00 01 00 58   # Binding request, message length 88
            21 12 a4 42   # magic cookie
            b7 e7 a7 01 bc 34 d6 86 fa 87 df ae   # transaction id
            80 22 00 10   # SOFTWARE, 16 bytes (skipped by the parser)
            53 54 55 4e 20 74 65 73 74 20 63 6c 69 65 6e 74   # "STUN test client"
            00 24 00 04   # PRIORITY
            6e 00 01 ff   # 0x6e0001ff
            80 29 00 08   # ICE-CONTROLLED
            93 2f f9 b1 51 26 3b 36   # tie breaker
            00 06 00 09   # USERNAME, 9 bytes
            65 76 74 6a 3a 68 36 76 59 20 20 20   # "evtj:h6vY" + 3 bytes padding
            00 08 00 14   # MESSAGE-INTEGRITY
            9a ea a7 0c bf d8 cb 56 78 1e f2 b5 b2 d3 f2 49 c1 b5 71 a2
            80 28 00 04   # FINGERPRINT
            e5 7a 3b cf
            """);

    /** RFC 5769 §2.2: Sample IPv4 Response, 192.0.2.1:32853. */
    static final byte[] RESPONSE_IPV4 = Hex.bytes("""
            01 01 00 3c   # Binding success, length 60
            21 12 a4 42   # magic cookie
            b7 e7 a7 01 bc 34 d6 86 fa 87 df ae   # transaction id
            80 22 00 0b   # SOFTWARE, 11 bytes
            74 65 73 74 20 76 65 63 74 6f 72 20   # "test vector" + padding
            00 20 00 08   # XOR-MAPPED-ADDRESS
            00 01 a1 47   # IPv4, port 32853 ^ 0x2112
            e1 12 a6 43   # 192.0.2.1 ^ cookie
            00 08 00 14   # MESSAGE-INTEGRITY
            2b 91 f5 99 fd 9e 90 c3 8c 74 89 f9 2a f9 ba 53 f0 6b e7 d7
            80 28 00 04   # FINGERPRINT
            c0 7d 4c 96
            """);

    /** RFC 5769 §2.3: Sample IPv6 Response, [2001:db8:1234:5678:11:2233:4455:6677]:32853. */
    static final byte[] RESPONSE_IPV6 = Hex.bytes("""
            01 01 00 48   # Binding success, length 72
            21 12 a4 42   # magic cookie
            b7 e7 a7 01 bc 34 d6 86 fa 87 df ae   # transaction id
            80 22 00 0b   # SOFTWARE, 11 bytes
            74 65 73 74 20 76 65 63 74 6f 72 20   # "test vector" + padding
            00 20 00 14   # XOR-MAPPED-ADDRESS
            00 02 a1 47   # IPv6, port 32853 ^ 0x2112
            01 13 a9 fa a5 d3 f1 79 bc 25 f4 b5 be d2 b9 d9   # address ^ (cookie | transaction id)
            00 08 00 14   # MESSAGE-INTEGRITY
            a3 82 95 4e 4b e6 7b f1 17 84 c9 7c 82 92 c2 75 bf e3 ed 41
            80 28 00 04   # FINGERPRINT
            c8 fb 0b 4c
            """);

    static final byte[] PASSWORD = "VOkJxbRl1RmTxUk/WvJxBt".getBytes(StandardCharsets.UTF_8);

    @Test
    void parsesAndVerifiesTheSampleRequest() {
        StunMessage msg = StunMessage.parse(REQUEST, 0, REQUEST.length);

        assertThat(msg).isNotNull();
        assertThat(msg.type()).isEqualTo(StunMessage.BINDING_REQUEST);
        assertThat(msg.transactionId()).isEqualTo(Arrays.copyOfRange(REQUEST, 8, 20));
        assertThat(msg.username()).isEqualTo("evtj:h6vY");
        assertThat(msg.priority()).isEqualTo(0x6e0001ffL);
        assertThat(msg.iceControlled()).isEqualTo(0x932ff9b151263b36L);
        assertThat(msg.iceControlling()).isNull();
        assertThat(msg.useCandidate()).isFalse();
        assertThat(msg.verifyIntegrity(REQUEST, 0, PASSWORD)).isTrue();
        assertThat(msg.verifyFingerprint(REQUEST, 0)).isTrue();
    }

    @Test
    void wrongPasswordOrFlippedBitFailsVerification() {
        StunMessage msg = StunMessage.parse(REQUEST, 0, REQUEST.length);
        assertThat(msg.verifyIntegrity(REQUEST, 0, "wrong".getBytes(StandardCharsets.UTF_8))).isFalse();

        byte[] tampered = REQUEST.clone();
        tampered[53] ^= 1; // inside the ICE-CONTROLLED tie breaker (bytes 52-59)
        StunMessage parsed = StunMessage.parse(tampered, 0, tampered.length);
        assertThat(parsed.verifyIntegrity(tampered, 0, PASSWORD)).isFalse();
        assertThat(parsed.verifyFingerprint(tampered, 0)).isFalse();
    }

    @Test
    void parsesTheIpv4Response() throws Exception {
        StunMessage msg = StunMessage.parse(RESPONSE_IPV4, 0, RESPONSE_IPV4.length);

        assertThat(msg.type()).isEqualTo(StunMessage.BINDING_SUCCESS);
        assertThat(msg.xorMappedAddress()).isEqualTo(new InetSocketAddress(InetAddress.getByName("192.0.2.1"), 32853));
        assertThat(msg.verifyIntegrity(RESPONSE_IPV4, 0, PASSWORD)).isTrue();
        assertThat(msg.verifyFingerprint(RESPONSE_IPV4, 0)).isTrue();
    }

    @Test
    void parsesTheIpv6Response() throws Exception {
        StunMessage msg = StunMessage.parse(RESPONSE_IPV6, 0, RESPONSE_IPV6.length);

        assertThat(msg.xorMappedAddress())
                .isEqualTo(new InetSocketAddress(InetAddress.getByName("2001:db8:1234:5678:11:2233:4455:6677"), 32853));
        assertThat(msg.verifyIntegrity(RESPONSE_IPV6, 0, PASSWORD)).isTrue();
        assertThat(msg.verifyFingerprint(RESPONSE_IPV6, 0)).isTrue();
    }

    @Test
    void builderEncodesXorMappedAddressLikeTheVectors() throws Exception {
        byte[] tid = Arrays.copyOfRange(RESPONSE_IPV4, 8, 20);
        InetSocketAddress v4 = new InetSocketAddress(InetAddress.getByName("192.0.2.1"), 32853);
        InetSocketAddress v6 = new InetSocketAddress(InetAddress.getByName("2001:db8:1234:5678:11:2233:4455:6677"), 32853);

        byte[] built4 = new StunMessageBuilder(StunMessage.BINDING_SUCCESS, tid).xorMappedAddress(v4).build(null, false);
        byte[] built6 = new StunMessageBuilder(StunMessage.BINDING_SUCCESS, tid).xorMappedAddress(v6).build(null, false);

        assertThat(Arrays.copyOfRange(built4, 20, 32)).isEqualTo(Arrays.copyOfRange(RESPONSE_IPV4, 36, 48));
        assertThat(Arrays.copyOfRange(built6, 20, 44)).isEqualTo(Arrays.copyOfRange(RESPONSE_IPV6, 36, 60));
    }

    @Test
    void datagramOffsetInsideALargerBufferIsHonoured() {
        byte[] framed = new byte[REQUEST.length + 7];
        System.arraycopy(REQUEST, 0, framed, 5, REQUEST.length);

        StunMessage msg = StunMessage.parse(framed, 5, REQUEST.length);

        assertThat(msg.verifyIntegrity(framed, 5, PASSWORD)).isTrue();
        assertThat(msg.verifyFingerprint(framed, 5)).isTrue();
    }
}
