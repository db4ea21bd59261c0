package dev.parley.server.screenshare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.conference.ConferenceEvent.ParticipantView;
import dev.parley.server.conference.ConferenceEvent.ProducerView;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PresenterRuleTest {
    private static final ParticipantView ADA = new ParticipantView("p-ada", "Ada", false, List.of(
            new ProducerView("t1", "camera", "video", false), new ProducerView("t2", "screen", "video", false)));
    private static final ParticipantView BOB = new ParticipantView("p-bob", "Bob", false, List.of(
            new ProducerView("t3", "microphone", "audio", false)));
    private static final ParticipantView CYD_AUDIO_ONLY = new ParticipantView("p-cyd", "Cyd", false, List.of(
            new ProducerView("t4", "screen_audio", "audio", false)));

    @Test
    void aShareIsRefusedInWordsWhenTheConferenceTurnedSharingOff() {
        Optional<PresenterRule.Refusal> refusal = PresenterRule.check(false, true, "p-bob", List.of(BOB));

        assertThat(refusal).contains(new PresenterRule.Refusal("screen_sharing_disabled",
                "Screen sharing is turned off in this conference; the host can turn it on."));
    }

    @Test
    void aSecondPresenterIsRefusedAndToldWhoPresents() {
        Optional<PresenterRule.Refusal> refusal = PresenterRule.check(true, false, "p-bob", List.of(ADA, BOB));

        assertThat(refusal).hasValueSatisfying(r -> {
            assertThat(r.code()).isEqualTo("presenter_busy");
            assertThat(r.message()).startsWith("Ada is already sharing their screen");
        });
    }

    @Test
    void screenAudioAloneAlsoMakesSomeoneThePresenter() {
        assertThat(PresenterRule.check(true, false, "p-bob", List.of(CYD_AUDIO_ONLY, BOB))).isPresent();
    }

    @Test
    void theHostMayAllowMorePresenters() {
        assertThat(PresenterRule.check(true, true, "p-bob", List.of(ADA, BOB))).isEmpty();
    }

    @Test
    void theFirstPresenterMayShareAndThePresenterMayRenegotiate() {
        assertThat(PresenterRule.check(true, false, "p-bob", List.of(BOB))).isEmpty();
        assertThat(PresenterRule.check(true, false, "p-ada", List.of(ADA, BOB))).isEmpty();
    }
}
