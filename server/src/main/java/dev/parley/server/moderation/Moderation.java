package dev.parley.server.moderation;

import dev.parley.server.conference.Conference;
import dev.parley.server.conference.ConferenceEvent;
import dev.parley.server.conference.ConferenceRegistry;
import dev.parley.server.conference.ConferenceUser;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * What a host may do to others in a live conference, and what everyone may do with hands and reactions. Every host control is
 * authorized here, on the server (the client's buttons are a convenience). Muting pauses the target's microphone Producer, so
 * the SFU stops forwarding it at once, whatever the target's browser does; the target is told and their page stops sending.
 * Lock/unlock and "end for all" are the lifecycle package's ({@code PATCH /conferences/{id}}, {@code POST /conferences/stop}).
 */
@Service
public class Moderation {
    private static final Logger log = LoggerFactory.getLogger(Moderation.class);

    private final Rooms rooms;
    private final ConferenceRegistry registry;

    Moderation(Rooms rooms, ConferenceRegistry registry) {
        this.rooms = rooms;
        this.registry = registry;
    }

    /** Refuses a person the host removed, until readmitted. */
    public void checkMayJoin(ConferenceUser user, String conferenceId) {
        if (rooms.room(conferenceId).map(room -> room.isDenied(Rooms.personKey(user))).orElse(false)) {
            throw new ModerationException("removed_by_host",
                    "The host removed you from this meeting; you can rejoin only if the host readmits you.");
        }
    }

    /** The participant's socket joined: it receives the {@code moderation} state now and on every change. */
    public void connect(String conferenceId, String participantId, ModerationChannel channel) {
        rooms.room(conferenceId).ifPresent(room -> room.connected(participantId, channel));
    }

    /**
     * The one host check for every host-only control, moderation's and screen sharing's alike: the meeting's host, or in an
     * ad-hoc room the first joiner (and whoever inherits it when the last host leaves).
     */
    public void requireHost(String conferenceId, String participantId, String action) {
        room(conferenceId).requireHost(participantId, action);
    }

    /** Refuses to resume a hard-muted participant's microphone. */
    public void checkMayResume(String conferenceId, String participantId, String producerId) {
        Room room = room(conferenceId);
        if (room.isHardMuted(participantId) && producers(conferenceId, participantId, "microphone").stream()
                .anyMatch(p -> p.id().equals(producerId))) {
            throw new ModerationException("hard_muted", "The host muted you and must allow it before you can unmute.");
        }
    }

    /**
     * After every publish: a hard-muted participant's microphone stays paused even when their client publishes it again as a
     * new Producer (a modified client could otherwise sidestep {@link #checkMayResume} by re-publishing).
     */
    public void enforceAfterPublish(String conferenceId, String participantId) {
        rooms.room(conferenceId).filter(room -> room.isHardMuted(participantId))
                .ifPresent(room -> pauseAll(conferenceId, participantId, "microphone"));
    }

    /** Pauses {@code targetId}'s microphone; with {@code hard} they may not unmute until {@link #allowUnmute}. */
    public void mute(String conferenceId, String actorId, String targetId, boolean hard) {
        Room room = room(conferenceId);
        String by = room.requireHost(actorId, "mute others");
        room.requireMember(targetId);
        muteOne(conferenceId, room, by, targetId, hard);
    }

    /** Mutes everyone but the hosts. */
    public void muteAll(String conferenceId, String actorId, boolean hard) {
        Room room = room(conferenceId);
        String by = room.requireHost(actorId, "mute everyone");
        for (String targetId : room.participantIds()) {
            if (!room.isHost(targetId)) {
                muteOne(conferenceId, room, by, targetId, hard);
            }
        }
    }

    private void muteOne(String conferenceId, Room room, String by, String targetId, boolean hard) {
        pauseAll(conferenceId, targetId, "microphone");
        if (hard) {
            room.setHardMuted(targetId, true);
        }
        room.send(targetId, "muted_by_host", new Notices.MutedByHost(by, hard));
        log.info("muted by host conference={} participant={} hard={}", conferenceId, targetId, hard);
    }

    /** Lifts a hard mute: the participant may unmute themselves again (the host never unmutes anyone's microphone). */
    public void allowUnmute(String conferenceId, String actorId, String targetId) {
        Room room = room(conferenceId);
        String by = room.requireHost(actorId, "allow others to unmute");
        room.requireMember(targetId);
        room.setHardMuted(targetId, false);
        room.send(targetId, "unmute_allowed", new Notices.UnmuteAllowed(by));
    }

    /** Pauses {@code targetId}'s camera; they may turn it on again. */
    public void stopVideo(String conferenceId, String actorId, String targetId) {
        Room room = room(conferenceId);
        String by = room.requireHost(actorId, "stop others' video");
        room.requireMember(targetId);
        pauseAll(conferenceId, targetId, "camera");
        room.send(targetId, "video_stopped_by_host", new Notices.VideoStoppedByHost(by));
    }

    /**
     * Removes {@code targetId}: (1) their person goes on the deny list, so a rejoin is refused; (2) they are told why; (3) they
     * leave the conference (their Producers, Consumers and transports close; the others get participant_left); (4) their socket
     * closes.
     */
    public void remove(String conferenceId, String actorId, String targetId) {
        Room room = room(conferenceId);
        String by = room.requireHost(actorId, "remove participants");
        room.requireMember(targetId);
        if (targetId.equals(actorId)) {
            throw new ModerationException("invalid_target", "You cannot remove yourself; leave the call instead.");
        }
        ModerationChannel channel = room.deny(targetId);
        room.send(targetId, "removed", new Notices.RemovedByHost(by, "The host removed you from this meeting."));
        conference(conferenceId).leave(targetId);
        if (channel != null) {
            channel.disconnect();
        }
        log.info("removed by host conference={} participant={}", conferenceId, targetId);
    }

    /** Takes a removed person ({@link ModerationState.Removed#id()}) off the deny list. */
    public void readmit(String conferenceId, String actorId, String removedId) {
        Room room = room(conferenceId);
        room.requireHost(actorId, "readmit removed participants");
        room.readmit(removedId);
    }

    public void raiseHand(String conferenceId, String participantId) {
        room(conferenceId).raiseHand(participantId);
    }

    /** Lowers one's own hand, or (host) anyone's. */
    public void lowerHand(String conferenceId, String actorId, String targetId) {
        room(conferenceId).lowerHand(actorId, targetId);
    }

    public void react(String conferenceId, String participantId, String emoji) {
        room(conferenceId).react(participantId, emoji);
    }

    private void pauseAll(String conferenceId, String participantId, String source) {
        Conference conference = conference(conferenceId);
        for (ConferenceEvent.ProducerView producer : producers(conferenceId, participantId, source)) {
            conference.pause(participantId, producer.id());
        }
    }

    private List<ConferenceEvent.ProducerView> producers(String conferenceId, String participantId, String source) {
        return conference(conferenceId).participants().stream().filter(p -> p.id().equals(participantId))
                .flatMap(p -> p.producers().stream()).filter(p -> p.source().equals(source)).toList();
    }

    private Room room(String conferenceId) {
        return rooms.room(conferenceId).orElseThrow(() -> new ModerationException("not_joined",
                "Conference " + conferenceId + " is not live."));
    }

    private Conference conference(String conferenceId) {
        return registry.conference(conferenceId).orElseThrow(() -> new ModerationException("not_joined",
                "Conference " + conferenceId + " is not live."));
    }
}
