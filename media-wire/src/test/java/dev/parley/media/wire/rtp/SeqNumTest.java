package dev.parley.media.wire.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeqNumTest {
    @ParameterizedTest(name = "diff({0}, {1}) = {2}, newer = {3}")
    @CsvSource({
        "1,     0,     1,      true",
        "0,     1,     -1,     false",
        "0,     65535, 1,      true",
        "2,     65534, 4,      true",
        "65534, 2,     -4,     false",
        "100,   100,   0,      false",
        "32767, 0,     32767,  true",
        "32768, 0,     -32768, false",
        "0,     32768, -32768, false",
        "32769, 0,     -32767, false",
    })
    void sixteenBitArithmeticWraps(int a, int b, int diff, boolean newer) {
        assertThat(SeqNum.diff(a, b)).isEqualTo(diff);
        assertThat(SeqNum.isNewer(a, b)).isEqualTo(newer);
    }

    @ParameterizedTest(name = "diff({0}, {1}) = {2}")
    @CsvSource({
        "1,          0,          1,           true",
        "0,          4294967295, 1,           true",
        "4294967295, 0,          -1,          false",
        "90000,      4294937296, 120000,      true",
        "2147483647, 0,          2147483647,  true",
        "2147483648, 0,          -2147483648, false",
    })
    void thirtyTwoBitArithmeticWraps(long a, long b, long diff, boolean newer) {
        assertThat(RtpTimestamp.diff(a, b)).isEqualTo(diff);
        assertThat(RtpTimestamp.isNewer(a, b)).isEqualTo(newer);
    }

    @ParameterizedTest
    @CsvSource({"65535, 1, 0", "0, -1, 65535", "100, 5, 105"})
    void addWraps(int seq, int delta, int expected) {
        assertThat(SeqNum.add(seq, delta)).isEqualTo(expected);
    }

    @Test
    void timestampAddWraps() {
        assertThat(RtpTimestamp.add(0xFFFFFFF0L, 0x20)).isEqualTo(0x10);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "65534 65535 0 1 2     | 65534 65535 65536 65537 65538",
        "10 8 11 9             | 10 8 11 9",
        "65535 1 65534 0       | 65535 65537 65534 65536",
        "0 65535               | 0 -1",
        "0 30000 60000 24464 0 | 0 30000 60000 90000 65536",
    })
    void seqNumUnwrapperIsMonotonicAcrossWraps(String input, String expected) {
        SeqNumUnwrapper unwrapper = new SeqNumUnwrapper();
        String[] in = input.trim().split(" +");
        String[] out = expected.trim().split(" +");
        for (int i = 0; i < in.length; i++) {
            assertThat(unwrapper.unwrap(Long.parseLong(in[i]))).as("input #%d", i).isEqualTo(Long.parseLong(out[i]));
        }
    }

    @Test
    void timestampUnwrapperCrossesTheThirtyTwoBitBoundary() {
        TimestampUnwrapper unwrapper = new TimestampUnwrapper();
        assertThat(unwrapper.unwrap(0xFFFFF000L)).isEqualTo(0xFFFFF000L);
        assertThat(unwrapper.unwrap(0x00000E00L)).isEqualTo(0x100000E00L);
        assertThat(unwrapper.unwrap(0xFFFFFF00L)).isEqualTo(0xFFFFFF00L);
        assertThat(unwrapper.highest()).isEqualTo(0x100000E00L);
    }
}
