package dev.parley.server.chat;

import java.time.Instant;

/**
 * One stored chat message as clients see it. {@code to} is null for a message to everyone; {@code text} is null once the
 * host deleted it ({@code deleted} true), so a deleted text never leaves the database again.
 *
 * @param id     server-assigned, increasing within the database; pages of history are cut by it
 * @param sentAt server time of storing (the sender's clock is never trusted)
 */
public record ChatMessage(long id, Instant sentAt, Person from, Person to, String text, boolean deleted) {

    /** A sender or recipient: the participant id at the time and the name others saw. */
    public record Person(String participantId, String name) {
    }
}
