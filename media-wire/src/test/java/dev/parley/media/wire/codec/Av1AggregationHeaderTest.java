package dev.parley.media.wire.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.media.wire.rtp.Hex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Av1AggregationHeaderTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // hex                       | key   | Z     | Y     | W
        "18 0a 0b                    | true  | false | false | 1",   // N=1 W=1: sequence header starts a coded video sequence
        "20 32                       | false | false | false | 2",   // W=2, delta frame
        "c0 00                       | false | true  | true  | 0",   // middle fragment of a large OBU
        "48 00                       | true  | false | true  | 0",   // N=1, fragment continues in the next packet
        "                            | false | false | false | -1",  // empty payload
    })
    void readsTheAggregationHeader(String hex, boolean key, boolean z, boolean y, int w) {
        byte[] buf = Hex.bytes(hex == null ? "" : hex);
        assertThat(Av1AggregationHeader.isKeyframe(buf, 0, buf.length)).isEqualTo(key);
        assertThat(Av1AggregationHeader.continuesFragment(buf, 0, buf.length)).isEqualTo(z);
        assertThat(Av1AggregationHeader.fragmentContinues(buf, 0, buf.length)).isEqualTo(y);
        assertThat(Av1AggregationHeader.obuCount(buf, 0, buf.length)).isEqualTo(w);
    }
}
