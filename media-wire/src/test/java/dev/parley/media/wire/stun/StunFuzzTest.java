package dev.parley.media.wire.stun;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.media.wire.fuzz.FuzzBytes;
import dev.parley.media.wire.fuzz.Randomized;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * STUN parsing is the first thing an unauthenticated datagram reaches. Corpus: the RFC 5769 vectors and a Chromium binding
 * request ({@code StunFuzzTestInputs/}).
 */
class StunFuzzTest {

    @FuzzTest
    void parse(byte[] input) {
        parseAndVerify(input);
        if (input.length >= StunMessage.HEADER_LENGTH) {
            // Give the attribute walker a well-formed header around the fuzzer's bytes, so it is reached on most inputs.
            byte[] framed = input.clone();
            framed[0] &= 0x3F;
            framed[2] = (byte) ((framed.length - 20) >>> 8);
            framed[3] = (byte) ((framed.length - 20) & 0xFC);
            framed[4] = 0x21;
            framed[5] = 0x12;
            framed[6] = (byte) 0xa4;
            framed[7] = 0x42;
            parseAndVerify(framed);
        }
    }

    @Test
    void parseRandomized() {
        Randomized.run(StunFuzzTest.class, "parse", 4000, 200, this::parse);
    }

    /** Every message the builder writes parses back with the same fields, integrity and fingerprint intact. */
    @FuzzTest
    void buildThenParse(byte[] input) throws Exception {
        FuzzBytes in = new FuzzBytes(input);
        byte[] tid = in.consumeFixed(StunMessage.TRANSACTION_ID_LENGTH);
        String username = "u" + in.consumeString(40, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789:+/");
        long priority = in.consumeLong(0, 0xFFFF_FFFFL);
        long tieBreaker = in.consumeLong(Long.MIN_VALUE, Long.MAX_VALUE);
        boolean useCandidate = in.consumeBoolean();
        byte[] address = in.consumeFixed(in.consumeBoolean() ? 16 : 4);
        int port = in.consumeInt(0, 65535);
        byte[] key = (username + "-pwd").getBytes(StandardCharsets.UTF_8);
        InetSocketAddress mapped = new InetSocketAddress(InetAddress.getByAddress(address), port);
        StunMessageBuilder builder = new StunMessageBuilder(StunMessage.BINDING_REQUEST, tid)
            .username(username).priority(priority).iceControlling(tieBreaker).xorMappedAddress(mapped);
        if (useCandidate) {
            builder.useCandidate();
        }
        byte[] wire = builder.build(key, true);

        StunMessage msg = StunMessage.parse(wire, 0, wire.length);

        assertThat(msg).isNotNull();
        assertThat(msg.transactionId()).isEqualTo(tid);
        assertThat(msg.username()).isEqualTo(username);
        assertThat(msg.priority()).isEqualTo(priority);
        assertThat(msg.iceControlling()).isEqualTo(tieBreaker);
        assertThat(msg.useCandidate()).isEqualTo(useCandidate);
        assertThat(msg.xorMappedAddress()).isEqualTo(mapped);
        assertThat(msg.verifyIntegrity(wire, 0, key)).isTrue();
        assertThat(msg.verifyFingerprint(wire, 0)).isTrue();
        assertThat(msg.verifyIntegrity(wire, 0, (username + "-other").getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void buildThenParseRandomized() {
        Randomized.run(StunFuzzTest.class, "buildThenParse", 1000, 120, this::buildThenParse);
    }

    /** The parser's contract: null or a message, never an exception, and a parsed message can always be verified. */
    private static void parseAndVerify(byte[] bytes) {
        StunMessage msg = StunMessage.parse(bytes, 0, bytes.length);
        if (msg != null) {
            msg.verifyIntegrity(bytes, 0, new byte[] {1});
            msg.verifyFingerprint(bytes, 0);
            msg.username();
            msg.xorMappedAddress();
            msg.errorCode();
        }
        // The same bytes at an offset inside a larger buffer, as the UDP reader hands them over.
        byte[] shifted = new byte[bytes.length + 5];
        System.arraycopy(bytes, 0, shifted, 3, bytes.length);
        StunMessage again = StunMessage.parse(shifted, 3, bytes.length);
        assertThat(again == null).isEqualTo(msg == null);
        if (again != null) {
            again.verifyIntegrity(shifted, 3, new byte[] {1});
            again.verifyFingerprint(shifted, 3);
        }
    }
}
