package dev.parley.server.conference;

/** What a participant may do beyond sending and receiving media; v1 has no host powers yet, meetings will add them. */
public enum ParticipantRole {
    HOST, PARTICIPANT
}
