package dev.parley.server.conference;

/**
 * What a participant may do beyond sending and receiving media. HOST: the meeting's host (admits from the lobby, ends the
 * conference); GUEST: joined by link without an account.
 */
public enum ParticipantRole {
    HOST, PARTICIPANT, GUEST
}
