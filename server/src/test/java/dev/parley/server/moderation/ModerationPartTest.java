package dev.parley.server.moderation;

import static dev.parley.server.conference.ConferenceHarness.join;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.server.conference.Conference;
import dev.parley.server.conference.ConferenceHarness;
import dev.parley.server.conference.FakeChannel;
import dev.parley.server.conference.ParticipantRole;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Moderation as a part of the conference owner, without Spring or sockets: the hand queue, host-only controls with the
 * conference's one host rule, and a removal that closes the socket and keeps the person out (even after the conference
 * emptied) until readmitted.
 */
class ModerationPartTest {
    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-25T07:00:00Z"), ZoneOffset.UTC);
    private static ConferenceHarness harness;
    private final Moderation moderation = new Moderation();
    private final DenyLists denyLists = new DenyLists(FIXED);

    @BeforeAll
    static void start() {
        harness = new ConferenceHarness();
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    private Conference conference(String id) {
        return harness.conference(id, 10, denyLists.create(id));
    }

    @Test
    void handsQueueInOrderAndOnlyAHostLowersSomeoneElses() throws Exception {
        Conference conference = conference("hands-" + System.nanoTime());
        FakeChannel ada = new FakeChannel();
        String adaId = join(conference, "ada", 1, ParticipantRole.PARTICIPANT, ada);
        String bobId = join(conference, "bob", 2, ParticipantRole.PARTICIPANT, new FakeChannel());
        String cydId = join(conference, "cyd", 3, ParticipantRole.PARTICIPANT, new FakeChannel());

        moderation.raiseHand(conference, cydId, Conference.Reply.none()).get(5, TimeUnit.SECONDS);
        moderation.raiseHand(conference, bobId, Conference.Reply.none()).get(5, TimeUnit.SECONDS);
        moderation.raiseHand(conference, cydId, Conference.Reply.none()).get(5, TimeUnit.SECONDS);
        assertThat(((ModerationState) ada.last("moderation")).hands()).containsExactly(cydId, bobId);
        assertThat(((ModerationState) ada.last("moderation")).hosts()).containsExactly(adaId);

        assertThatThrownBy(() -> moderation.lowerHand(conference, bobId, cydId, Conference.Reply.none()).join())
                .cause().hasMessage("Only the host can lower someone else's hand.");
        moderation.lowerHand(conference, adaId, cydId, Conference.Reply.none()).get(5, TimeUnit.SECONDS);
        assertThat(((ModerationState) ada.last("moderation")).hands()).containsExactly(bobId);
        conference.leave(bobId).get(5, TimeUnit.SECONDS);
        assertThat(((ModerationState) ada.last("moderation")).hands()).isEmpty();
    }

    @Test
    void aRemovedPersonIsDisconnectedAndStaysOutUntilReadmittedEvenAfterTheRoomEmptied() throws Exception {
        String id = "removal-" + System.nanoTime();
        Conference conference = conference(id);
        FakeChannel ada = new FakeChannel();
        FakeChannel bob = new FakeChannel();
        FakeChannel cyd = new FakeChannel();
        String adaId = join(conference, "ada", 1, ParticipantRole.PARTICIPANT, ada);
        String bobId = join(conference, "bob", 2, ParticipantRole.PARTICIPANT, bob);
        String cydId = join(conference, "cyd", 3, ParticipantRole.PARTICIPANT, cyd);

        assertThatThrownBy(() -> moderation.remove(conference, bobId, cydId, Conference.Reply.none()).join())
                .cause().hasMessage("Only the host can remove participants.");
        moderation.remove(conference, adaId, cydId, Conference.Reply.none()).get(5, TimeUnit.SECONDS);

        assertThat(cyd.types()).contains("removed");
        assertThat(cyd.closeCode()).isEqualTo(Moderation.REMOVED);
        assertThat(((ModerationState) ada.last("moderation")).removed())
                .containsExactly(new ModerationState.Removed("user:3", "cyd"));
        assertThat(((ModerationState) bob.last("moderation")).removed()).as("only hosts see the deny list").isEmpty();
        assertThatThrownBy(() -> join(conference, "cyd", 3, ParticipantRole.PARTICIPANT, new FakeChannel()))
                .cause().isInstanceOf(ModerationException.class).hasMessageContaining("readmits you");

        conference.leave(adaId).get(5, TimeUnit.SECONDS);
        conference.leave(bobId).get(5, TimeUnit.SECONDS);
        Conference next = conference(id);
        String eveId = join(next, "eve", 5, ParticipantRole.PARTICIPANT, new FakeChannel());
        assertThatThrownBy(() -> join(next, "cyd", 3, ParticipantRole.PARTICIPANT, new FakeChannel()))
                .cause().isInstanceOf(ModerationException.class);
        moderation.readmit(next, eveId, "user:3", Conference.Reply.none()).get(5, TimeUnit.SECONDS);
        assertThat(join(next, "cyd", 3, ParticipantRole.PARTICIPANT, new FakeChannel())).isNotBlank();
    }
}
