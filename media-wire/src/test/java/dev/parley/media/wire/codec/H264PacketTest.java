package dev.parley.media.wire.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.media.wire.rtp.Hex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class H264PacketTest {
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "65 88 84 00                                    | true  | single NAL: IDR slice (type 5)",
        "41 9a 02 00                                    | false | single NAL: non-IDR slice (type 1)",
        "67 42 e0 1f                                    | true  | single NAL: SPS (type 7)",
        "68 ce 3c 80                                    | false | single NAL: PPS alone",
        "78 00 04 67 42 e0 1f 00 03 68 ce 3c 00 02 65 88 | true  | STAP-A: SPS, PPS, IDR",
        "78 00 02 68 ce 00 02 06 05                     | false | STAP-A: PPS, SEI",
        "78 00 09 67 42                                 | false | STAP-A: size runs past the end",
        "78 00 00 65                                    | false | STAP-A: zero size",
        "7c 85 88 84                                    | true  | FU-A start (S=1) of an IDR",
        "7c 05 88 84                                    | false | FU-A continuation of an IDR",
        "7c 81 9a 02                                    | false | FU-A start of a non-IDR slice",
        "7c                                             | false | FU-A without FU header",
        "                                               | false | empty payload",
    })
    void detectsKeyFrames(String hex, boolean keyframe, String description) {
        byte[] buf = Hex.bytes(hex == null ? "" : hex);
        assertThat(H264Packet.isKeyframe(buf, 0, buf.length)).isEqualTo(keyframe);
    }
}
