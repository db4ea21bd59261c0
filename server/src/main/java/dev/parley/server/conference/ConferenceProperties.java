package dev.parley.server.conference;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of live conferences ({@code parley.conference.*}).
 *
 * @param maxParticipants    people in one conference at once. 10 keeps every downlink at 9 video + 9 audio streams; raise it
 *                           for benchmarks or a bigger machine. The meeting's host always gets in, one over if need be
 * @param maxRoomsPerAccount live ad-hoc rooms one account may have opened at a time: each costs a Router loop thread, so
 *                           an account opening hundreds would exhaust the node
 * @param maxLobbyWaiting    people waiting in one meeting's lobby at once (one entry per person however often they knock)
 * @param reconnectGrace     how long the seat of a participant whose socket dropped waits for them (same id, tracks, hand,
 *                           mutes; the others see "reconnecting"); then it is released as a leave. 0 turns seats off
 */
@ConfigurationProperties("parley.conference")
public record ConferenceProperties(@DefaultValue("10") int maxParticipants, @DefaultValue("5") int maxRoomsPerAccount,
                                   @DefaultValue("50") int maxLobbyWaiting, @DefaultValue("30s") Duration reconnectGrace) {
    public static final ConferenceProperties DEFAULTS = new ConferenceProperties(10, 5, 50, Duration.ofSeconds(30));

    public ConferenceProperties {
        if (maxParticipants < 1 || maxRoomsPerAccount < 1 || maxLobbyWaiting < 1) {
            throw new IllegalArgumentException("parley.conference.* limits must be at least 1");
        }
        if (reconnectGrace.isNegative()) {
            throw new IllegalArgumentException("parley.conference.reconnect-grace must not be negative");
        }
    }
}
