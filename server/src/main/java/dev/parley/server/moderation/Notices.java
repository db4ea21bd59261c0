package dev.parley.server.moderation;

/** The bodies of the server messages moderation sends (docs/protocol.md, "Host controls, hands and reactions"). */
final class Notices {
    private Notices() {
    }

    /** {@code muted_by_host} to the muted person: their microphone Producer is paused; {@code hard}: they may not unmute. */
    record MutedByHost(String by, boolean hard) {
    }

    /** {@code unmute_allowed} to a hard-muted person the host released: they may unmute themselves again. */
    record UnmuteAllowed(String by) {
    }

    /** {@code video_stopped_by_host} to the person whose camera Producer the host paused. */
    record VideoStoppedByHost(String by) {
    }

    /** {@code removed} to the removed person, just before their socket closes. */
    record RemovedByHost(String by, String reason) {
    }

    /** {@code reaction} to everyone, the sender included: show {@code emoji} over that participant's tile for a moment. */
    record Reaction(String participantId, String emoji) {
    }
}
