package dev.parley.server.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The three levels of the text rule: what each refuses, and that the reason names the character. */
class TextRuleTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "Ada Lovelace", "😀 emoji", "é", "שלום", "مرحبا", "日本語"})
    void ordinaryTextPassesEveryLevel(String text) {
        for (TextRule rule : TextRule.values()) {
            assertThat(rule.problem(text)).as(rule.name()).isNull();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // text           | STORABLE | MULTI_LINE | NAME
            "'a\u0000b'       | U+0000   | U+0000     | U+0000",
            "'x\ud800y'       | U+D800   | U+D800     | U+D800",
            "'\udc00'         | U+DC00   | U+DC00     | U+DC00",
            "'bell\u0007'     |          | U+0007     | U+0007",
            "'evil\u202Egnp'  |          |            | U+202E",
            "'iso\u2066late'  |          |            | U+2066",
            "'pdi\u2069'      |          |            | U+2069",
            "'del\u007F'      |          | U+007F     | U+007F",
            "'c1\u0085'       |          | U+0085     | U+0085",
    })
    void eachLevelRefusesWhatItShould(String text, String storable, String multiLine, String name) {
        assertRefusal(TextRule.STORABLE.problem(text), storable);
        assertRefusal(TextRule.MULTI_LINE.problem(text), multiLine);
        assertRefusal(TextRule.NAME.problem(text), name);
    }

    @org.junit.jupiter.api.Test
    void lineBreaksAndTabsAreTextButNotPartOfAName() {
        for (String text : new String[] {"two\nlines", "two\r\nlines", "tab\there"}) {
            assertThat(TextRule.STORABLE.problem(text)).isNull();
            assertThat(TextRule.MULTI_LINE.problem(text)).isNull();
            assertThat(TextRule.NAME.problem(text)).contains("control character");
        }
    }

    private static void assertRefusal(String problem, String codePoint) {
        if (codePoint == null) {
            assertThat(problem).isNull();
        } else {
            assertThat(problem).startsWith("must").contains(codePoint);
        }
    }

    @ParameterizedTest
    @ValueSource(chars = {'\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'})
    void everyBidiEmbeddingOverrideAndIsolateIsRefusedInNames(char control) {
        assertThat(TextRule.NAME.problem("a" + control + "b")).contains("bidirectional");
        assertThat(TextRule.MULTI_LINE.problem("a" + control + "b")).isNull();
    }

    @ParameterizedTest
    @ValueSource(chars = {'\u200E', '\u200F', '\u2065', '\u206A', '\u2029'})
    void neighboursOfTheBidiControlsAreNotBidiControls(char c) {
        assertThat(TextRule.isBidiControl(c)).isFalse();
    }
}
