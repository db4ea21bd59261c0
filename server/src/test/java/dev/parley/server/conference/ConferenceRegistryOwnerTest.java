package dev.parley.server.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.media.sfu.MediaConfig;
import dev.parley.media.sfu.MediaServer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * Meeting owners in the registry (no Spring context, no sockets): started by {@code open} while the meeting is live, closed
 * by its end even when nobody joined, and never left behind by a start that raced a stop.
 */
class ConferenceRegistryOwnerTest {
    private final MediaServer media = MediaServer.start(MediaConfig.loopback());
    /** What the access rule answers, one answer per call (the last one repeats). */
    private final Deque<OptionalLong> liveHost = new ArrayDeque<>();
    private final ConferenceRegistry registry = new ConferenceRegistry(media, new ConferenceAccess() {
        @Override
        public JoinGrant authorizeJoin(ConferenceUser user, String conferenceId) {
            return new JoinGrant(user.username(), ParticipantRole.PARTICIPANT);
        }

        @Override
        public OptionalLong liveMeetingHost(String conferenceId) {
            return liveHost.size() > 1 ? liveHost.pop() : liveHost.getFirst();
        }
    }, ConferenceProperties.DEFAULTS, new StaticListableBeanFactory().getBeanProvider(ConferenceSettings.Source.class),
            new StaticListableBeanFactory().getBeanProvider(ConferencePart.Factory.class));

    @AfterEach
    void close() {
        registry.destroy();
        media.close();
    }

    @Test
    void aStartedMeetingHasAnOwnerUntilItsEndEvenWhenNobodyJoined() throws Exception {
        liveHost.add(OptionalLong.of(1));

        Conference owner = registry.open("c-41");

        assertThat(registry.open("c-41")).isSameAs(owner);
        assertThat(owner.ask(c -> c.isHostAccount(1)).get(5, TimeUnit.SECONDS)).isTrue();
        registry.end("c-41", "The host ended the meeting.").get(5, TimeUnit.SECONDS);
        assertThat(registry.conference("c-41")).isEmpty();
    }

    @Test
    void anOwnerStartedWhileTheMeetingWasBeingStoppedEndsItselfInsteadOfLeaking() throws Exception {
        // Live at the first look, ended (the stop's row update) at the second look after the owner was mapped.
        liveHost.add(OptionalLong.of(1));
        liveHost.add(OptionalLong.empty());

        assertThatThrownBy(() -> registry.open("c-42")).isInstanceOf(ConferenceException.class)
                .hasMessageContaining("has ended");

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (registry.conference("c-42").isPresent() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(registry.conference("c-42")).isEmpty();
    }

    @Test
    void onlyALiveMeetingsConferenceHasAnOwnerWithoutParticipants() {
        liveHost.add(OptionalLong.empty());

        assertThatThrownBy(() -> registry.open("c-43")).hasMessageContaining("has ended");
        assertThatThrownBy(() -> registry.open("ad-hoc-room")).hasMessageContaining("no meeting conference");
        assertThat(registry.conferences()).isEmpty();
    }
}
