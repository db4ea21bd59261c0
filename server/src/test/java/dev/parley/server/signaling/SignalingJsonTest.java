package dev.parley.server.signaling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.conference.ConferenceEvent;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SignalingJsonTest {
    @Test
    void readsTypeIdAndBody() {
        Request request = SignalingJson.parse("{\"type\":\"join\",\"id\":\"7\",\"conference_id\":\"abc\"}");

        assertThat(request.type()).isEqualTo("join");
        assertThat(request.id()).isEqualTo("7");
        assertThat(request.text("conference_id")).isEqualTo("abc");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "null", "[]", "42", "\"hello\"", "{\"id\":\"1\"}", "{\"type\":5}",
            "{\"type\":\"ping\",\"id\":{}}", "{\"type\":\"ping\"}}", "\u0000\u0001", "{\"type\":\"a\",\"type\":"})
    void returnsNullForAnythingButAnObjectWithAStringType(String text) {
        assertThat(SignalingJson.parse(text)).isNull();
    }

    @Test
    void writesTypeFirstThenIdThenSnakeCaseFields() {
        String json = SignalingJson.write("participant_joined", "3", new ConferenceEvent.ParticipantJoined(
                new ConferenceEvent.ParticipantView("p1", "Ada", true, List.of(
                        new ConferenceEvent.ProducerView("t1", "camera", "video", true)))));

        assertThat(json).isEqualTo("{\"type\":\"participant_joined\",\"id\":\"3\",\"participant\":{\"id\":\"p1\","
                + "\"name\":\"Ada\",\"guest\":true,\"producers\":[{\"id\":\"t1\",\"source\":\"camera\",\"kind\":\"video\",\"paused\":true}],"
                + "\"reconnecting\":false}}");
    }

    @Test
    void errorsCarryCodeAndMessage() {
        assertThat(SignalingJson.error(null, "not_joined", "Join first."))
                .isEqualTo("{\"type\":\"error\",\"code\":\"not_joined\",\"message\":\"Join first.\"}");
    }

    @Test
    void fieldReadersNameTheBadField() {
        Request request = SignalingJson.parse("{\"type\":\"subscribe_answer\",\"version\":\"two\"}");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> request.integer("version"))
                .isInstanceOf(SignalingException.class)
                .hasMessageContaining("'version'");
    }
}
