package dev.parley.server.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Strict query-string decoding: what decodes, what is refused and which parameter the refusal names. */
class QueryStringTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ada          | ada",
            "a+b          | a b",
            "%C3%A9t%C3%A9 | été",
            "%F0%9F%98%80 | 😀",
            "100%25       | 100%",
            "''           | ''",
    })
    void decodesUtf8(String encoded, String decoded) {
        assertThat(QueryString.decode(encoded)).isEqualTo(decoded);
    }

    @ParameterizedTest
    @ValueSource(strings = {"%ff", "%C0%AF", "%ED%A0%80", "%", "%4", "%zz", "%E9", "ab%C3", "%\u0663\u0663"})
    void refusesMalformedSequences(String encoded) {
        assertThat(QueryString.decode(encoded)).isNull();
    }

    @Test
    void namesTheFirstBadParameter() {
        assertThat(QueryString.firstInvalid("scope=past&q=ab%ff&x=%00")).isEqualTo(
                new InvalidField("q", "must be percent-encoded UTF-8 (such as %C3%A9 for é)"));
        assertThat(QueryString.firstInvalid("scope=past&q=ab%00").field()).isEqualTo("q");
        assertThat(QueryString.firstInvalid("scope=past&q=ab%00").message()).contains("U+0000");
        assertThat(QueryString.firstInvalid("%ff=1").field()).isEqualTo(QueryString.WHOLE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a=1&b=2", "flag", "a=&b", "q=%C3%A9&page=2", "from=2027-01-01T00:00:00%2B01:00"})
    void acceptsWellFormedQueries(String query) {
        assertThat(QueryString.firstInvalid(query)).isNull();
    }

    @Test
    void noQueryIsFine() {
        assertThat(QueryString.firstInvalid(null)).isNull();
    }
}
