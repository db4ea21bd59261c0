package dev.parley.media.wire.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.media.wire.codec.H264ProfileLevelId.Profile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class H264ProfileLevelIdTest {
    /** The ids Chromium 156 and Firefox (OpenH264) offer, and the edge rows of libwebrtc's table. */
    @ParameterizedTest(name = "{0} = {1} level {2}")
    @CsvSource({
        "42e01f, CONSTRAINED_BASELINE, 31",   // constraint_set1 on Baseline: what every WebRTC H.264 decoder handles
        "42E01F, CONSTRAINED_BASELINE, 31",   // hex digits in either case
        "42c01f, CONSTRAINED_BASELINE, 31",   // constraint_set0 as well (Safari)
        "4de01f, CONSTRAINED_BASELINE, 31",   // Main with constraint_set0+1: decodable as Constrained Baseline
        "58f01f, CONSTRAINED_BASELINE, 31",   // Extended with constraint_set0+1
        "42001f, BASELINE, 31",
        "42801f, BASELINE, 31",
        "4d001f, MAIN, 31",
        "64001f, HIGH, 31",
        "640c1f, CONSTRAINED_HIGH, 31",
        "f4001f, PREDICTIVE_HIGH_444, 31",
        "42e034, CONSTRAINED_BASELINE, 52",
        "42f00b, CONSTRAINED_BASELINE, 0",    // level_idc 11 + constraint_set3 = level 1b
        "4d100b, MAIN, 0",
        "64000b, HIGH, 11",                   // no 1b in High: plain level 1.1
    })
    void classifiesLikeLibwebrtc(String hex, Profile profile, int level) {
        assertThat(H264ProfileLevelId.parse(hex)).isEqualTo(new H264ProfileLevelId(profile, level));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"42e01", "42e01f0", "42g01f", "42e000", "6e001f", "64101f", "4d201f", " 42e01f", "+2e01f"})
    void refusesWhatIsNotAKnownProfileAndLevel(String hex) {
        assertThat(H264ProfileLevelId.parse(hex)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"42e01f", "42001f", "4d001f", "64001f", "640c1f", "f4001f", "42f00b", "42100b", "4d100b", "42e034"})
    void writesTheCanonicalFormBack(String hex) {
        assertThat(H264ProfileLevelId.parse(hex).toHex()).isEqualTo(hex);
    }

    @org.junit.jupiter.api.Test
    void anAbsentParameterMeansConstrainedBaseline() {
        assertThat(H264ProfileLevelId.parseOrDefault(null)).isEqualTo(H264ProfileLevelId.DEFAULT);
        assertThat(H264ProfileLevelId.parseOrDefault("zz")).isNull();
    }
}
