package dev.parley.server.moderation;

import dev.parley.server.conference.Conference;
import dev.parley.server.conference.MediaSource;
import dev.parley.server.conference.Participant;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * What a host may do to others in a live conference, and what everyone may do with hands and reactions. Every host control is
 * authorized here, on the server (the client's buttons are a convenience), with the conference's one host rule. Each runs as
 * a command of the acting participant on the conference's executor; the outcome goes to {@code reply} there. Muting pauses
 * the target's microphone Producer, so the SFU stops forwarding it at once, whatever the target's browser does.
 * Lock/unlock and "end for all" are the lifecycle package's ({@code PATCH /conferences/{id}}, {@code POST /conferences/stop}).
 */
@Service
public class Moderation {
    private static final Logger log = LoggerFactory.getLogger(Moderation.class);
    /** Close code of a removal: 4000–4999 are for applications (RFC 6455 §7.4.2). */
    static final int REMOVED = 4001;

    /** Pauses {@code targetId}'s microphone; with {@code hard} they may not unmute until {@link #allowUnmute}. */
    public CompletableFuture<Void> mute(Conference conference, String actorId, String targetId, boolean hard,
                                       Conference.Reply<Object> reply) {
        return act(conference, actorId, reply, (part, actor) -> {
            String by = conference.requireHost(actorId, "mute others");
            muteOne(conference, part, by, target(conference, targetId), hard);
        });
    }

    /** Mutes everyone but the hosts. */
    public CompletableFuture<Void> muteAll(Conference conference, String actorId, boolean hard, Conference.Reply<Object> reply) {
        return act(conference, actorId, reply, (part, actor) -> {
            String by = conference.requireHost(actorId, "mute everyone");
            for (Participant target : conference.members()) {
                if (!conference.isHost(target.id())) {
                    muteOne(conference, part, by, target, hard);
                }
            }
        });
    }

    private static void muteOne(Conference conference, ModerationPart part, String by, Participant target, boolean hard) {
        conference.publishing().pauseAll(target, MediaSource.MICROPHONE);
        if (hard) {
            part.setHardMuted(conference, target.id(), true);
        }
        target.channel().send("muted_by_host", new Notices.MutedByHost(by, hard));
        log.info("muted by host conference={} participant={} hard={}", conference.id(), target.id(), hard);
    }

    /** Lifts a hard mute: the participant may unmute themselves again (the host never unmutes anyone's microphone). */
    public CompletableFuture<Void> allowUnmute(Conference conference, String actorId, String targetId,
                                              Conference.Reply<Object> reply) {
        return act(conference, actorId, reply, (part, actor) -> {
            String by = conference.requireHost(actorId, "allow others to unmute");
            Participant target = target(conference, targetId);
            part.setHardMuted(conference, target.id(), false);
            target.channel().send("unmute_allowed", new Notices.UnmuteAllowed(by));
        });
    }

    /** Pauses {@code targetId}'s camera; they may turn it on again. */
    public CompletableFuture<Void> stopVideo(Conference conference, String actorId, String targetId,
                                            Conference.Reply<Object> reply) {
        return act(conference, actorId, reply, (part, actor) -> {
            String by = conference.requireHost(actorId, "stop others' video");
            Participant target = target(conference, targetId);
            conference.publishing().pauseAll(target, MediaSource.CAMERA);
            target.channel().send("video_stopped_by_host", new Notices.VideoStoppedByHost(by));
        });
    }

    /**
     * Removes {@code targetId}: (1) their person goes on the deny list, so a rejoin is refused; (2) they are told why; (3) they
     * leave the conference (their Producers, Consumers and transports close; the others get participant_left); (4) their socket
     * closes once the notice has left.
     */
    public CompletableFuture<Void> remove(Conference conference, String actorId, String targetId,
                                         Conference.Reply<Object> reply) {
        return act(conference, actorId, reply, (part, actor) -> {
            String by = conference.requireHost(actorId, "remove participants");
            Participant target = target(conference, targetId);
            if (targetId.equals(actorId)) {
                throw new ModerationException("invalid_target", "You cannot remove yourself; leave the call instead.");
            }
            part.deny(conference, target);
            target.channel().send("removed", new Notices.RemovedByHost(by, "The host removed you from this meeting."));
            conference.remove(targetId);
            target.channel().disconnect(REMOVED, "removed by host");
            log.info("removed by host conference={} participant={}", conference.id(), targetId);
        });
    }

    /** Takes a removed person ({@link ModerationState.Removed#id()}) off the deny list. */
    public CompletableFuture<Void> readmit(Conference conference, String actorId, String removedId,
                                          Conference.Reply<Object> reply) {
        return act(conference, actorId, reply, (part, actor) -> {
            conference.requireHost(actorId, "readmit removed participants");
            part.readmit(conference, removedId);
        });
    }

    public CompletableFuture<Void> raiseHand(Conference conference, String participantId, Conference.Reply<Object> reply) {
        return act(conference, participantId, reply, (part, actor) -> part.raiseHand(conference, participantId));
    }

    /** Lowers one's own hand, or (host) anyone's. */
    public CompletableFuture<Void> lowerHand(Conference conference, String actorId, String targetId,
                                            Conference.Reply<Object> reply) {
        return act(conference, actorId, reply, (part, actor) -> part.lowerHand(conference, actorId, targetId));
    }

    public CompletableFuture<Void> react(Conference conference, String participantId, String emoji,
                                        Conference.Reply<Object> reply) {
        return act(conference, participantId, reply, (part, actor) -> part.react(conference, participantId, emoji));
    }

    /**
     * Refuses to resume a hard-muted participant's microphone; on the conference's executor, in the resume command.
     *
     * @throws ModerationException hard_muted
     */
    public static void checkMayResume(Conference conference, Participant participant, String producerId) {
        boolean hardMuted = conference.part(ModerationPart.class).map(p -> p.isHardMuted(participant.id())).orElse(false);
        if (hardMuted && conference.publishing().isSource(participant, producerId, MediaSource.MICROPHONE)) {
            throw new ModerationException("hard_muted", "The host muted you and must allow it before you can unmute.");
        }
    }

    private interface Action {
        void run(ModerationPart part, Participant actor);
    }

    private static CompletableFuture<Void> act(Conference conference, String actorId, Conference.Reply<Object> reply,
                                               Action action) {
        return conference.command(actorId, actor -> {
            ModerationPart part = conference.part(ModerationPart.class).orElseThrow(() -> new ModerationException(
                    "not_joined", "Conference " + conference.id() + " has no moderation."));
            action.run(part, actor);
            return CompletableFuture.<Void>completedFuture(null);
        }, reply::done);
    }

    private static Participant target(Conference conference, String targetId) {
        return conference.participant(targetId).orElseThrow(() -> new ModerationException("unknown_participant",
                "There is no participant '" + targetId + "' in this conference."));
    }
}
