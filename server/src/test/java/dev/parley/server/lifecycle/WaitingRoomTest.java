package dev.parley.server.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.conference.Conference;
import dev.parley.server.conference.ConferenceError;
import dev.parley.server.conference.ConferenceException;
import dev.parley.server.conference.ConferenceHarness;
import dev.parley.server.conference.FakeChannel;
import dev.parley.server.conference.ParticipantRole;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The lobby as a part of the conference owner, with fake channels (no Spring, no sockets): every request runs as a task on
 * the owner's executor, the host is the owner's host rule (here the meeting host's account, 1), and the owner exists before
 * anyone joined.
 */
class WaitingRoomTest {
    private static final long HOST = 1;
    private static final ConferenceHarness harness = new ConferenceHarness();

    private JoinTokens tokens;
    private WaitingRoom room;
    private Conference meeting;

    @AfterAll
    static void closeHarness() {
        harness.close();
    }

    @BeforeEach
    void emptyMeetingWithALobbyOfTwo() throws Exception {
        tokens = new JoinTokens(Clock.systemUTC());
        room = new WaitingRoom(tokens, 2);
        meeting = harness.meeting(HOST, 10, room);
    }

    @Test
    void aKnockReachesTheWatchingHostAndAnAdmittedPersonGetsATokenThatJoins() throws Exception {
        FakeChannel host = new FakeChannel();
        FakeChannel grace = new FakeChannel();
        assertThat(watch(HOST, "s1", host)).isEmpty();

        Lobby.Knocked knocked = on(c -> room.knock(c, lobbyClaims("guest:g", 0, "Grace", ParticipantRole.GUEST), grace));

        assertThat(host.await("lobby_knock").body()).isEqualTo(new Lobby.Waiting(knocked.requestId(), "Grace", true));
        assertThat(knocked.conferenceId()).isEqualTo(meeting.id());
        on(c -> {
            room.admit(c, HOST, knocked.requestId());
            return null;
        });
        assertThat(host.last("lobby_left")).isEqualTo(new Lobby.Left(knocked.requestId()));
        Lobby.Admitted admitted = (Lobby.Admitted) grace.await("lobby_admitted").body();
        JoinTokens.Claims claims = tokens.verify(admitted.joinToken()).orElseThrow();
        assertThat(claims.lobby()).as("the admitted token joins").isFalse();
        assertThat(claims.conferenceId()).isEqualTo(meeting.id());
        assertThat(watch(HOST, "s1", host)).isEmpty();
    }

    @Test
    void onlyTheHostWatchesOrAnswersAndARejectedPersonIsTold() throws Exception {
        FakeChannel bob = new FakeChannel();
        String requestId = on(c -> room.knock(c, lobbyClaims("user:2", 2, "bob", ParticipantRole.PARTICIPANT), bob))
                .requestId();

        assertThat(refusal(c -> room.watch(c, 2, "s2", bob))).isEqualTo(ConferenceError.FORBIDDEN);
        assertThat(refusal(c -> {
            room.admit(c, 2, requestId);
            return null;
        })).isEqualTo(ConferenceError.FORBIDDEN);
        on(c -> {
            room.reject(c, HOST, requestId);
            return null;
        });

        assertThat(((Lobby.Rejected) bob.await("lobby_rejected").body()).reason()).contains("did not let you in");
        assertThat(refusal(c -> {
            room.admit(c, HOST, requestId);
            return null;
        })).as("already answered").isEqualTo(ConferenceError.FORBIDDEN);
    }

    @Test
    void aKnockerWhoseSocketClosedLeavesTheLobbyAtTheNextWatch() throws Exception {
        FakeChannel host = new FakeChannel();
        FakeChannel grace = new FakeChannel();
        watch(HOST, "s1", host);
        String requestId = on(c -> room.knock(c, lobbyClaims("guest:g", 0, "Grace", ParticipantRole.GUEST), grace))
                .requestId();

        grace.close();

        assertThat(watch(HOST, "s1", host)).isEmpty();
        assertThat(host.last("lobby_left")).isEqualTo(new Lobby.Left(requestId));
    }

    @Test
    void thePlacesAreLimitedButKnockingAgainReplacesTheEarlierKnock() throws Exception {
        FakeChannel host = new FakeChannel();
        watch(HOST, "s1", host);
        String first = on(c -> room.knock(c, lobbyClaims("user:2", 2, "bob", ParticipantRole.PARTICIPANT), new FakeChannel()))
                .requestId();
        on(c -> room.knock(c, lobbyClaims("user:3", 3, "cyd", ParticipantRole.PARTICIPANT), new FakeChannel()));

        String again = on(c -> room.knock(c, lobbyClaims("user:2", 2, "bob", ParticipantRole.PARTICIPANT),
                new FakeChannel())).requestId();
        ConferenceError full = refusal(c -> room.knock(c, lobbyClaims("user:4", 4, "dee", ParticipantRole.PARTICIPANT),
                new FakeChannel()));

        assertThat(host.last("lobby_left")).isEqualTo(new Lobby.Left(first));
        assertThat(full).isEqualTo(ConferenceError.LOBBY_FULL);
        assertThat(watch(HOST, "s1", host)).extracting(Lobby.Waiting::requestId).hasSize(2).contains(again)
                .doesNotContain(first);
    }

    @Test
    void aHostWhoLeftAndCameBackOnANewSocketSeesWhoWaitsAndAnswers() throws Exception {
        FakeChannel firstSocket = new FakeChannel();
        String hostId = ConferenceHarness.join(meeting, "ada", HOST, ParticipantRole.HOST, firstSocket);
        watch(HOST, "s1", firstSocket);
        meeting.leave(hostId).get(5, TimeUnit.SECONDS);
        firstSocket.close();

        FakeChannel grace = new FakeChannel();
        String requestId = on(c -> room.knock(c, lobbyClaims("guest:g", 0, "Grace", ParticipantRole.GUEST), grace))
                .requestId();
        assertThat(firstSocket.types()).as("a closed host socket is not written to").doesNotContain("lobby_knock");

        FakeChannel secondSocket = new FakeChannel();
        assertThat(watch(HOST, "s2", secondSocket)).extracting(Lobby.Waiting::requestId)
                .containsExactly(requestId);
        on(c -> {
            room.admit(c, HOST, requestId);
            return null;
        });
        grace.await("lobby_admitted");
    }

    @Test
    void whenTheMeetingEndsEveryoneWaitingIsToldAndTheLobbyRefusesMore() throws Exception {
        FakeChannel grace = new FakeChannel();
        on(c -> room.knock(c, lobbyClaims("guest:g", 0, "Grace", ParticipantRole.GUEST), grace));

        meeting.end("The host ended the meeting.").get(5, TimeUnit.SECONDS);

        assertThat(((Lobby.Rejected) grace.await("lobby_rejected").body()).reason()).isEqualTo("The meeting ended.");
        assertThat(refusal(c -> room.knock(c, lobbyClaims("user:2", 2, "bob", ParticipantRole.PARTICIPANT),
                new FakeChannel()))).isEqualTo(ConferenceError.FORBIDDEN);
    }

    private List<Lobby.Waiting> watch(long userId, String socketKey, FakeChannel channel) throws Exception {
        return on(c -> room.watch(c, userId, socketKey, channel));
    }

    private JoinTokens.Claims lobbyClaims(String subject, long userId, String name, ParticipantRole role) {
        return new JoinTokens.Claims(subject, userId, 7, meeting.id(), name, role, true);
    }

    /** Runs {@code action} as a task on the owner's executor, as {@link Lobby} does, and waits for its reply. */
    private <T> T on(Function<Conference, T> action) throws Exception {
        CompletableFuture<T> reply = new CompletableFuture<>();
        meeting.act(action, (result, error) -> {
            if (error != null) {
                reply.completeExceptionally(error);
            } else {
                reply.complete(result);
            }
        });
        return reply.get(5, TimeUnit.SECONDS);
    }

    private ConferenceError refusal(Function<Conference, ?> action) {
        CompletableFuture<ConferenceError> refused = new CompletableFuture<>();
        meeting.act(action, (result, error) -> refused.complete(error instanceof ConferenceException e ? e.error() : null));
        return refused.join();
    }
}
