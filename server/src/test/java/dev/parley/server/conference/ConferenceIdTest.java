package dev.parley.server.conference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ConferenceIdTest {
    @ParameterizedTest
    @ValueSource(strings = {"abc", "team-standup", "a1-b2-c3", "0123456789012345678901234567890123456789012345678901234567890123"})
    void acceptsLowerCaseLettersDigitsAndDashes(String id) {
        assertThat(ConferenceId.isValid(id)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"ab", "Team", "a b c", "abc/def", "abc_def", "ünï", "../etc",
            "01234567890123456789012345678901234567890123456789012345678901234"})
    void refusesEverythingElse(String id) {
        assertThat(ConferenceId.isValid(id)).isFalse();
    }
}
