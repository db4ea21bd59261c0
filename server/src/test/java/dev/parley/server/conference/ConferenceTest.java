package dev.parley.server.conference;

import static dev.parley.server.conference.ConferenceHarness.join;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The owner of a live conference without Spring or sockets: fake channels record what each participant would receive, a
 * real Router (no peers) answers the media calls on its own loop. Joins, leaves, the one host rule and its hand-over, the
 * participant cap, parts, and the ordering guarantees (a reply before the events that depend on it; one participant's
 * commands in order even while one waits for the Router).
 */
class ConferenceTest {
    private static ConferenceHarness harness;

    @BeforeAll
    static void start() {
        harness = new ConferenceHarness();
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    private static String id() {
        return "room-" + Long.toHexString(System.nanoTime());
    }

    @Test
    void theJoinedReplyComesFirstThenThePartsAndTheOthersLearnOfTheJoiner() throws Exception {
        ConferencePart greeter = new ConferencePart() {
            @Override
            public void joined(Conference conference, Participant participant) {
                participant.channel().send("greeting", participant.displayName());
            }
        };
        Conference conference = harness.conference(id(), 10, greeter);
        FakeChannel ada = new FakeChannel();
        FakeChannel bob = new FakeChannel();
        join(conference, "ada", 1, ParticipantRole.PARTICIPANT, ada);
        String bobId = join(conference, "bob", 2, ParticipantRole.PARTICIPANT, bob);

        assertThat(bob.types()).containsExactly("joined", "greeting");
        Conference.Joined joined = (Conference.Joined) bob.last("joined");
        assertThat(joined.participants()).extracting(ConferenceEvent.ParticipantView::name).containsExactly("ada");
        ConferenceEvent.ParticipantJoined news = (ConferenceEvent.ParticipantJoined) ada.await("participant_joined").body();
        assertThat(news.participant().id()).isEqualTo(bobId);
        assertThat(news.participant().guest()).isFalse();
    }

    @Test
    void inAnAdHocRoomTheFirstJoinerHostsAndTheLongestPresentTakesOver() throws Exception {
        Conference conference = harness.conference(id(), 10);
        String ada = join(conference, "ada", 1, ParticipantRole.PARTICIPANT, new FakeChannel());
        String bob = join(conference, "bob", 2, ParticipantRole.PARTICIPANT, new FakeChannel());
        join(conference, "cyd", 3, ParticipantRole.PARTICIPANT, new FakeChannel());
        assertThat(conference.ask(Conference::hostIds).get()).containsExactly(ada);

        conference.leave(ada).get(5, TimeUnit.SECONDS);

        assertThat(conference.ask(Conference::hostIds).get()).containsExactly(bob);
        assertThatThrownBy(() -> conference.ask(c -> c.requireHost(ada, "mute others")).join())
                .cause().hasMessage("Only the host can mute others.");
    }

    @Test
    void inAMeetingConferenceOnlyTheHostGrantHostsAndGuestsAreMarked() throws Exception {
        Conference conference = harness.conference("c-" + (System.nanoTime() & 0xffffff | 1), 10);
        FakeChannel host = new FakeChannel();
        String guest = join(conference, "Grace", 0, ParticipantRole.GUEST, new FakeChannel());
        String ada = join(conference, "ada", 1, ParticipantRole.HOST, host);

        assertThat(conference.ask(Conference::hostIds).get()).containsExactly(ada);
        Conference.Joined joined = (Conference.Joined) host.last("joined");
        assertThat(joined.participants()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo(guest);
            assertThat(p.guest()).isTrue();
        });
        conference.leave(ada).get(5, TimeUnit.SECONDS);
        assertThat(conference.ask(Conference::hostIds).get()).as("no promotion in a meeting").isEmpty();
    }

    @Test
    void aFullConferenceRefusesTheNextJoinerInWords() throws Exception {
        Conference conference = harness.conference(id(), 2);
        join(conference, "ada", 1, ParticipantRole.PARTICIPANT, new FakeChannel());
        join(conference, "bob", 2, ParticipantRole.PARTICIPANT, new FakeChannel());
        FakeChannel cyd = new FakeChannel();

        assertThatThrownBy(() -> join(conference, "cyd", 3, ParticipantRole.PARTICIPANT, cyd))
                .isInstanceOf(ExecutionException.class).cause()
                .isInstanceOfSatisfying(ConferenceException.class, e -> {
                    assertThat(e.error()).isEqualTo(ConferenceError.CONFERENCE_FULL);
                    assertThat(e.getMessage()).isEqualTo("This conference is full: it already has 2 participants.");
                });
        assertThat(cyd.types()).containsExactly("error");
        assertThat(conference.size()).isEqualTo(2);
    }

