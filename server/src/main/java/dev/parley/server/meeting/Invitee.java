package dev.parley.server.meeting;

/** An invited account and its answer: invited (no answer yet), accepted, declined or tentative. */
public record Invitee(long userId, String username, String email, String status) {
}
