package dev.parley.server.conference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OfferSequencerTest {
    private final OfferSequencer sequencer = new OfferSequencer();

    @Test
    void nothingIsDueUntilSomethingChanges() {
        assertThat(sequencer.offerDue()).isFalse();
        assertThat(sequencer.markChanged()).isTrue();
        assertThat(sequencer.offerDue()).isTrue();
        assertThat(sequencer.nextVersion()).isEqualTo(1);
        assertThat(sequencer.offerDue()).isFalse();
    }

    @Test
    void changesDuringAnOutstandingOfferWaitForItsAnswerAndFoldIntoOneOffer() {
        sequencer.markChanged();
        long first = sequencer.nextVersion();

        assertThat(sequencer.markChanged()).isFalse();
        assertThat(sequencer.markChanged()).isFalse();
        assertThat(sequencer.offerDue()).isFalse();

        assertThat(sequencer.answered(first)).isTrue();
        assertThat(sequencer.offerDue()).isTrue();
        assertThat(sequencer.nextVersion()).isEqualTo(2);
        assertThat(sequencer.offerDue()).isFalse();
    }

    @Test
    void anAnswerToAnotherVersionIsRefused() {
        sequencer.markChanged();
        sequencer.nextVersion();
        sequencer.markChanged();

        assertThat(sequencer.answered(7)).isFalse();
        assertThat(sequencer.outstanding()).isTrue();
        assertThat(sequencer.offerDue()).isFalse();
    }

    @Test
    void anAnswerWithoutAnOutstandingOfferIsRefused() {
        assertThat(sequencer.answered(0)).isFalse();
        sequencer.markChanged();
        long version = sequencer.nextVersion();
        assertThat(sequencer.answered(version)).isTrue();
        assertThat(sequencer.answered(version)).isFalse();
    }
}
