package dev.parley.server.conference;

/**
 * How a conference reaches one participant (their signaling socket). Called with the conference lock held, so an
 * implementation must only queue the message, never wait for the network.
 */
@FunctionalInterface
public interface ParticipantChannel {
    void send(ConferenceEvent event);
}
