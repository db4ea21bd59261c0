package dev.parley.server.conference;

/** Permission to join one conference: the name other participants see and the participant's role. */
public record JoinGrant(String displayName, ParticipantRole role) {
}
