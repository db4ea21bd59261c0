package dev.parley.server.signaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.media.sfu.rtp.ReceiveCapabilities;
import dev.parley.media.sfu.rtp.SfuCapabilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** join's receive_codecs: what getCapabilities lists, read strictly enough that a hostile client gets invalid_message. */
class ReceiveCodecsFieldTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode field(String json) {
        return JSON.readTree("{\"receive_codecs\":" + json + "}").get("receive_codecs");
    }

    @Test
    void absentMeansOpusAndVp8() {
        assertThat(ReceiveCodecsField.read(null)).isEqualTo(ReceiveCapabilities.DEFAULT);
        assertThat(ReceiveCodecsField.read(field("null"))).isEqualTo(ReceiveCapabilities.DEFAULT);
    }

    @Test
    void readsMimeTypesAndFmtpLines() {
        ReceiveCapabilities read = ReceiveCodecsField.read(field("""
                [{"mime_type": "video/VP9", "sdp_fmtp_line": "profile-id=0"},
                 {"mime_type": "video/rtx"}, {"mime_type": "audio/opus", "sdp_fmtp_line": null}]"""));

        assertThat(read.canDecode(SfuCapabilities.VP9)).isTrue();
        assertThat(read.canDecode(SfuCapabilities.OPUS)).isTrue();
        assertThat(read.canDecode(SfuCapabilities.VP8)).as("a client that lists codecs decodes only those").isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "\"video/VP8\"", "[1]", "[{}]", "[{\"mime_type\": \"\"}]", "[{\"mime_type\": 7}]",
        "[{\"mime_type\": \"video/VP8\", \"sdp_fmtp_line\": 1}]"})
    void refusesWhatIsNotAListOfCodecs(String json) {
        assertThatThrownBy(() -> ReceiveCodecsField.read(field(json))).isInstanceOf(SignalingException.class)
                .hasMessageContaining("receive_codecs");
    }

    @Test
    void refusesOverlongLists() {
        String many = "[" + "{\"mime_type\": \"video/VP8\"},".repeat(ReceiveCodecsField.MAX_CODECS) + "{\"mime_type\": \"video/VP8\"}]";
        assertThatThrownBy(() -> ReceiveCodecsField.read(field(many))).isInstanceOf(SignalingException.class);
        String longMime = "[{\"mime_type\": \"" + "v".repeat(ReceiveCodecsField.MAX_MIME_TYPE + 1) + "\"}]";
        assertThatThrownBy(() -> ReceiveCodecsField.read(field(longMime))).isInstanceOf(SignalingException.class);
    }
}