    @Test
    void theMeetingHostGetsIntoAConferenceFullOfGuestsButOnlyOnce() throws Exception {
        Conference conference = harness.meeting(7, 2);
        join(conference, "Gus", 0, ParticipantRole.GUEST, new FakeChannel());
        join(conference, "Gia", 0, ParticipantRole.GUEST, new FakeChannel());

        join(conference, "ada", 7, ParticipantRole.HOST, new FakeChannel());

        assertThat(conference.size()).as("the host is let in over the cap").isEqualTo(3);
        assertThatThrownBy(() -> join(conference, "ada", 7, ParticipantRole.HOST, new FakeChannel()))
                .as("a second tab of the host takes an ordinary seat").cause()
                .isInstanceOfSatisfying(ConferenceException.class, e -> assertThat(e.error()).isEqualTo(ConferenceError.CONFERENCE_FULL));
        assertThatThrownBy(() -> join(conference, "Gwen", 0, ParticipantRole.GUEST, new FakeChannel()))
                .cause().isInstanceOf(ConferenceException.class);
    }

    @Test
    void theAdmissionCheckAsksThePartsWithoutJoining() throws Exception {
        ConferencePart bouncer = bouncer("mallory");
        Conference conference = harness.conference(id(), 10, bouncer);

        conference.checkAdmission(new ConferenceUser(1, "ada")).get(5, TimeUnit.SECONDS);
        assertThatThrownBy(() -> conference.checkAdmission(new ConferenceUser(2, "mallory")).get(5, TimeUnit.SECONDS))
                .cause().isInstanceOf(Refusal.class).hasMessage("The host removed you.");
        assertThat(conference.size()).isZero();
    }

    @Test
    void aPartRefusesAJoinBeforeAnythingIsCreated() throws Exception {
        ConferencePart bouncer = bouncer("mallory");
        Conference conference = harness.conference(id(), 10, bouncer);
        join(conference, "ada", 1, ParticipantRole.PARTICIPANT, new FakeChannel());
        assertThatThrownBy(() -> join(conference, "mallory", 2, ParticipantRole.PARTICIPANT, new FakeChannel()))
                .cause().isInstanceOf(Refusal.class).hasMessage("The host removed you.");
        assertThat(conference.size()).isEqualTo(1);
    }

    @Test
    void aPublishIsAnsweredAndTheOthersGetTheTrackThenAnOfferCarryingIt() throws Exception {
        Conference conference = harness.conference(id(), 10);
        FakeChannel ada = new FakeChannel();
        FakeChannel bob = new FakeChannel();
        String adaId = join(conference, "ada", 1, ParticipantRole.PARTICIPANT, ada);
        join(conference, "bob", 2, ParticipantRole.PARTICIPANT, bob);

        Conference.PublishResult result = conference.command(adaId,
                        publisher -> conference.publishing().publish(publisher, TestOffers.MICROPHONE, Map.of("0", "microphone")),
                        (answer, error) -> ada.send("publish_answer", answer))
                .get(5, TimeUnit.SECONDS);

        assertThat(result.sdp()).contains("a=setup:passive");
        assertThat(result.producers()).singleElement().satisfies(p -> assertThat(p.source()).isEqualTo("microphone"));
        ConferenceEvent.SubscribeOffer offer = (ConferenceEvent.SubscribeOffer) bob.await("subscribe_offer").body();
        assertThat(offer.tracks().values()).singleElement()
                .satisfies(track -> assertThat(track.producerId()).isEqualTo(result.producers().getFirst().producerId()));
        List<String> bobSaw = bob.types();
        assertThat(bobSaw.indexOf("producer_added")).isLessThan(bobSaw.indexOf("subscribe_offer"));
        assertThat(conference.consumersByParticipant().values()).extracting(List::size).containsExactly(0, 1);
    }

