package dev.parley.loadtest.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class VideoFormatTest {
    @Test
    void parsesAndPrintsTheSameText() {
        VideoFormat format = VideoFormat.parse("320x180@15");
        assertThat(format).isEqualTo(new VideoFormat(320, 180, 15));
        assertThat(format).hasToString("320x180@15");
    }

    @ParameterizedTest
    @ValueSource(strings = {"321x180@15", "320x181@15", "8x8@15", "320x180@0", "320x180@61"})
    void refusesOddSizesAndRates(String text) {
        assertThatThrownBy(() -> VideoFormat.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
