package dev.parley.server.conference;

import static dev.parley.server.conference.ConferenceHarness.join;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * How long an owner lives (decision 0007): a meeting's from its start to its end, with or without participants, and with a
 * Router only while someone is in; an ad-hoc room's until its last participant leaves, or its first join fails.
 */
class ConferenceLifetimeTest {
    private static final ConferenceHarness harness = new ConferenceHarness();

    @AfterAll
    static void close() {
        harness.close();
    }

    @Test
    void aMeetingOwnerLivesWithoutParticipantsAndHasARouterOnlyWhileSomeoneIsIn() throws Exception {
        Conference meeting = harness.meeting(1, 10);
        int closedBefore = harness.closed.get();
        assertThat(meeting.stats().transports()).as("no Router before the first join").isEmpty();

        String ada = join(meeting, "ada", 1, ParticipantRole.HOST, new FakeChannel());
        assertThat(meeting.stats().transports()).hasSize(2);
        meeting.leave(ada).get(5, TimeUnit.SECONDS);

        assertThat(harness.closed.get()).as("the owner waits for the meeting's stop").isEqualTo(closedBefore);
        assertThat(meeting.stats().transports()).as("the Router closed with the last participant").isEmpty();
        String bob = join(meeting, "bob", 2, ParticipantRole.PARTICIPANT, new FakeChannel());
        assertThat(meeting.hasParticipant(bob)).isTrue();
        assertThat(meeting.stats().transports()).as("a fresh Router").hasSize(2);
    }

    @Test
    void aStartedMeetingNobodyJoinedClosesItsOwnerWhenItEnds() throws Exception {
        Conference meeting = harness.meeting(1, 10);
        int closedBefore = harness.closed.get();

        meeting.end("The host ended the meeting.").get(5, TimeUnit.SECONDS);
        meeting.end("twice").get(5, TimeUnit.SECONDS);

        assertThat(harness.closed.get()).isEqualTo(closedBefore + 1);
        assertThat(meeting.join(new ConferenceUser(2, "bob"), new JoinGrant("bob", ParticipantRole.PARTICIPANT),
                new FakeChannel(), Conference.Reply.none()).get(5, TimeUnit.SECONDS)).as("a closed owner admits nobody").isEmpty();
    }

    @Test
    void aFreshAdHocRoomWhoseFirstJoinFailsClosesInsteadOfLingeringEmpty() throws Exception {
        Conference room = harness.conference("room-" + System.nanoTime(), 0);
        int closedBefore = harness.closed.get();

        FakeChannel ada = new FakeChannel();
        room.join(new ConferenceUser(1, "ada"), new JoinGrant("ada", ParticipantRole.PARTICIPANT), ada,
                (joined, error) -> ada.send("error", error)).handle((r, e) -> null).get(5, TimeUnit.SECONDS);

        assertThat(ada.last("error")).isInstanceOf(ConferenceException.class);
        assertThat(harness.closed.get()).isEqualTo(closedBefore + 1);
        assertThat(room.stats().transports()).isEmpty();
    }
}
