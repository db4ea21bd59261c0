package dev.parley.server.conference;

/** The signed-in account behind a participant, as the signaling layer authenticated it. */
public record ConferenceUser(long userId, String username) {
}
