package dev.parley.server.conference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.media.sfu.rtp.MediaKind;
import org.junit.jupiter.api.Test;

class RecvSectionsTest {
    private final RecvSections sections = new RecvSections();

    @Test
    void newConsumersGetNewSectionsWithIncreasingMids() {
        assertThat(sections.assign(MediaKind.AUDIO, "c1")).isEqualTo("0");
        assertThat(sections.assign(MediaKind.VIDEO, "c2")).isEqualTo("1");
        assertThat(sections.assign(MediaKind.AUDIO, "c3")).isEqualTo("2");
        assertThat(sections.mids()).containsExactly("0", "1", "2");
    }

    @Test
    void aReleasedSectionStaysInTheOfferAsInactive() {
        sections.assign(MediaKind.AUDIO, "c1");
        sections.assign(MediaKind.VIDEO, "c2");

        assertThat(sections.release("c2")).isTrue();

        assertThat(sections.sections()).containsExactly(
                new RecvSections.Section("0", MediaKind.AUDIO, "c1"),
                new RecvSections.Section("1", MediaKind.VIDEO, null));
    }

    @Test
    void aFreeSlotOfTheSameKindIsReusedUnderANewMid() {
        sections.assign(MediaKind.AUDIO, "c1");
        sections.assign(MediaKind.VIDEO, "c2");
        sections.release("c2");

        // RFC 8829 §5.2.2: a recycled (rejected) m-section carries a new mid; its position in the offer is kept.
        assertThat(sections.assign(MediaKind.VIDEO, "c3")).isEqualTo("2");
        assertThat(sections.sections()).containsExactly(
                new RecvSections.Section("0", MediaKind.AUDIO, "c1"),
                new RecvSections.Section("2", MediaKind.VIDEO, "c3"));
    }

    @Test
    void theFirstSectionKeepsItsMidWhenReused() {
        sections.assign(MediaKind.AUDIO, "c1");
        sections.assign(MediaKind.VIDEO, "c2");
        sections.release("c1");

        // The BUNDLE-tagged first section is never rejected, only made inactive, so its mid stays valid.
        assertThat(sections.assign(MediaKind.AUDIO, "c3")).isEqualTo("0");
    }

    @Test
    void aFreeSlotOfTheOtherKindIsNotReused() {
        sections.assign(MediaKind.AUDIO, "c1");
        sections.release("c1");

        assertThat(sections.assign(MediaKind.VIDEO, "c2")).isEqualTo("1");
        assertThat(sections.mids()).containsExactly("0", "1");
    }

    @Test
    void releasingAnUnknownConsumerChangesNothing() {
        sections.assign(MediaKind.AUDIO, "c1");

        assertThat(sections.release("nope")).isFalse();
        assertThat(sections.sections()).containsExactly(new RecvSections.Section("0", MediaKind.AUDIO, "c1"));
    }
}
