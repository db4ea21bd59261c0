package dev.parley.media.wire.stun;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class StunMessageProperties {

    @Property(tries = 3000)
    void randomBytesNeverThrow(@ForAll @Size(max = 200) byte[] bytes, @ForAll boolean stunHeader) {
        if (stunHeader && bytes.length >= 20) {
            // Make most inputs pass the cookie check so the attribute walker is exercised, not just the first test.
            bytes[0] &= 0x3F;
            bytes[2] = (byte) ((bytes.length - 20) >>> 8);
            bytes[3] = (byte) ((bytes.length - 20) & 0xFC);
            bytes[4] = 0x21;
            bytes[5] = 0x12;
            bytes[6] = (byte) 0xa4;
            bytes[7] = 0x42;
        }
        StunMessage msg = StunMessage.parse(bytes, 0, bytes.length);
        if (msg != null) {
            msg.verifyIntegrity(bytes, 0, new byte[] {1});
            msg.verifyFingerprint(bytes, 0);
        }
    }

    @Property(tries = 500)
    void buildThenParseRoundTrips(
            @ForAll @Size(12) byte[] tid,
            @ForAll @AlphaChars @NumericChars @StringLength(min = 1, max = 40) String username,
            @ForAll @IntRange(min = 0) int priority,
            @ForAll long tieBreaker,
            @ForAll boolean useCandidate,
            @ForAll @Size(4) byte[] ipv4,
            @ForAll @IntRange(min = 0, max = 65535) int port) throws Exception {
        byte[] key = (username + "-pwd").getBytes(StandardCharsets.UTF_8);
        InetSocketAddress mapped = new InetSocketAddress(InetAddress.getByAddress(ipv4), port);
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
    }
}
