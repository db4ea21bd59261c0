package dev.parley.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The text rule of a chat message: what is refused (and the sentence says why) and what passes. */
class ChatTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"hi", "line one\nline two\ttabbed", "<img src=x onerror=alert(1)>", "😀 emoji", "é"})
    void textIsAccepted(String text) {
        assertThat(ChatText.problem(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''           | needs some text",
            "'   '        | needs some text",
            "'a\u0000b'   | control character U+0000",
            "'bell\u0007' | control character U+0007",
            "'x\ud800y'   | valid UTF-8",
            "'\udc00'     | valid UTF-8",
    })
    void textIsRefusedInWords(String text, String reason) {
        assertThat(ChatText.problem(text)).contains(reason);
    }

    @org.junit.jupiter.api.Test
    void theLimitCountsCharactersNotUtf16Units() {
        assertThat(ChatText.problem("😀".repeat(ChatText.MAX_CHARACTERS))).isNull();
        assertThat(ChatText.problem("a".repeat(ChatText.MAX_CHARACTERS + 1))).contains("at most 4000", "has 4001");
        assertThat(ChatText.problem(null)).isNotNull();
    }
}