    @Test
    void aLateJoinerGetsOneOfferCarryingEverythingAlreadyPublished() throws Exception {
        Conference conference = harness.conference(id(), 10);
        String adaId = join(conference, "ada", 1, ParticipantRole.PARTICIPANT, new FakeChannel());
        conference.command(adaId,
                publisher -> conference.publishing().publish(publisher, TestOffers.MICROPHONE, Map.of("0", "microphone")),
                Conference.Reply.none()).get(5, TimeUnit.SECONDS);
        FakeChannel bob = new FakeChannel();

        join(conference, "bob", 2, ParticipantRole.PARTICIPANT, bob);

        ConferenceEvent.SubscribeOffer offer = (ConferenceEvent.SubscribeOffer) bob.await("subscribe_offer").body();
        assertThat(offer.version()).isEqualTo(1);
        assertThat(offer.tracks().values()).singleElement().satisfies(t -> assertThat(t.participantId()).isEqualTo(adaId));
        assertThat(bob.types().indexOf("joined")).isLessThan(bob.types().indexOf("subscribe_offer"));
    }

    @Test
    void oneParticipantsCommandsRunInOrderEvenWhileOneWaitsForTheRouter() throws Exception {
        Conference conference = harness.conference(id(), 10);
        FakeChannel ada = new FakeChannel();
        String adaId = join(conference, "ada", 1, ParticipantRole.PARTICIPANT, ada);
        List<String> replies = new CopyOnWriteArrayList<>();

        CompletableFuture<Conference.PublishResult> publish = conference.command(adaId,
                publisher -> conference.publishing().publish(publisher, TestOffers.MICROPHONE, Map.of("0", "microphone")),
                (answer, error) -> replies.add("publish_answer"));
        // Sent at once, before the Router made the Producer: it must wait for the publish, or it finds no track to pause.
        CompletableFuture<ConferenceEvent.ProducerView> pause = conference.command(adaId,
                publisher -> CompletableFuture.completedFuture(conference.publishing().setPaused(publisher,
                        publisher.publications().getFirst().id(), true)),
                (view, error) -> replies.add(error == null ? "paused" : "error " + error));

        assertThat(pause.get(5, TimeUnit.SECONDS).paused()).isTrue();
        assertThat(publish).isDone();
        assertThat(replies).containsExactly("publish_answer", "paused");
    }

    @Test
    void theLastLeaveClosesTheConferenceAndALaterJoinIsToldToStartANewOne() throws Exception {
        Conference conference = harness.conference(id(), 10);
        int closedBefore = harness.closed.get();
        String ada = join(conference, "ada", 1, ParticipantRole.PARTICIPANT, new FakeChannel());

        conference.leave(ada).get(5, TimeUnit.SECONDS);
        conference.leave(ada).get(5, TimeUnit.SECONDS);

        assertThat(harness.closed.get()).isEqualTo(closedBefore + 1);
        assertThat(conference.join(new ConferenceUser(2, "bob"), new JoinGrant("bob", ParticipantRole.PARTICIPANT),
                new FakeChannel(), Conference.Reply.none()).get(5, TimeUnit.SECONDS)).isEmpty();
    }

    @Test
    void aCommandOfSomeoneWhoLeftIsRefusedAndEndingTellsEveryone() throws Exception {
        Conference conference = harness.conference(id(), 10);
        FakeChannel ada = new FakeChannel();
        String adaId = join(conference, "ada", 1, ParticipantRole.PARTICIPANT, ada);
        String bobId = join(conference, "bob", 2, ParticipantRole.PARTICIPANT, new FakeChannel());
        conference.leave(bobId).get(5, TimeUnit.SECONDS);

        assertThatThrownBy(() -> conference.command(bobId, p -> CompletableFuture.completedFuture(1), Conference.Reply.none())
                .get(5, TimeUnit.SECONDS)).cause().isInstanceOfSatisfying(ConferenceException.class,
                        e -> assertThat(e.error()).isEqualTo(ConferenceError.FORBIDDEN));

        conference.end("The host ended the meeting.").get(5, TimeUnit.SECONDS);
        assertThat(((ConferenceEvent.ConferenceEnded) ada.await("conference_ended").body()).reason())
                .isEqualTo("The host ended the meeting.");
        assertThat(conference.hasParticipant(adaId)).isFalse();
    }

    /** A part that refuses one name, as the deny list refuses a removed person. */
    private static ConferencePart bouncer(String refused) {
        return new ConferencePart() {
            @Override
            public void checkJoin(Conference conference, ConferenceUser user) {
                if (user.username().equals(refused)) {
                    throw new Refusal("removed_by_host", "The host removed you.") {
                    };
                }
            }
        };
    }
}
